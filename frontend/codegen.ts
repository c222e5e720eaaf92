import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's schema (graph/schema/*.graphql):
// every graphql(`…`) call in src/ gets its result and variable types.
const config: CodegenConfig = {
  schema: ['../graph/schema/*.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: { ID: 'string', Time: 'string', Cursor: 'string', Upload: 'File' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
