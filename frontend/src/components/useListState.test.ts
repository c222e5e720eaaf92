import { describe, expect, it } from 'vitest';
import { formatSort, parseSort, type Sort } from './useListState';

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
