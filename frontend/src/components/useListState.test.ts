import { describe, expect, it } from 'vitest';
import { formatSort, parsePage, parseSort, turnPage, type Sort } from './useListState';

const fields = ['DUE_AT', 'SEVERITY'] as const;
const byDue: Sort<(typeof fields)[number]> = { field: 'DUE_AT', direction: 'ASC' };

describe('a list order in the address', () => {
  it('round-trips both directions', () => {
    for (const s of [{ field: 'SEVERITY', direction: 'DESC' }, { field: 'DUE_AT', direction: 'ASC' }] as const) {
      expect(parseSort(formatSort(s), fields, byDue)).toEqual(s);
    }
    expect(formatSort({ field: 'SEVERITY', direction: 'DESC' })).toBe('-SEVERITY');
  });

  it('falls back to the default for anything the list cannot sort by', () => {
    for (const v of [null, '', '-', 'NAME', '-name', '--DUE_AT', 'DUE_AT;drop']) {
      expect(parseSort(v, fields, byDue)).toBe(byDue);
    }
  });
});

describe('a list page in the address', () => {
  const at = (s: string) => new URLSearchParams(s);
  it('starts on page 1 (forward from the start) when the address names none or a bad one', () => {
    for (const q of ['', 'page=1', 'page=x&after=c', 'page=3', 'page=-2&after=c', 'after=c']) {
      expect(parsePage(at(q), undefined, 20)).toEqual({ page: 1, vars: { first: 20, after: null } });
    }
  });
  it('fetches a page after a cursor going forward, before one going back (a shared link works both ways)', () => {
    expect(parsePage(at('page=3&after=c2'), undefined, 20)).toEqual({ page: 3, vars: { first: 20, after: 'c2' } });
    expect(parsePage(at('page=2&before=s3'), undefined, 20)).toEqual({ page: 2, vars: { last: 20, before: 's3' } });
  });
  it('turns pages: next after the end, previous before the start, page 1 plain; filters stay', () => {
    const next = turnPage(at('district=7&sort=-NAME'), undefined, 1, 'next', 'e1');
    expect(next.toString()).toBe('district=7&sort=-NAME&page=2&after=e1');
    const prev = turnPage(at('district=7&page=3&after=e2'), undefined, 3, 'prev', 's3');
    expect(prev.toString()).toBe('district=7&page=2&before=s3');
    expect(turnPage(at('district=7&page=2&before=s3'), undefined, 2, 'prev', 's2').toString()).toBe('district=7');
  });
  it('keeps two lists of one page apart', () => {
    const both = turnPage(at('page=2&after=x'), 'calls', 1, 'next', 'e');
    expect(both.toString()).toBe('page=2&after=x&callsPage=2&callsAfter=e');
    expect(parsePage(both, 'calls', 10)).toEqual({ page: 2, vars: { first: 10, after: 'e' } });
    expect(parsePage(both, undefined, 20)).toEqual({ page: 2, vars: { first: 20, after: 'x' } });
  });
});
