// The signed-in session: tokens kept in localStorage so a reload stays
// signed in, refreshed in the background before the access token expires.

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const KEY = 'greencheck.session';

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/**
 * The user a session is for (the access token's subject), read without
 * checking the token — only to find what this device kept for that user
 * (its unsent answers, the last copies of its pages); the server checks the
 * token on every request.
 */
export function sessionUser(s: Session | null): string | null {
  try {
    const part = s?.accessToken.split('.')[1];
    if (!part) return null;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null) {
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(s));
}

type Listener = (s: Session | null) => void;
const listeners = new Set<Listener>();

export function onSessionChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

const REFRESH = `mutation Refresh($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken accessTokenExpiresAt refreshToken } }`;

let inflight: Promise<Session | null> | null = null;

/**
 * Rotates the refresh token once, however many callers ask at the same
 * time (two concurrent refreshes with one token would look like reuse and
 * end the session). Resolves to null when the session cannot be renewed.
 */
export function refreshSession(): Promise<Session | null> {
  if (inflight) return inflight;
  const current = loadSession();
  if (!current) return Promise.resolve(null);
  inflight = (async () => {
    try {
      const res = await fetch('/query', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { t: current.refreshToken } }),
      });
      const body = await res.json();
      const next = body?.data?.refreshToken as Session | undefined;
      if (next) {
        saveSession(next);
        return next;
      }
      // Ended — unless another sign-in replaced it meanwhile (a password
      // change signs in again; another tab): that session stays.
      if (body?.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && loadSession()?.refreshToken === current.refreshToken) saveSession(null);
      return null;
    } catch {
      return null; // offline: keep the session, try again later
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

const SIGN_IN = `mutation SignIn($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken accessTokenExpiresAt refreshToken } }`;

/**
 * Signs in again without the stored session's token (which a password
 * change has just ended) and stores the new session; false if refused.
 */
export async function signInAgain(username: string, password: string): Promise<boolean> {
  const res = await fetch('/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { u: username, p: password } }),
  });
  const next = (await res.json())?.data?.login as Session | undefined;
  if (next) saveSession(next);
  return !!next;
}

/** Milliseconds until the access token should be refreshed (a minute early). */
export function refreshDelay(s: Session, now = Date.now()): number {
  return Math.max(0, new Date(s.accessTokenExpiresAt).getTime() - now - 60_000);
}
