import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// Each graphql(`…`) call is replaced by its own document, as codegen wrote
// it into src/gql/graphql.ts (fragments included), so a chunk carries the
// operations it uses and no more: the generated module holds every
// operation and would otherwise be one shared chunk on the first load.
// The types still come from graphql() (tsc checks the sources as written).
function documents(): Plugin {
  const generated = resolve(import.meta.dirname, 'src/gql/graphql.ts');
  let docs: Map<string, string> | undefined;
  const load = () => {
    docs = new Map();
    for (const m of readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
      // Keyed by what the source says: the first definition's kind and name.
      const first = JSON.parse(m[2]).definitions[0];
      docs.set(`${first.kind === 'FragmentDefinition' ? 'fragment' : 'operation'} ${first.name.value}`, m[2]);
    }
    return docs;
  };
  return {
    name: 'graphql-documents',
    enforce: 'pre',
    buildStart() { docs = undefined; },
    handleHotUpdate(ctx) { if (ctx.file === generated) docs = undefined; },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const all = docs ?? load();
      return code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, text: string) => {
        const m = /^\s*(?:#.*\n\s*)*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        const doc = m && all.get(`${m[1] === 'fragment' ? 'fragment' : 'operation'} ${m[2]}`);
        if (!doc) this.error(`${id}: no generated document for ${m?.[2] ?? 'an anonymous operation'} (run npm run codegen)`);
        // The same number of lines, so the rest of the file keeps its positions.
        return doc + '\n'.repeat(call.split('\n').length - 1);
      });
    },
  };
}

export default defineConfig({
  plugins: [documents(), react()],
  server: {
    port: 5173,
    proxy: {
      '/query': { target: 'http://localhost:8080', ws: true, changeOrigin: false },
      '/files': 'http://localhost:8080',
    },
  },
  build: {
    target: 'es2020',
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
