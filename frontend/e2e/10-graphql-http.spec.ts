import { expect, test } from '@playwright/test';
import { auditServer } from 'graphql-http';

// The GraphQL-over-HTTP audit of graphql-http against the real server,
// anonymous and signed in: every audit ok — no error, no warning.
for (const signedIn of [false, true]) {
  test(`graphql-http audit, ${signedIn ? 'signed in' : 'anonymous'}`, async ({ baseURL, request }) => {
    let token = '';
    if (signedIn) {
      const res = await request.post('/query', {
        data: { query: 'mutation($in:LoginInput!){login(input:$in){accessToken}}',
          variables: { in: { username: 'admin', password: 'greencheck' } } },
      });
      token = (await res.json()).data.login.accessToken;
    }
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: `${baseURL}/query`, fetchFn });
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(`${results.length} audits, ${failed.length} not ok`);
    expect(failed).toEqual([]);
  });
}
