import { describe, expect, it, vi, beforeEach } from 'vitest';
import { loadSession, refreshDelay, refreshSession, saveSession, sessionUser } from './session';

describe('session', () => {
  beforeEach(() => localStorage.clear());

  it('refreshes a minute before the access token expires, never in the past', () => {
    const now = Date.parse('2026-11-28T08:00:00Z');
    const s = { accessToken: 'a', refreshToken: 'r', accessTokenExpiresAt: '2026-11-28T08:15:00Z' };
    expect(refreshDelay(s, now)).toBe(14 * 60_000);
    expect(refreshDelay({ ...s, accessTokenExpiresAt: '2026-11-28T07:00:00Z' }, now)).toBe(0);
  });

  it('rotates the refresh token once for concurrent callers', async () => {
    saveSession({ accessToken: 'a', refreshToken: 'r1', accessTokenExpiresAt: '2026-11-28T08:15:00Z' });
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({
      data: { refreshToken: { accessToken: 'a2', refreshToken: 'r2', accessTokenExpiresAt: '2026-11-28T08:30:00Z' } },
    })));
    vi.stubGlobal('fetch', fetchMock);
    const [x, y] = await Promise.all([refreshSession(), refreshSession()]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(x?.refreshToken).toBe('r2');
    expect(y?.refreshToken).toBe('r2');
    expect(loadSession()?.accessToken).toBe('a2');
    vi.unstubAllGlobals();
  });

  it('ends the session when the server refuses the refresh token', async () => {
    saveSession({ accessToken: 'a', refreshToken: 'spent', accessTokenExpiresAt: '2026-11-28T08:15:00Z' });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify({
      errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
    }))));
    expect(await refreshSession()).toBeNull();
    expect(loadSession()).toBeNull();
    vi.unstubAllGlobals();
  });

  it('keeps the session when offline', async () => {
    saveSession({ accessToken: 'a', refreshToken: 'r', accessTokenExpiresAt: '2026-11-28T08:15:00Z' });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    expect(await refreshSession()).toBeNull();
    expect(loadSession()?.refreshToken).toBe('r');
    vi.unstubAllGlobals();
  });
});

describe('sessionUser', () => {
  const token = (payload: object) => `h.${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.s`;
  const s = (accessToken: string) => ({ accessToken, accessTokenExpiresAt: '', refreshToken: '' });
  it('reads the token subject (whose kept answers and copies to use)', () => {
    expect(sessionUser(s(token({ sub: '4294967297', exp: 1 })))).toBe('4294967297');
  });
  it('gives null for anything else', () => {
    for (const bad of ['', 'x', 'a.b.c', token({ sub: 7 }), token({})]) expect(sessionUser(s(bad))).toBeNull();
    expect(sessionUser(null)).toBeNull();
  });
});
