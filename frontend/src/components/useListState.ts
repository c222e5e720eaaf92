import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams, type NavigateOptions } from 'react-router-dom';

export type Direction = 'ASC' | 'DESC';
export interface Sort<F extends string = string> { field: F; direction: Direction }

/** The address's form of an order: `FIELD` ascending, `-FIELD` descending. */
export function formatSort(s: Sort): string {
  return (s.direction === 'DESC' ? '-' : '') + s.field;
}

/** Reads `sort` back; anything not among the list's sortable fields gives the default. */
export function parseSort<F extends string>(v: string | null, fields: readonly F[], fallback: Sort<F>): Sort<F> {
  if (!v) return fallback;
  const desc = v.startsWith('-');
  const field = (desc ? v.slice(1) : v) as F;
  return fields.includes(field) ? { field, direction: desc ? 'DESC' : 'ASC' } : fallback;
}

/** The address's names of a list's order and page (a page holding two lists names them). */
export function listParams(name?: string) {
  const p = (s: string) => (name ? `${name}${s[0].toUpperCase()}${s.slice(1)}` : s);
  return { sort: p('sort'), page: p('page'), after: p('after'), before: p('before') };
}

/** The connection arguments of the page the address names: after a cursor (forward) or before one (back). */
export interface PageVars { first?: number; last?: number; after?: string | null; before?: string | null }

/** Reads the page from the address: its number (1 when absent or bad) and the connection arguments that fetch it. */
export function parsePage(params: URLSearchParams, name: string | undefined, pageSize: number): { page: number; vars: PageVars } {
  const n = listParams(name);
  const after = params.get(n.after);
  const before = params.get(n.before);
  const page = Math.max(1, Math.floor(Number(params.get(n.page))) || 1);
  if (page > 1 && before) return { page, vars: { last: pageSize, before } };
  if (page > 1 && after) return { page, vars: { first: pageSize, after } };
  return { page: 1, vars: { first: pageSize, after: null } };
}

/** The address of the next page (after the current page's end) or the previous one (before its start). */
export function turnPage(params: URLSearchParams, name: string | undefined, page: number, to: 'next' | 'prev', cursor?: string | null): URLSearchParams {
  const n = listParams(name);
  const out = new URLSearchParams(params);
  out.delete(n.after);
  out.delete(n.before);
  const target = to === 'next' ? page + 1 : page - 1;
  if (target <= 1 || !cursor) {
    out.delete(n.page);
    return out;
  }
  out.set(n.page, String(target));
  out.set(to === 'next' ? n.after : n.before, cursor);
  return out;
}

/** Drops a list's page from an address (its filters or order changed: the first page). */
function firstPage(params: URLSearchParams, name?: string): URLSearchParams {
  const n = listParams(name);
  for (const k of [n.page, n.after, n.before]) params.delete(k);
  return params;
}

/**
 * Changes the address's query starting from what the address holds now.
 * react-router's `setSearchParams(fn)` hands `fn` the parameters of the last
 * render, which lag behind the address while a navigation still renders (a
 * transition): a search typed just after a figure removed a filter would
 * bring that filter back. Every query change goes through this instead.
 */
export function useUpdateParams() {
  const navigate = useNavigate();
  return useCallback((update: (p: URLSearchParams) => URLSearchParams, opts?: NavigateOptions) => {
    navigate('?' + update(new URLSearchParams(window.location.search)).toString(), opts);
  }, [navigate]);
}

/**
 * A list's state in the address — its filters (the keys it names), its
 * order (`sort`) and its page (`page` with the cursor it starts after or
 * ends before) — so that back, reload and a shared link restore all of it,
 * and coming back from a detail lands on the page left. Changing a filter
 * or the order starts again from the first page.
 */
export function useListState<K extends string, F extends string>(opts: {
  keys: readonly K[];
  sortFields?: readonly F[];
  defaultSort: Sort<F>;
  pageSize?: number;
  /** Names the list where a page holds two (its order is `<name>Sort`, its page `<name>Page`…). */
  name?: string;
}) {
  const [params] = useSearchParams();
  const setParams = useUpdateParams();
  const { keys, sortFields = [] as readonly F[], defaultSort, name } = opts;
  const pageSize = opts.pageSize ?? 20;
  const n = listParams(name);
  const filters = useMemo(() => {
    const f = {} as Record<K, string | undefined>;
    for (const k of keys) f[k] = params.get(k) ?? undefined;
    return f;
  }, [params, keys]);
  const sort = useMemo(() => parseSort(params.get(n.sort), sortFields, defaultSort), [params, n.sort, sortFields, defaultSort]);
  const { page, vars } = useMemo(() => parsePage(params, name, pageSize), [params, name, pageSize]);
  /** Sets (or, with an empty value, removes) filters; the history gets an entry. */
  const set = useCallback((patch: Partial<Record<K, string | undefined | null>>) => {
    setParams((p) => {
      const out = firstPage(p, name);
      for (const [k, v] of Object.entries(patch) as [string, string | undefined | null][]) {
        if (v) out.set(k, v); else out.delete(k);
      }
      return out;
    });
  }, [setParams, name]);
  const setSort = useCallback((s: Sort<F> | null) => {
    setParams((p) => {
      const out = firstPage(p, name);
      if (!s || (s.field === defaultSort.field && s.direction === defaultSort.direction)) out.delete(n.sort);
      else out.set(n.sort, formatSort(s));
      return out;
    }, { replace: true });
  }, [setParams, defaultSort, n.sort, name]);
  const pages = useMemo(() => ({
    page, pageSize, vars,
    next: (endCursor?: string | null) => setParams((p) => turnPage(p, name, page, 'next', endCursor)),
    prev: (startCursor?: string | null) => setParams((p) => turnPage(p, name, page, 'prev', startCursor)),
    reset: () => setParams((p) => firstPage(p, name), { replace: true }),
  }), [page, pageSize, vars, setParams, name]);
  return { filters, set, sort, setSort, pages };
}

/** What a list component needs of a list's state (methods: any list's fields fit). */
export interface ListState {
  filters: Record<string, string | undefined>;
  set(patch: Record<string, string | undefined | null>): void;
  sort: Sort;
  setSort(s: Sort | null): void;
  pages: {
    page: number; pageSize: number; vars: PageVars;
    next(endCursor?: string | null): void; prev(startCursor?: string | null): void; reset(): void;
  };
}
