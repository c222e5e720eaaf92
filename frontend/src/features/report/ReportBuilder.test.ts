import { describe, expect, it } from 'vitest';
import { filtersOf, formatChange, formatMeasure, paramsOf, periodLabel, reportOption } from './chart';

describe('report values', () => {
  it('read in their unit', () => {
    expect(formatMeasure(0.9667, 'RATIO')).toBe('96.7%');
    expect(formatMeasure(12.345, 'DAYS')).toBe('12.3');
    expect(formatMeasure(42.25, 'MINUTES')).toBe('42.3');
    expect(formatMeasure(6416, 'COUNT')).toBe('6,416');
    expect(formatMeasure(null, 'RATIO')).toBe('—');
  });
  it('changes are signed, rates in points', () => {
    expect(formatChange(0.021, 'RATIO')).toBe('+2.1');
    expect(formatChange(-3, 'COUNT')).toBe('-3');
    expect(formatChange(null, 'COUNT')).toBe('—');
  });
});

describe('a saved report', () => {
  it('opens as the builder address it was saved from', () => {
    const json = '{"measures":["FINDINGS","RECTIFICATION_RATE"],"dimensions":["DISTRICT"],"timeDimension":{"field":"FOUND_AT","granularity":"MONTH","from":"2026-01-01","to":"2026-06-30"},"compareTo":"SAME_PERIOD_LAST_YEAR","filters":[{"dimension":"PERMIT_TIER","values":["KEY","SIMPLIFIED"]},{"dimension":"CHECKLIST_ITEM","values":["a;b:c,d"]}]}';
    expect(paramsOf(json, (m) => (m === 'FINDINGS' ? 'FINDINGS' : undefined), 'BAR')).toEqual({
      cube: 'FINDINGS', m: 'FINDINGS,RECTIFICATION_RATE', d: 'DISTRICT', time: 'FOUND_AT', g: 'MONTH', from: '2026-01-01', to: '2026-06-30',
      cmp: 'SAME_PERIOD_LAST_YEAR', view: 'bar', f: 'PERMIT_TIER:KEY,SIMPLIFIED;CHECKLIST_ITEM:a%3Bb%3Ac%2Cd',
    });
    expect(filtersOf('PERMIT_TIER:KEY,SIMPLIFIED;CHECKLIST_ITEM:a%3Bb%3Ac%2Cd')).toEqual([
      { dimension: 'PERMIT_TIER', values: ['KEY', 'SIMPLIFIED'] }, { dimension: 'CHECKLIST_ITEM', values: ['a;b:c,d'] }]);
    expect(filtersOf('junk;:x;DISTRICT:;SEVERITY:%E0%A4%A,HIGH')).toEqual([{ dimension: 'SEVERITY', values: ['HIGH'] }]);
    expect(paramsOf('{"measures":["ENTERPRISES"]}', () => 'ENTERPRISES', 'TABLE')).toEqual({
      cube: 'ENTERPRISES', m: 'ENTERPRISES', d: null, time: null, g: null, from: null, to: null, cmp: null, view: null, f: null,
    });
  });
});

describe('a chart', () => {
  it('names periods as their granularity reads', () => {
    expect(periodLabel('2026-06-01', 'MONTH')).toBe('2026-06');
    expect(periodLabel('2026-04-01', 'QUARTER')).toBe('2026-Q2');
    expect(periodLabel('2026-01-01', 'YEAR')).toBe('2026');
    expect(periodLabel('2026-06-08', 'WEEK')).toBe('2026-06-08');
  });
  it('puts rates and durations on their own axes, never on a count\'s', () => {
    const o = reportOption({
      measures: [{ label: '咨询问题', unit: 'COUNT' }, { label: '答复率', unit: 'RATIO' }, { label: '用时', unit: 'MINUTES' }],
      rows: [{ dimensions: [{ label: '芙蓉区' }], values: [12, 0.833, 98.5] }],
    }, 'BAR', '合计') as { yAxis: { position: string }[]; series: { yAxisIndex: number; data: (number | null)[] }[] };
    expect(o.yAxis.map((a) => a.position)).toEqual(['left', 'right', 'right']);
    expect(o.series.map((s) => s.yAxisIndex)).toEqual([0, 1, 2]);
    expect(o.series[1].data).toEqual([83.3]);
  });
});
