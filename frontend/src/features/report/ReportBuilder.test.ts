import { describe, expect, it } from 'vitest';
import { csvCell, formatChange, formatMeasure } from './ReportBuilder';

describe('report values', () => {
  it('read in their unit', () => {
    expect(formatMeasure(0.9667, 'RATIO')).toBe('96.7%');
    expect(formatMeasure(12.345, 'DAYS')).toBe('12.3');
    expect(formatMeasure(6416, 'COUNT')).toBe('6,416');
    expect(formatMeasure(null, 'RATIO')).toBe('—');
  });
  it('changes are signed, rates in points', () => {
    expect(formatChange(0.021, 'RATIO')).toBe('+2.1');
    expect(formatChange(-3, 'COUNT')).toBe('-3');
    expect(formatChange(null, 'COUNT')).toBe('—');
  });
  it('CSV cells never read as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('-3')).toBe(`"'-3"`);
    expect(csvCell('芙蓉区 "东"')).toBe('"芙蓉区 ""东"""');
  });
});
