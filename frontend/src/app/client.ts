import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWSClient } from 'graphql-ws';
import { loadSession, refreshSession } from './session';
import { renewAfterUnauthorized, resumeOnUnauthorized } from './socket';
import { storedLang } from './i18n';

/**
 * fetch with the session's token; on 401 (expired or revoked token) the
 * session is refreshed once and the request retried.
 */
export async function authFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token?: string) => {
    const headers = new Headers(init.headers);
    headers.set('Accept-Language', storedLang());
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const res = await send(loadSession()?.accessToken);
  if (res.status !== 401 || !loadSession()) return res;
  const renewed = await refreshSession();
  return renewed ? send(renewed.accessToken) : res;
}

export function createClient(): Client {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  let socketToken: string | undefined; // the token the socket signed in with
  const ws = createWSClient({
    url: `${proto}//${location.host}/query`,
    lazy: true,
    connectionParams: () => {
      const s = loadSession();
      socketToken = s?.accessToken;
      return s ? { Authorization: `Bearer ${s.accessToken}` } : {};
    },
  });
  return new Client({
    url: '/query',
    // gqlgen answers invalid queries with 4xx bodies that carry the errors.
    preferGetMethod: false,
    fetch: authFetch,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          // A socket closed with 4401 (token expired, session ended) resumes with a renewed token.
          return {
            subscribe: (sink) => ({
              unsubscribe: resumeOnUnauthorized((s) => ws.subscribe(input, s), sink, () => renewAfterUnauthorized(socketToken)),
            }),
          };
        },
      }),
    ],
  });
}
