import { useCallback, useState } from 'react';

const prefix = 'pages:';

function stored(key?: string): (string | null)[] {
  if (!key) return [null];
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(prefix + key) ?? 'null');
    if (Array.isArray(v) && v.length > 0 && v[0] === null && v.slice(1).every((c) => typeof c === 'string')) return v as (string | null)[];
  } catch { /* storage unavailable (private mode): pages are not remembered */ }
  return [null];
}

function store(key: string | undefined, cursors: (string | null)[]) {
  if (!key) return;
  try {
    if (cursors.length > 1) sessionStorage.setItem(prefix + key, JSON.stringify(cursors));
    else sessionStorage.removeItem(prefix + key);
  } catch { /* as above */ }
}

/**
 * Server-side pages over a Relay connection: remembers the cursor that
 * starts each visited page, so "previous" and "next" need no offsets. With
 * a key (the list's address) the cursors are kept for the tab's session:
 * coming back to the same address shows the page that was left.
 */
export function useCursorPages(pageSize: number, key?: string) {
  const [state, setState] = useState(() => ({ key, cursors: stored(key) }));
  let { cursors } = state;
  if (state.key !== key) {
    // Another list or other filters: their own pages (derived during render).
    cursors = stored(key);
    setState({ key, cursors });
  }
  const page = cursors.length; // 1-based
  const update = useCallback((f: (c: (string | null)[]) => (string | null)[]) => {
    setState((s) => {
      const c = f(s.cursors);
      store(s.key, c);
      return { ...s, cursors: c };
    });
  }, []);
  const reset = useCallback(() => update(() => [null]), [update]);
  const next = useCallback((endCursor?: string | null) => {
    if (endCursor) update((c) => [...c, endCursor]);
  }, [update]);
  const prev = useCallback(() => update((c) => (c.length > 1 ? c.slice(0, -1) : c)), [update]);
  return { page, pageSize, after: cursors[cursors.length - 1], next, prev, reset };
}
