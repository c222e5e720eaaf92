// Subscriptions over the GraphQL WebSocket outlive access tokens: the server
// closes a socket with 4401 when its token expires or its session ends. A
// subscription then resumes on a new socket with the session's current token
// (refreshed when it is the one refused); when the session cannot be renewed
// the refresh has already signed the user out, and the subscription ends.

import { loadSession, refreshSession } from './session';

/** The close code of a socket whose authentication is missing or over. */
export const CLOSE_UNAUTHORIZED = 4401;

export function isUnauthorizedClose(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === CLOSE_UNAUTHORIZED;
}

/**
 * Whether a socket refused with token `refused` may open again: at once if
 * the session has moved on to another token, else after a refresh.
 */
export async function renewAfterUnauthorized(refused: string | undefined): Promise<boolean> {
  const s = loadSession();
  if (!s) return false;
  if (s.accessToken !== refused) return true;
  return (await refreshSession()) !== null;
}

export interface Sink<T> {
  next(value: T): void;
  error(err: unknown): void;
  complete(): void;
}

/**
 * Subscribes through `subscribe`, and again after each 4401 close while
 * `renew` says the session goes on (at most once in `minGapMs`, so that a
 * server that keeps refusing cannot make it spin). Returns the unsubscribe.
 */
export function resumeOnUnauthorized<T>(
  subscribe: (sink: Sink<T>) => () => void,
  sink: Sink<T>,
  renew: () => Promise<boolean>,
  minGapMs = 10_000,
): () => void {
  let stop = () => {};
  let done = false;
  let last = -Infinity;
  const start = () => {
    stop = subscribe({
      next: (v) => sink.next(v),
      complete: () => sink.complete(),
      error: (err) => {
        if (done || !isUnauthorizedClose(err) || Date.now() - last < minGapMs) {
          sink.error(err);
          return;
        }
        last = Date.now();
        void renew().then((ok) => {
          if (done) return;
          if (ok) start();
          else sink.error(err);
        });
      },
    });
  };
  start();
  return () => {
    done = true;
    stop();
  };
}
