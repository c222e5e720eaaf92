import { describe, expect, it, vi, beforeEach } from 'vitest';
import { saveSession } from './session';
import { renewAfterUnauthorized, resumeOnUnauthorized, type Sink } from './socket';

const closed = (code: number) => ({ code, reason: 'Unauthorized' });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('subscriptions over a socket closed with 4401', () => {
  beforeEach(() => localStorage.clear());

  it('resume on a new socket while the session can be renewed', async () => {
    const sinks: Sink<number>[] = [];
    const subscribe = vi.fn((s: Sink<number>) => {
      sinks.push(s);
      return () => {};
    });
    const out = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
    resumeOnUnauthorized(subscribe, out, async () => true, 0);
    sinks[0].next(1);
    sinks[0].error(closed(4401));
    await flush();
    expect(subscribe).toHaveBeenCalledTimes(2);
    sinks[1].next(2);
    expect(out.next.mock.calls).toEqual([[1], [2]]);
    expect(out.error).not.toHaveBeenCalled();
  });

  it('end when the session cannot be renewed, or on any other error', async () => {
    const sinks: Sink<number>[] = [];
    const subscribe = (s: Sink<number>) => {
      sinks.push(s);
      return () => {};
    };
    const out = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
    resumeOnUnauthorized(subscribe, out, async () => false, 0);
    sinks[0].error(closed(4401));
    await flush();
    expect(sinks).toHaveLength(1);
    expect(out.error).toHaveBeenCalledWith(closed(4401));

    const other = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
    const renew = vi.fn(async () => true);
    resumeOnUnauthorized(subscribe, other, renew, 0);
    sinks[1].error(closed(4500));
    expect(renew).not.toHaveBeenCalled();
    expect(other.error).toHaveBeenCalledWith(closed(4500));
  });

  it('do not spin when the server keeps refusing', async () => {
    const sinks: Sink<number>[] = [];
    const subscribe = (s: Sink<number>) => {
      sinks.push(s);
      return () => {};
    };
    const out = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
    resumeOnUnauthorized(subscribe, out, async () => true);
    sinks[0].error(closed(4401));
    await flush();
    sinks[1].error(closed(4401));
    await flush();
    expect(sinks).toHaveLength(2);
    expect(out.error).toHaveBeenCalledTimes(1);
  });

  it('reconnect with the stored token when it already replaced the refused one, else refresh first', async () => {
    saveSession({ accessToken: 'a2', refreshToken: 'r2', accessTokenExpiresAt: '2026-11-28T08:30:00Z' });
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(await renewAfterUnauthorized('a1')).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] })));
    expect(await renewAfterUnauthorized('a2')).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
