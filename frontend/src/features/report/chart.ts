// A report drawn as an ECharts option: one definition for the report
// builder and the home's pinned reports (首页看板).
import type { ReportInput, ReportUnit } from '../../gql/graphql';

/** How a saved report is drawn (SavedReportChart without TABLE). */
export type ChartKind = 'BAR' | 'LINE' | 'PIE' | 'MAP';

export interface ChartReport {
  granularity?: string | null;
  measures: readonly { label: string; unit: ReportUnit }[];
  rows: readonly { dimensions: readonly { value?: string; label: string }[]; period?: string | null; values: readonly (number | null)[] }[];
}

/** A map of districts draws a report grouped by DISTRICT alone, one value per district (no periods). */
export function mappable(dimensions: readonly string[], granularity?: string | null): boolean {
  return dimensions.length === 1 && dimensions[0] === 'DISTRICT' && !granularity;
}

/** The rows a map of districts cannot draw: areas without an outline of their own (湖南湘江新区), "(none)". */
export function offMap(rep: ChartReport, codes: ReadonlyMap<string, string>, outlined: ReadonlySet<string>) {
  return rep.rows.filter((r) => !outlined.has(codes.get(r.dimensions[0]?.value ?? '') ?? ''));
}

/** A period as its granularity reads: 2026-06 for a month, 2026-Q2, 2026; days and weeks (their Monday) as dates. */
export function periodLabel(period: string, granularity?: string | null): string {
  switch (granularity) {
    case 'MONTH': return period.slice(0, 7);
    case 'QUARTER': return `${period.slice(0, 4)}-Q${Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1}`;
    case 'YEAR': return period.slice(0, 4);
    default: return period;
  }
}

/** A row's name: its dimensions' labels and period, or `all` for the one total row. */
export function rowLabel(r: ChartReport['rows'][number], all: string, granularity?: string | null): string {
  return [...r.dimensions.map((d) => d.label), ...(r.period ? [periodLabel(r.period, granularity)] : [])].join(' · ') || all;
}

/** The value as drawn: rates in percent to 0.1, the rest as they are. */
const drawn = (unit: ReportUnit, v: number | null) => (v == null ? null : unit === 'RATIO' ? Math.round(v * 1000) / 10 : v);

/**
 * The option of a report's first 60 rows: bars or lines per measure, a pie of the first measure, or
 * (MAP, a report by district) the city's districts shaded by the first measure — codes gives each
 * district's GB/T 2260 code by its id, the outlines' keys (components/changshaMap.ts).
 */
export function reportOption(rep: ChartReport, kind: ChartKind, all: string, compact = false, codes?: ReadonlyMap<string, string>) {
  const rows = rep.rows.slice(0, 60);
  const labels = rows.map((r) => rowLabel(r, all, rep.granularity));
  if (kind === 'MAP') {
    const m = rep.measures[0];
    const data = rep.rows.flatMap((r) => {
      const code = codes?.get(r.dimensions[0]?.value ?? '');
      return code ? [{ name: code, label: rowLabel(r, all), value: drawn(m.unit, r.values[0]) }] : [];
    });
    const values = data.map((d) => d.value ?? 0);
    const lo = values.length > 1 ? Math.floor(Math.min(...values)) : 0;
    type Item = { data?: { label?: string; value?: number | null } };
    return {
      tooltip: { trigger: 'item', formatter: (p: Item) => (p.data ? `${p.data.label}<br/>${m.label}: ${p.data.value ?? '—'}${m.unit === 'RATIO' ? '%' : ''}` : '') },
      // The scale spans the districts' own values (rates of 92–99 % all at the top of 0–100 would look alike).
      // One district alone is shaded against zero.
      visualMap: { min: lo, max: Math.max(Math.ceil(Math.max(...values)), lo + 1), calculable: !compact, orient: 'horizontal',
        left: 'center', bottom: 0, text: [m.label, ''], inRange: { color: ['#e6f4ea', '#52c41a', '#135200'] }, itemHeight: compact ? 120 : 180,
        formatter: (v: number) => (m.unit === 'RATIO' ? `${Math.round(v * 10) / 10}%` : String(Math.round(v * 10) / 10)) },
      // Fitted in its box (a phone's width too); labels that would overlap in the dense centre are hidden.
      series: [{ type: 'map', map: 'changsha', name: m.label, roam: false, data, top: 8, bottom: 48, left: 8, right: 8, labelLayout: { hideOverlap: true },
        label: { show: !compact, fontSize: 11, color: '#1f1f1f', textBorderColor: '#fff', textBorderWidth: 2, formatter: (p: Item) => p.data?.label ?? '' },
        emphasis: { label: { show: true, formatter: (p: Item) => p.data?.label ?? '' } } }],
    };
  }
  if (kind === 'PIE') {
    const m = rep.measures[0];
    return {
      tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', name: m.label, radius: ['30%', compact ? '60%' : '65%'], center: ['50%', '45%'],
        data: rows.map((r, j) => ({ name: labels[j], value: drawn(m.unit, r.values[0]) })) }],
    };
  }
  // One axis per kind of figure — counts left, rates (%) and durations right — never a rate on a count's scale.
  const scaleOf = (u: ReportUnit) => (u === 'RATIO' ? 'ratio' : u === 'COUNT' ? 'count' : 'time');
  const scales = [...new Set(rep.measures.map((m) => scaleOf(m.unit)))];
  return {
    tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
    grid: { left: 56, right: 16 + Math.max(0, scales.length - 1) * 56, top: 36, bottom: compact ? 56 : 80 },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30, interval: compact ? 'auto' : 0 } },
    yAxis: scales.map((s, i) => ({
      type: 'value', position: i === 0 ? 'left' : 'right', offset: i > 1 ? 56 * (i - 1) : 0, splitLine: { show: i === 0 },
      ...(s === 'ratio' ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
    })),
    series: rep.measures.map((m, i) => ({
      type: kind === 'LINE' ? 'line' : 'bar', name: m.label, yAxisIndex: scales.indexOf(scaleOf(m.unit)),
      data: rows.map((r) => drawn(m.unit, r.values[i])),
    })),
  };
}

