import { describe, expect, it } from 'vitest';
import { drawReport, filtersOf, formatChange, formatMeasure, paramsOf, reportOption, type ChartReport } from './chart';

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

const texts = { all: '合计', previous: (w: string) => `${w}（对比期）`, others: (n: number) => `其他 ${n} 项` };
type Cartesian = {
  xAxis: { data: string[]; axisLabel: { interval: number | string; rotate: number } }; dataZoom?: { startValue: number; endValue: number }[];
  series: { name: string; type: string; color: string; data: (number | null)[]; lineStyle?: { type: string } }[];
};
const district = (n: number) => ({ value: `d${n}`, label: `区${n}` });

describe('a chart', () => {
  it('draws a report by district and month as one line per district over the months', () => {
    // The report's order: district, then period; the months out of order on purpose.
    const rows: ChartReport['rows'][number][] = [];
    for (const d of [1, 2]) for (const m of ['2026-03-01', '2026-01-01', '2026-02-01']) {
      rows.push({ dimensions: [district(d)], period: m, periodLabel: m.slice(0, 7), values: [d * 10 + Number(m.slice(6, 7))], previous: [d] });
    }
    const { option, omitted } = drawReport({ granularity: 'MONTH', measures: [{ label: '发现问题', unit: 'COUNT' }], rows }, 'LINE', texts);
    const o = option as unknown as Cartesian;
    expect(omitted).toBe(0);
    expect(o.xAxis.data).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(o.series.map((s) => s.name)).toEqual(['区1', '区1（对比期）', '区2', '区2（对比期）']);
    expect(o.series[0].data).toEqual([11, 12, 13]);
    expect(o.series[2].data).toEqual([21, 22, 23]);
    // The compared values drawn beside their series, in its colour, dashed.
    expect(o.series[3].data).toEqual([2, 2, 2]);
    expect(o.series[3].color).toBe(o.series[2].color);
    expect(o.series[3].lineStyle?.type).toBe('dashed');
    expect(o.series[0].color).not.toBe(o.series[2].color);
  });
  it('puts the first dimension on the axis and the second in the series when there are no periods', () => {
    const rows: ChartReport['rows'] = [
      { dimensions: [district(1), { value: 'HIGH', label: '严重' }], values: [3] },
      { dimensions: [district(1), { value: 'LOW', label: '一般' }], values: [5] },
      { dimensions: [district(2), { value: 'LOW', label: '一般' }], values: [7] },
    ];
    const o = reportOption({ measures: [{ label: '发现问题', unit: 'COUNT' }], rows }, 'BAR', texts) as unknown as Cartesian;
    expect(o.xAxis.data).toEqual(['区1', '区2']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([['严重', [3, null]], ['一般', [5, 7]]]);
  });
  it('labels every district of a bar chart (turned when many), and leaves periods to fit', () => {
    const rows: ChartReport['rows'] = Array.from({ length: 10 }, (_, i) => ({ dimensions: [district(i + 1)], values: [i] }));
    for (const compact of [false, true]) {
      const o = drawReport({ measures: [{ label: '发现问题', unit: 'COUNT' }], rows }, 'BAR', texts, compact).option as unknown as Cartesian;
      expect(o.xAxis.axisLabel.interval).toBe(0);
      expect(o.xAxis.axisLabel.rotate).toBeGreaterThan(0);
    }
    const few = drawReport({ measures: [{ label: '发现问题', unit: 'COUNT' }], rows: rows.slice(0, 3) }, 'BAR', texts).option as unknown as Cartesian;
    expect(few.xAxis.axisLabel).toMatchObject({ interval: 0, rotate: 0 });
    const months = drawReport({ granularity: 'MONTH', measures: [{ label: '发现问题', unit: 'COUNT' }],
      rows: Array.from({ length: 12 }, (_, i) => ({ dimensions: [], period: `2026-${String(i + 1).padStart(2, '0')}-01`, values: [i] })) }, 'BAR', texts).option as unknown as Cartesian;
    expect(months.xAxis.axisLabel.interval).toBe('auto');
  });
  it('draws the largest series of many, says how many it left out, and zooms to the latest periods', () => {
    const rows: ChartReport['rows'][number][] = [];
    for (let d = 1; d <= 30; d++) for (let day = 1; day <= 40; day++) {
      rows.push({ dimensions: [district(d)], period: `2026-0${day <= 31 ? 1 : 2}-${String(day <= 31 ? day : day - 31).padStart(2, '0')}`, values: [d] });
    }
    const { option, shown, omitted } = drawReport({ granularity: 'DAY', measures: [{ label: '发现问题', unit: 'COUNT' }], rows }, 'BAR', texts);
    const o = option as unknown as Cartesian;
    expect([shown, omitted]).toEqual([24, 6]);
    expect(o.series[0].name).toBe('区7'); // 1–6 the smallest, left out; the rest in the report's order
    expect(o.xAxis.data).toHaveLength(40);
    expect(o.dataZoom?.[0]).toMatchObject({ startValue: 4, endValue: 39 });
    // Periods open on the latest with a figure, not on empty ones after it.
    const early = rows.map((r) => (r.period! > '2026-01-20' ? { ...r, values: [0] } : r));
    expect((drawReport({ granularity: 'DAY', measures: [{ label: '发现问题', unit: 'COUNT' }], rows: early }, 'BAR', texts).option as unknown as Cartesian)
      .dataZoom?.[0]).toMatchObject({ startValue: 0, endValue: 35 });
    const mid = rows.map((r) => (r.period! > '2026-02-05' ? { ...r, values: [0] } : r));
    expect((drawReport({ granularity: 'DAY', measures: [{ label: '发现问题', unit: 'COUNT' }], rows: mid }, 'BAR', texts, true).option as unknown as Cartesian)
      .dataZoom?.[0]).toMatchObject({ startValue: 24, endValue: 35 });
    // A phone: half the series, a shorter window.
    const c = drawReport({ granularity: 'DAY', measures: [{ label: '发现问题', unit: 'COUNT' }], rows }, 'BAR', texts, true);
    expect([c.shown, c.omitted]).toEqual([12, 18]);
    expect((c.option as unknown as Cartesian).dataZoom?.[0]).toMatchObject({ startValue: 28, endValue: 39 });
  });
  it('sums the smaller slices of a pie of counts, and leaves rates out rather than summing them', () => {
    const rows = Array.from({ length: 15 }, (_, i) => ({ dimensions: [district(i)], values: [i + 1] }));
    const pie = (unit: 'COUNT' | 'RATIO') => drawReport({ measures: [{ label: 'x', unit }], rows }, 'PIE', texts);
    const counts = pie('COUNT');
    const data = (counts.option as { series: { data: { name: string; value: number }[] }[] }).series[0].data;
    expect(data).toHaveLength(12);
    expect(data[0]).toEqual({ name: '区14', value: 15 });
    expect(data[11]).toEqual({ name: '其他 4 项', value: 1 + 2 + 3 + 4 });
    expect(counts.omitted).toBe(0);
    const rates = pie('RATIO');
    expect((rates.option as { series: { data: unknown[] }[] }).series[0].data).toHaveLength(11);
    expect(rates.omitted).toBe(4);
  });
  it('puts rates and durations on their own axes, never on a count\'s', () => {
    const o = reportOption({
      measures: [{ label: '咨询问题', unit: 'COUNT' }, { label: '答复率', unit: 'RATIO' }, { label: '用时', unit: 'MINUTES' }],
      rows: [{ dimensions: [{ label: '芙蓉区' }], values: [12, 0.833, 98.5] }],
    }, 'BAR', texts) as { yAxis: { position: string }[]; series: { yAxisIndex: number; data: (number | null)[] }[] };
    expect(o.yAxis.map((a) => a.position)).toEqual(['left', 'right', 'right']);
    expect(o.series.map((s) => s.yAxisIndex)).toEqual([0, 1, 2]);
    expect(o.series[1].data).toEqual([83.3]);
  });
});
