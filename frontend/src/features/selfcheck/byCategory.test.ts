import { describe, expect, it } from 'vitest';
import { byCategory } from './SelfCheckPage';

describe('byCategory', () => {
  it('groups items by category in checklist order', () => {
    const items = [{ code: 'EIA-01', category: 'EIA' }, { code: 'EIA-02', category: 'EIA' }, { code: 'PMT-01', category: 'PERMIT' }];
    expect(byCategory(items)).toEqual([
      ['EIA', [items[0], items[1]]],
      ['PERMIT', [items[2]]],
    ]);
  });
});
