import { describe, expect, it } from 'vitest';
import { enterpriseWhere } from './EnterpriseList';
import { findingWhere } from '../rectify/FindingList';

describe('filter bars as where inputs', () => {
  it('builds the enterprise filter; a search matches names or credit codes', () => {
    expect(enterpriseWhere({})).toEqual({});
    expect(enterpriseWhere({ districtID: '7', permitTier: 'KEY', grade: 'B_MINUS', industry: ' 36 ', search: ' 91430102ma ' })).toEqual({
      districtID: '7', permitTier: 'KEY', performanceGrade: 'B_MINUS', industryCodeHasPrefix: '36',
      or: [{ nameContains: '91430102ma' }, { creditCodeHasPrefix: '91430102MA' }],
    });
  });

  it('builds the finding filter, district through the enterprise', () => {
    expect(findingWhere({ status: 'REJECTED', overdue: true, districtID: '3' })).toEqual({
      status: 'REJECTED', overdue: true, hasEnterpriseWith: [{ districtID: '3' }],
    });
    expect(findingWhere({ overdue: false })).toEqual({});
    expect(findingWhere({ open: true, q: ' 星城 ', districtID: '3' })).toEqual({
      open: true, hasEnterpriseWith: [{ districtID: '3', nameContains: '星城' }],
    });
  });
});
