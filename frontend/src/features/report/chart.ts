// A report drawn as an ECharts option: one definition for the report
// builder and the home's pinned reports (首页看板).
import type { ReportInput, ReportUnit } from '../../gql/graphql';

/** How a saved report is drawn (SavedReportChart without TABLE). */
export type ChartKind = 'BAR' | 'LINE' | 'PIE' | 'MAP';

export interface ChartReport {
  granularity?: string | null;
  measures: readonly { label: string; unit: ReportUnit }[];
  rows: readonly {
    dimensions: readonly { value?: string; label: string }[]; period?: string | null; periodLabel?: string | null;
    values: readonly (number | null)[]; previous?: readonly (number | null)[] | null;
  }[];
}

/** A map of districts draws a report grouped by DISTRICT alone, one value per district (no periods). */
export function mappable(dimensions: readonly string[], granularity?: string | null): boolean {
  return dimensions.length === 1 && dimensions[0] === 'DISTRICT' && !granularity;
}

/** The rows a map of districts cannot draw: areas without an outline of their own (湖南湘江新区), "(none)". */
export function offMap(rep: ChartReport, codes: ReadonlyMap<string, string>, outlined: ReadonlySet<string>) {
  return rep.rows.filter((r) => !outlined.has(codes.get(r.dimensions[0]?.value ?? '') ?? ''));
}

/** A row's name: its dimensions' labels and period (as the API labels it: 2026-06, 2026-Q2), or `all` for the one total row. */
export function rowLabel(r: ChartReport['rows'][number], all: string): string {
  return [...r.dimensions.map((d) => d.label), ...(r.period ? [r.periodLabel ?? r.period] : [])].join(' · ') || all;
}

/** The value as drawn: rates in percent to 0.1, the rest as they are. */
const drawn = (unit: ReportUnit, v: number | null) => (v == null ? null : unit === 'RATIO' ? Math.round(v * 1000) / 10 : v);

/** The words a chart adds to the report's own labels (report.* messages). */
export interface ChartTexts {
  /** The one row of a report without dimensions or periods (合计). */
  all: string;
  /** A compared series' name: 发现问题（对比期）. */
  previous(what: string): string;
  /** A pie's slice of the smaller rows summed: 其他 n 项. */
  others(n: number): string;
}

/** A report drawn: the ECharts option and how many series (or pie slices) were left out of it. */
export interface DrawnReport { option: Record<string, unknown>; shown: number; omitted: number }

/** ECharts' own palette: a compared series takes its series' colour, dashed or faded. */
const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

type Row = ChartReport['rows'][number];

/**
 * A report drawn as bars, lines, a pie or (MAP, a report by district) the city's districts shaded by
 * the first measure — codes gives each district's GB/T 2260 code by its id, the outlines' keys
 * (components/changshaMap.ts). compact is a small box: a home card or a phone.
 *
 * Bars and lines put the periods on the axis when the report has a granularity, one series per
 * combination of dimension values and measure (a line per district, not "district · month"
 * categories); without periods the first dimension is the axis and the others make the series.
 * Compared values (对比期) are drawn beside their series, in its colour. At most 24 series (12
 * compact) are drawn — the combinations with the largest first measure, current and compared values
 * together — and omitted says how many
 * were not; more categories than fit are reached by zooming (a slider under the axis).
 */
export function drawReport(rep: ChartReport, kind: ChartKind, texts: ChartTexts, compact = false, codes?: ReadonlyMap<string, string>): DrawnReport {
  if (kind === 'MAP') return { option: mapOption(rep, texts, compact, codes), shown: rep.rows.length, omitted: 0 };
  if (kind === 'PIE') return pieOption(rep, texts, compact);
  return cartesianOption(rep, kind, texts, compact);
}

/** The option alone (drawReport without the count of what was left out). */
export function reportOption(rep: ChartReport, kind: ChartKind, texts: ChartTexts, compact = false, codes?: ReadonlyMap<string, string>) {
  return drawReport(rep, kind, texts, compact, codes).option;
}

