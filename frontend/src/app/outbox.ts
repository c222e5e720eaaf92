import { clear, createStore, entries, get, set, update } from 'idb-keyval';

/**
 * The device's outbox: what a user did without a connection, kept in
 * IndexedDB until the server has it, so neither a dead network nor a reload
 * loses it. An entry is keyed by what it changes (a later change of the
 * same thing replaces it: only the last one matters), carries its client
 * key (the server answers a repeated send with the first result, so a send
 * whose answer was lost is harmless), and is sent in the order it was made.
 */
export interface OutboxEntry<V = unknown> {
  /** What it changes, e.g. answer:<selfCheck>:<item>. */
  key: string;
  /** The user it belongs to: only that user's session sends it. */
  userID: string;
  /** The page it belongs to, e.g. selfCheck:<id>. */
  group: string;
  /** The operation's variables (with their clientKey). */
  vars: V;
  /** When it was made (ms): the sending order. */
  at: number;
  /** Sends that failed for want of a network (or a server fault) so far. */
  tries: number;
}

/** What a send made of an entry: the server has it, try later, or the server refused it (not worth retrying). */
export type Sent = 'done' | 'retry' | { refused: string };

const store = typeof indexedDB === 'undefined' ? undefined : createStore('greencheck-outbox', 'entries');
const copies = typeof indexedDB === 'undefined' ? undefined : createStore('greencheck-copies', 'copies');
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Calls fn whenever the outbox changes; returns the unsubscribe. */
export function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => { listeners.delete(fn); };
}

/**
 * Keeps an entry on the device (replacing one for the same thing) before
 * anything is sent; resolves to its time, or undefined when this browser
 * keeps nothing (no IndexedDB): the caller then says so instead of 待同步.
 */
export async function put<V>(e: Omit<OutboxEntry<V>, 'at' | 'tries'>): Promise<number | undefined> {
  // Strictly increasing: two changes in one millisecond keep their order.
  const at = Math.max(Date.now(), last + 1);
  last = at;
  if (!store) return undefined;
  await set(e.key, { ...e, at, tries: 0 }, store);
  changed();
  return at;
}
let last = 0;

/** The user's entries (of one group when given), oldest first. */
export async function list<V = unknown>(userID: string, group?: string): Promise<OutboxEntry<V>[]> {
  if (!store) return [];
  const all = (await entries<string, OutboxEntry<V>>(store)).map(([, v]) => v);
  return all.filter((e) => e.userID === userID && (!group || e.group === group)).sort((a, b) => a.at - b.at);
}

/** Forgets an entry once the server has it — unless it was replaced meanwhile by a newer change (one transaction). */
export async function remove(key: string, at?: number): Promise<void> {
  if (!store) return;
  await store('readwrite', (os) => new Promise<void>((resolve, reject) => {
    const read = os.get(key);
    read.onsuccess = () => {
      if (read.result && (at === undefined || (read.result as OutboxEntry).at === at)) os.delete(key);
      resolve();
    };
    read.onerror = () => reject(read.error);
  }));
  changed();
}

let flushing: Promise<void> | null = null;

/**
 * Sends the user's entries in order. A network failure stops the round
 * (the rest would fail too; the next round starts over from the oldest);
 * a refusal drops the entry and reports it. One round at a time.
 */
export function flush<V>(userID: string, send: (e: OutboxEntry<V>) => Promise<Sent>, onRefused?: (e: OutboxEntry<V>, why: string) => void): Promise<void> {
  if (flushing) return flushing;
  flushing = (async () => {
    try {
      for (const e of await list<V>(userID)) {
        const r = await send(e);
        if (r === 'retry') {
          // Counted on the entry — unless a newer change replaced it meanwhile (that one stays as it is).
          if (store) {
            await update<OutboxEntry<V> | undefined>(e.key, (now) => (now?.at === e.at ? { ...now, tries: now.tries + 1 } : now), store)
              .catch(() => undefined);
          }
          break;
        }
        await remove(e.key, e.at);
        if (r !== 'done') onRefused?.(e, r.refused);
      }
    } finally {
      flushing = null;
      changed();
    }
  })();
  return flushing;
}

/** Keeps the last copy of a page's data for a user (to open the page without a network). */
export async function keepCopy(userID: string, key: string, data: unknown): Promise<void> {
  if (copies) await set(`${userID}:${key}`, data, copies).catch(() => undefined);
}

/** The user's last copy of a page's data, if one was kept. */
export async function lastCopy<T>(userID: string, key: string): Promise<T | undefined> {
  return copies ? get<T>(`${userID}:${key}`, copies).catch(() => undefined) : undefined;
}

/** Forgets every kept copy (signing out: the next user of the phone reads nothing of them). Unsent entries stay for their user. */
export async function forgetCopies(): Promise<void> {
  if (copies) await clear(copies).catch(() => undefined);
}
