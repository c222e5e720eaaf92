import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { flush, list, put, remove, type OutboxEntry } from './outbox';

// The outbox's rules on a real IndexedDB implementation (fake-indexeddb).
describe('the outbox', () => {
  it('keeps one entry per thing, the newest; lists a user\'s entries oldest first', async () => {
    await put({ key: 'answer:1:a', userID: 'u1', group: 'selfCheck:1', vars: { v: 'NO' } });
    await put({ key: 'answer:1:b', userID: 'u1', group: 'selfCheck:1', vars: { v: 'YES' } });
    await put({ key: 'answer:1:a', userID: 'u1', group: 'selfCheck:1', vars: { v: 'NA' } });
    await put({ key: 'answer:9:a', userID: 'u2', group: 'selfCheck:9', vars: { v: 'NO' } });
    const mine = await list<{ v: string }>('u1');
    expect(mine.map((e) => [e.key, e.vars.v])).toEqual([['answer:1:b', 'YES'], ['answer:1:a', 'NA']]);
    expect(await list('u1', 'selfCheck:2')).toEqual([]);
    expect((await list('u2')).length).toBe(1);
  });

  it('sends in order, stops at a missing network, drops what the server refuses', async () => {
    const sent: string[] = [];
    const refused: string[] = [];
    let online = false;
    const send = async (e: OutboxEntry<{ v: string }>) => {
      if (!online) return 'retry' as const;
      if (e.vars.v === 'NA') return { refused: 'closed' };
      sent.push(e.key);
      return 'done' as const;
    };
    await flush('u1', send, (e, why) => refused.push(`${e.key}:${why}`));
    expect(sent).toEqual([]);
    const kept = await list('u1');
    expect(kept.map((e) => e.tries)).toEqual([1, 0]); // the round stopped at the first
    online = true;
    await flush('u1', send, (e, why) => refused.push(`${e.key}:${why}`));
    expect(sent).toEqual(['answer:1:b']);
    expect(refused).toEqual(['answer:1:a:closed']);
    expect(await list('u1')).toEqual([]);
    expect((await list('u2')).length).toBe(1); // another user's stays for that user
  });

  it('never removes a newer change made while an older one was being sent', async () => {
    const at = (await put({ key: 'answer:3:x', userID: 'u3', group: 'selfCheck:3', vars: { v: 'NO' } }))!;
    await put({ key: 'answer:3:x', userID: 'u3', group: 'selfCheck:3', vars: { v: 'YES' } });
    await remove('answer:3:x', at); // the send of NO came back
    const left = await list<{ v: string }>('u3');
    expect(left.map((e) => e.vars.v)).toEqual(['YES']);
    await remove('answer:3:x', left[0].at);
    expect(await list('u3')).toEqual([]);
  });
});
