import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useCursorPages } from './useCursorPages';

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

/**
 * A list's state in the address — its filters (the keys it names), its
 * order (`sort`) — so that back, reload and a shared link restore it; and
 * its server pages (cursors), remembered per address for this tab so that
 * coming back from a detail page lands on the page left. Changing a filter
 * or the order starts again from the first page (the address changes).
 */
export function useListState<K extends string, F extends string>(opts: {
  keys: readonly K[];
  sortFields?: readonly F[];
  defaultSort: Sort<F>;
  pageSize?: number;
  /** Names the list where a page holds two (its order is `<name>Sort`, its pages its own). */
  name?: string;
}) {
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  const { keys, sortFields = [] as readonly F[], defaultSort } = opts;
  const filters = useMemo(() => {
    const f = {} as Record<K, string | undefined>;
    for (const k of keys) f[k] = params.get(k) ?? undefined;
    return f;
  }, [params, keys]);
  const sortParam = opts.name ? `${opts.name}Sort` : 'sort';
  const sort = useMemo(() => parseSort(params.get(sortParam), sortFields, defaultSort), [params, sortParam, sortFields, defaultSort]);
  const pages = useCursorPages(opts.pageSize ?? 20, `${opts.name ?? ''}:${pathname}${search}`);
  /** Sets (or, with an empty value, removes) filters; the history gets an entry. */
  const set = useCallback((patch: Partial<Record<K, string | undefined | null>>) => {
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch) as [string, string | undefined | null][]) {
        if (v) n.set(k, v); else n.delete(k);
      }
      return n;
    });
  }, [setParams]);
  const setSort = useCallback((s: Sort<F> | null) => {
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (!s || (s.field === defaultSort.field && s.direction === defaultSort.direction)) n.delete(sortParam);
      else n.set(sortParam, formatSort(s));
      return n;
    }, { replace: true });
  }, [setParams, defaultSort, sortParam]);
  return { filters, set, sort, setSort, pages, params };
}

/** What a list component needs of a list's state (methods: any list's fields fit). */
export interface ListState {
  filters: Record<string, string | undefined>;
  set(patch: Record<string, string | undefined | null>): void;
  sort: Sort;
  setSort(s: Sort | null): void;
  pages: ReturnType<typeof useCursorPages>;
}
