import type { CombinedError } from 'urql';
import type { TFunction } from 'i18next';

export const codes = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED',
  'COMPLEXITY_LIMIT_EXCEEDED', 'INTERNAL'] as const;
export type ErrorCode = (typeof codes)[number] | 'NETWORK';

/** The code of the first error: the server's extensions.code, or NETWORK. */
export function errorCode(err: CombinedError | undefined | null): ErrorCode | null {
  if (!err) return null;
  if (err.networkError && !err.graphQLErrors.length) return 'NETWORK';
  const code = err.graphQLErrors[0]?.extensions?.code as string | undefined;
  return (codes as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : 'INTERNAL';
}

/**
 * The message to show: the server's own message (already in the user's
 * language) for input errors, which say what is wrong with which field;
 * the translation of the code otherwise.
 */
export function errorMessage(err: CombinedError | undefined | null, t: TFunction): string | null {
  const code = errorCode(err);
  if (!code) return null;
  if (code === 'BAD_USER_INPUT' || code === 'RATE_LIMITED' || code === 'CONFLICT') {
    const m = err?.graphQLErrors[0]?.message;
    if (m) return m;
  }
  return t(`errors.${code}`);
}