function mapOption(rep: ChartReport, texts: ChartTexts, compact: boolean, codes?: ReadonlyMap<string, string>) {
  const m = rep.measures[0];
  const data = rep.rows.flatMap((r) => {
    const code = codes?.get(r.dimensions[0]?.value ?? '');
    return code ? [{ name: code, label: rowLabel(r, texts.all), value: drawn(m.unit, r.values[0]) }] : [];
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

/** A pie of the first measure: the largest rows, the rest summed into one slice when they are counts (a sum of rates means nothing). */
function pieOption(rep: ChartReport, texts: ChartTexts, compact: boolean): DrawnReport {
  const m = rep.measures[0];
  const most = compact ? 8 : 12;
  const rows = rep.rows.map((r) => ({ name: rowLabel(r, texts.all), value: drawn(m.unit, r.values[0]) }))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const fits = rows.length <= most;
  const kept = fits ? rows : rows.slice(0, most - 1);
  const rest = fits ? [] : rows.slice(most - 1);
  const summed = rest.length > 0 && m.unit === 'COUNT';
  const data = summed ? [...kept, { name: texts.others(rest.length), value: rest.reduce((s, r) => s + (r.value ?? 0), 0) }] : kept;
  return {
    option: {
      tooltip: { trigger: 'item', confine: true }, legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', name: m.label, radius: ['30%', compact ? '60%' : '65%'], center: ['50%', '45%'], data,
        // In a small box the legend names the slices: outer labels would be cut at the edges.
        label: { show: !compact, overflow: 'truncate', width: 160, formatter: '{b}  {d}%' } }],
    },
    shown: kept.length, omitted: summed ? 0 : rest.length,
  };
}

function cartesianOption(rep: ChartReport, kind: 'BAR' | 'LINE', texts: ChartTexts, compact: boolean): DrawnReport {
  const byPeriod = !!rep.granularity && rep.rows.some((r) => r.period);
  // The axis: periods in order, or the first dimension's values as the report orders them.
  const xKey = (r: Row) => (byPeriod ? r.period ?? '' : r.dimensions[0]?.value ?? r.dimensions[0]?.label ?? '');
  const seriesDims = (r: Row) => (byPeriod ? r.dimensions : r.dimensions.slice(1));
  const sKey = (r: Row) => seriesDims(r).map((d) => d.value ?? d.label).join('\u0000');
  const xs = new Map<string, string>();
  const keys = new Map<string, { label: string; total: number; order: number }>();
  const at = new Map<string, Row>();
  for (const r of rep.rows) {
    const x = xKey(r);
    if (!xs.has(x)) xs.set(x, byPeriod ? r.periodLabel ?? x : r.dimensions[0]?.label ?? texts.all);
    const k = sKey(r);
    const key = keys.get(k) ?? { label: seriesDims(r).map((d) => d.label).join(' · '), total: 0, order: keys.size };
    key.total += Math.abs(r.values[0] ?? 0) + Math.abs(r.previous?.[0] ?? 0); // largest in either period
    keys.set(k, key);
    at.set(`${k}\u0001${x}`, r);
  }
  const axis = byPeriod ? [...xs.keys()].sort() : [...xs.keys()];
  const compared = rep.rows.some((r) => r.previous != null);
  const perKey = rep.measures.length * (compared ? 2 : 1);
  const most = Math.max(1, Math.floor((compact ? 12 : 24) / perKey));
  const drawnKeys = [...keys.entries()]
    .sort((a, b) => (keys.size > most ? b[1].total - a[1].total : 0) || a[1].order - b[1].order)
    .slice(0, most)
    .sort((a, b) => a[1].order - b[1].order);
  // One axis per kind of figure — counts left, rates (%) and durations right — never a rate on a count's scale.
  const scaleOf = (u: ReportUnit) => (u === 'RATIO' ? 'ratio' : u === 'COUNT' ? 'count' : 'time');
  const scales = [...new Set(rep.measures.map((m) => scaleOf(m.unit)))];
  const named = drawnKeys.some(([, k]) => k.label);
  const series = drawnKeys.flatMap(([k, key], ki) => rep.measures.flatMap((m, i) => {
    const name = [...(named ? [key.label || texts.all] : []), ...(!named || rep.measures.length > 1 ? [m.label] : [])].join(' · ');
    const color = palette[(ki * rep.measures.length + i) % palette.length];
    const values = (pick: (r: Row) => number | null | undefined) => axis.map((x) => {
      const r = at.get(`${k}\u0001${x}`);
      return r ? drawn(m.unit, pick(r) ?? null) : null;
    });
    const unit = m.unit === 'RATIO' ? '%' : '';
    const common = { type: kind === 'LINE' ? 'line' : 'bar', yAxisIndex: scales.indexOf(scaleOf(m.unit)), color,
      tooltip: { valueFormatter: (v: number | null) => (v == null ? '—' : `${v}${unit}`) } };
    return [
      { ...common, name, data: values((r) => r.values[i]) },
      ...(compared ? [{ ...common, name: texts.previous(name), data: values((r) => r.previous?.[i]),
        ...(kind === 'LINE' ? { lineStyle: { type: 'dashed' }, symbol: 'none' } : { itemStyle: { opacity: 0.4 } }) }] : []),
    ];
  }));
  const labels = axis.map((x) => xs.get(x) ?? x);
  // More categories than fit are reached by zooming; periods open on the latest with a figure
  // (a year of days whose findings are in June opens on June, not on an empty December).
  const window = compact ? 12 : 36;
  const zoom = labels.length > window;
  let lastFigure = 0;
  for (const sr of series) sr.data.forEach((v, i) => { if (v != null && v !== 0 && i > lastFigure) lastFigure = i; });
  const end = byPeriod ? Math.max(Math.min(labels.length - 1, lastFigure), window - 1) : window - 1;
  const long = labels.some((l) => l.length > 6);
  return {
    option: {
      tooltip: { trigger: 'axis', confine: true }, legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 16 + Math.max(0, scales.length - 1) * 48, top: 36, bottom: (zoom ? 36 : 8), containLabel: true },
      xAxis: { type: 'category', data: labels,
        // Periods: labels that would overlap are hidden (a phone shows every other month). Anything
        // else — districts, severities — every label, or a bar could not be told: turned when many.
        axisLabel: byPeriod
          ? { interval: 'auto', hideOverlap: true, rotate: !compact && long && labels.length > 6 ? 30 : 0, width: 120, overflow: 'truncate' }
          : { interval: 0, hideOverlap: false, rotate: labels.length > (compact ? 4 : 8) || (long && labels.length > 4) ? (compact ? 45 : 30) : 0,
            width: compact ? 72 : 120, overflow: 'truncate' } },
      yAxis: scales.map((s, i) => ({
        type: 'value', position: i === 0 ? 'left' : 'right', offset: i > 1 ? 48 * (i - 1) : 0, splitLine: { show: i === 0 },
        ...(s === 'ratio' ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
      })),
      ...(zoom ? { dataZoom: [
        { type: 'inside', startValue: end - window + 1, endValue: end },
        { type: 'slider', height: 16, bottom: 4, startValue: end - window + 1, endValue: end },
      ] } : {}),
      series,
    },
    shown: drawnKeys.length, omitted: keys.size - drawnKeys.length,
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
