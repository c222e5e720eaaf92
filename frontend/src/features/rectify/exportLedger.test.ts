import { describe, expect, it } from 'vitest';
import { ledgerURL } from './exportLedger';

describe('ledgerURL', () => {
  it('carries the list filters to the export', () => {
    expect(ledgerURL({})).toBe('/exports/ledger.xlsx');
    expect(ledgerURL({ status: 'SUBMITTED', districtID: '42', overdue: true })).toBe('/exports/ledger.xlsx?status=SUBMITTED&districtID=42&overdue=1');
  });
});