/** Rates are shown with one decimal, as the bureau publishes them (96.7 %). */
export function formatRate(r: number): string {
  return `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
}

/** A measure's value as read: rates in %, days and minutes with one decimal, counts whole; "—" when undefined. */
export function formatMeasure(v: number | null | undefined, unit: ReportUnit): string {
  if (v == null) return '—';
  if (unit === 'RATIO') return formatRate(v);
  if (unit === 'DAYS' || unit === 'MINUTES') return v.toFixed(1);
  return v.toLocaleString('zh-CN');
}

/** A change: signed; rates in percentage points. */
export function formatChange(v: number | null | undefined, unit: ReportUnit): string {
  if (v == null) return '—';
  const sign = v > 0 ? '+' : '';
  if (unit === 'RATIO') return `${sign}${(Math.round(v * 1000) / 10).toFixed(1)}`;
  return sign + formatMeasure(v, unit);
}

/** The builder's address of a saved report's input (the ReportInput JSON the API keeps). */
export function paramsOf(json: string, cubeOf: (measure: string) => string | undefined, chart: string): Record<string, string | null> {
  const r = JSON.parse(json) as ReportInput;
  const measures = Array.isArray(r.measures) ? r.measures : [];
  const t = r.timeDimension;
  return {
    cube: cubeOf(measures[0] ?? '') ?? null, m: measures.join(',') || null, d: (r.dimensions ?? []).join(',') || null,
    time: t?.field ?? null, g: t?.granularity ?? null, from: t?.from ?? null, to: t?.to ?? null,
    cmp: r.compareTo ?? null, view: chart === 'TABLE' ? null : chart.toLowerCase(),
    f: filterParam((r.filters ?? []).map((x) => ({ dimension: x.dimension, values: x.values }))),
  };
}

/** A report's filters as the builder keeps them. */
export interface Filter { dimension: string; values: string[] }

/** Filters in the address: DIM:v1,v2;DIM2:v3 (values escaped); null for none. */
export function filterParam(fs: readonly Filter[]): string | null {
  const kept = fs.filter((x) => x.dimension && x.values.length);
  return kept.length ? kept.map((x) => `${x.dimension}:${x.values.map(encodeURIComponent).join(',')}`).join(';') : null;
}

/** The filters of an address (what filterParam wrote; anything else is dropped). */
export function filtersOf(param: string | null): Filter[] {
  if (!param) return [];
  return param.split(';').flatMap((part) => {
    const i = part.indexOf(':');
    if (i <= 0) return [];
    const values = part.slice(i + 1).split(',').filter(Boolean).map((v) => { try { return decodeURIComponent(v); } catch { return ''; } }).filter(Boolean);
    return values.length ? [{ dimension: part.slice(0, i), values }] : [];
  });
}
