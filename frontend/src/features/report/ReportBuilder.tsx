import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Grid, Input, Modal, Popconfirm, Segmented, Select, Space, Spin, Table, Tag, Tooltip, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { ReportComparison, ReportDimension, ReportGranularity, ReportInput, ReportMeasure, ReportTimeField } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../app/errors';
import { useUpdateParams } from '../../components/useListState';
import { EChart } from '../../app/preload';
import { limits } from '../../gql/limits';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { clientKey } from '../files/checkFiles';
import { ExportButton } from '../exchange/ExportButton';
import { drawReport, filterParam, filtersOf, formatChange, formatMeasure, mappable, offMap, paramsOf, rowLabel as labelOf, type ChartKind, type Filter } from './chart';
import { useDistrictCodes } from '../admin/DistrictSelect';
import { outlinedDistricts } from '../../components/outlined';

const SchemaOp = graphql(`
  query ReportSchema {
    reportSchema {
      cube label
      measures { measure unit label }
      dimensions { dimension label }
      timeFields { field label }
    }
  }
`);

const ReportOp = graphql(`
  query RunReport($input: ReportInput!) {
    report(input: $input) {
      cube totalRows fromSummaries periodsFilled granularity
      measures { measure unit label }
      dimensions { dimension label }
      rows { dimensions { value label } period periodLabel values previous change }
    }
  }
`);

/** The values a filter may keep: those its dimension takes in the viewer's scope, with their labels. */
const ValuesOp = graphql(`
  query ReportValues($input: ReportInput!) {
    report(input: $input) { rows { dimensions { value label } } }
  }
`);

const SavedOp = graphql(`
  query SavedReports {
    savedReports(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges { node { id name input chart shared pinned viewerCan { change } } }
    }
  }
`);

const SaveOp = graphql(`
  mutation SaveReport($input: SaveReportInput!) {
    saveReport(input: $input) { id name input chart shared pinned viewerCan { change } }
  }
`);

const DeleteOp = graphql(`
  mutation DeleteSavedReport($id: ID!) { deleteSavedReport(id: $id) }
`);

const granularities: ReportGranularity[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const comparisons: ReportComparison[] = ['PRECEDING_PERIOD', 'PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'];


const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);


type View = 'table' | 'bar' | 'line' | 'pie' | 'map';
const views: View[] = ['table', 'bar', 'line', 'pie', 'map'];
/** The view in the address ('chart', of older links, is bars). */
const viewOf = (v: string | null): View => (v === 'chart' ? 'bar' : (views as (string | null)[]).includes(v) ? v as View : 'table');

/** One filter: a dimension of the subject and the values it keeps. */
function FilterRow({ measure, dims, filter, onChange, onRemove }: {
  measure: string; dims: readonly { dimension: string; label: string }[]; filter: Filter; onChange(f: Filter): void; onRemove(): void;
}) {
  const { t } = useTranslation();
  const [res] = useQuery({ query: ValuesOp, variables: { input: { measures: [measure as ReportMeasure], dimensions: [filter.dimension as ReportDimension], limit: 1000 } } });
  const options = res.data?.report.rows.map((r) => ({ value: r.dimensions[0].value, label: r.dimensions[0].label })) ?? [];
  return (
    <Space wrap data-testid="report-filter">
      <Select aria-label={t('report.filterBy')} style={{ width: 150 }} value={filter.dimension} showSearch optionFilterProp="label"
        options={dims.map((d) => ({ value: d.dimension, label: d.label }))} onChange={(d: string) => onChange({ dimension: d, values: [] })} />
      <Select mode="multiple" aria-label={t('report.filterValues')} placeholder={t('report.pickValues')} style={{ minWidth: 200, maxWidth: 'calc(100vw - 96px)' }}
        loading={res.fetching} value={filter.values} options={options} showSearch optionFilterProp="label" maxCount={100}
        onChange={(v: string[]) => onChange({ ...filter, values: v })} />
      <Button onClick={onRemove}>{t('report.removeFilter')}</Button>
    </Space>
  );
}

/**
 * 保存报表: a name, whether other administrators see it and whether the home shows it — a new
 * report, or (existing) the open one changed to what the builder shows.
 */
function SaveDialog({ input, chart, existing, onClose, onSaved }: {
  input: ReportInput; chart: 'TABLE' | ChartKind; existing?: { id: string; name: string; shared: boolean; pinned: boolean };
  onClose(): void; onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; shared: boolean; pinned: boolean }>();
  const [state, save] = useMutation(SaveOp);
  const [key] = useState(clientKey); // one report, however often the save is retried
  const title = t(existing ? 'report.update' : 'report.save');
  return (
    <Modal open title={title} okText={title} confirmLoading={state.fetching} onCancel={onClose} destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        const r = await save({ input: { ...(existing ? { id: existing.id } : { clientKey: key }), name: v.name, report: input, chart, shared: v.shared, pinned: v.pinned } });
        if (r.error) { if (!applyServerErrors(form, r.error, ['name', 'pinned'])) void message.error(r.error.graphQLErrors[0]?.message ?? r.error.message); return; }
        void message.success(t('report.saved'));
        if (r.data) onSaved(r.data.saveReport.id);
      }}>
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}
        initialValues={existing ? { name: existing.name, shared: existing.shared, pinned: existing.pinned } : { name: '', shared: false, pinned: false }}>
        <Form.Item name="name" label={t('report.name')} rules={[{ required: true, whitespace: true, message: t('report.nameRequired') }]}>
          <Input maxLength={limits.SavedReport.name} />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked" style={{ marginBottom: 8 }}><Checkbox>{t('report.share')}</Checkbox></Form.Item>
        <Form.Item name="pinned" valuePropName="checked"><Checkbox>{t('report.pin')}</Checkbox></Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 报表: the report builder. Measures of one subject (问题、企业、预警通知、
 * 自查), up to three dimensions, a time with its granularity and range, a
 * comparison; a table and a chart, exported as CSV. The choices live in the
 * address, so a report is a link one can keep or send.
 */
export default function ReportBuilder() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const update = useUpdateParams();
  // A change keeps the saved report open (保存 updates it, 另存为 saves a new one).
  const set = (patch: Record<string, string | null>) => update((p) => {
    for (const [k, v] of Object.entries(patch)) { if (v) p.set(k, v); else p.delete(k); }
    return p;
  }, { replace: true });
  const [schemaRes] = useQuery({ query: SchemaOp });
  const cubes = schemaRes.data?.reportSchema ?? [];
  const cube = cubes.find((c) => c.cube === params.get('cube')) ?? cubes[0];
  const measures = list(params.get('m')).filter((m) => cube?.measures.some((x) => x.measure === m)) as ReportMeasure[];
  const dims = list(params.get('d')).filter((d) => cube?.dimensions.some((x) => x.dimension === d)) as ReportDimension[];
  const timeField = cube?.timeFields.find((f) => f.field === params.get('time'))?.field as ReportTimeField | undefined;
  const gran = (granularities as string[]).includes(params.get('g') ?? '') ? params.get('g') as ReportGranularity : undefined;
  const compare = (comparisons as string[]).includes(params.get('cmp') ?? '') ? params.get('cmp') as ReportComparison : undefined;
  const to = params.get('to') ?? dayjs().format('YYYY-MM-DD');
  const from = params.get('from') ?? dayjs().subtract(11, 'month').startOf('month').format('YYYY-MM-DD');
  const view = viewOf(params.get('view'));
  const fParam = params.get('f');
  const filters = filtersOf(fParam).filter((f) => cube?.dimensions.some((d) => d.dimension === f.dimension));
  // The filter rows as edited (one being added has no values yet, and is not in the address); the
  // address is written from them, and read into them when it changes otherwise (a saved report opened).
  const [rows, setRows] = useState<Filter[]>(() => filtersOf(fParam));
  const written = useRef(fParam);
  useEffect(() => {
    if (fParam !== written.current) { written.current = fParam; setRows(filtersOf(fParam)); }
  }, [fParam]);
  const editRows = (next: Filter[]) => { setRows(next); written.current = filterParam(next); set({ f: written.current }); };
  const [savedRes, refetchSaved] = useQuery({ query: SavedOp });
  const saved = savedRes.data?.savedReports.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const open = saved.find((r) => r.id === params.get('saved'));
  const [saving, setSaving] = useState<'new' | 'update' | null>(null);
  const [, remove] = useMutation(DeleteOp);
  const [pinning, pin] = useMutation(SaveOp);
  const cubeOf = (m: string) => cubes.find((c) => c.measures.some((x) => x.measure === m))?.cube;

  const input = useMemo((): ReportInput | null => {
    if (!measures.length) return null;
    return {
      measures, dimensions: dims,
      ...(timeField ? { timeDimension: { field: timeField, granularity: gran ?? null, from, to } } : {}),
      ...(timeField && compare ? { compareTo: compare } : {}),
      ...(filters.length ? { filters: filters.map((f) => ({ dimension: f.dimension as ReportDimension, values: f.values })) } : {}),
      limit: 1000,
    };
  }, [params.toString(), cube?.cube]);
  const [res] = useQuery({ query: ReportOp, variables: { input: input! }, pause: !input });
  const rep = res.data?.report;

  const rowLabel = (r: NonNullable<typeof rep>['rows'][number]) => labelOf(r, t('report.all'));
  const columns = rep ? [
    ...rep.dimensions.map((d, i) => ({ key: `d${i}`, title: d.label, render: (_: unknown, r: (typeof rep.rows)[number]) => r.dimensions[i].label })),
    ...(rep.granularity ? [{ key: 'p', title: t('report.period'), render: (_: unknown, r: (typeof rep.rows)[number]) => r.periodLabel ?? '' }] : []),
    ...rep.measures.flatMap((m, i) => [
      { key: `v${i}`, title: m.label, align: 'right' as const, render: (_: unknown, r: (typeof rep.rows)[number]) => formatMeasure(r.values[i], m.unit) },
      ...(compare ? [
        { key: `p${i}`, title: t('report.previous', { what: m.label }), align: 'right' as const, render: (_: unknown, r: (typeof rep.rows)[number]) => formatMeasure(r.previous?.[i], m.unit) },
        { key: `c${i}`, title: t('report.changeOf', { what: m.label }), align: 'right' as const, render: (_: unknown, r: (typeof rep.rows)[number]) => formatChange(r.change?.[i], m.unit) },
      ] : []),
    ]),
  ] : [];
  const codes = useDistrictCodes();
  // A map only of a report by district alone (the option says why otherwise); drawn as a table until then.
  const canMap = mappable(dims, gran);
  // A pie is each group's share of one span: with periods its slices would be "district · month".
  const canPie = !gran;
  const offered = (v: View) => (v === 'map' ? canMap : v === 'pie' ? canPie : true);
  const shown: View = offered(view) ? view : 'table';
  // A phone draws the chart compact: fewer series, labels level, a window of periods to slide.
  const phone = !Grid.useBreakpoint().md;
  const chart = useMemo(() => (rep?.rows.length && shown !== 'table' ? drawReport(rep, shown.toUpperCase() as ChartKind, {
    all: t('report.all'), previous: (what) => t('report.previous', { what }), others: (count) => t('report.others', { count }),
  }, phone, codes) : null), [rep, shown, t, codes, phone]);
  const hidden = rep && shown === 'map' ? offMap(rep, codes, outlinedDistricts) : [];

  return (
    <QueryState fetching={schemaRes.fetching} error={schemaRes.error} empty={!cubes.length}>
      <Typography.Title level={4} className="page-title">{t('report.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select showSearch optionFilterProp="label" aria-label={t('report.savedReports')} placeholder={t('report.openSaved')} style={{ width: 280 }}
          value={open?.id} data-testid="saved-reports"
          options={saved.map((r) => ({ value: r.id, label: r.name, shared: r.shared, pinned: r.pinned && r.viewerCan.change, mine: r.viewerCan.change }))}
          optionRender={(o) => <Space>{o.label}{o.data.shared && <Tag color="blue">{t('report.sharedTag')}</Tag>}{o.data.pinned && <Tag color="green">{t('report.pinnedTag')}</Tag>}</Space>}
          onChange={(id: string) => { const r = saved.find((x) => x.id === id); if (r) set({ ...paramsOf(r.input, cubeOf, r.chart), saved: r.id }); }} />
        {input && open?.viewerCan.change && <Button type="primary" data-testid="update-report" onClick={() => setSaving('update')}>{t('report.update')}</Button>}
        {input && <Button type={open?.viewerCan.change ? 'default' : 'primary'} onClick={() => setSaving('new')}>{t(open ? 'report.saveAs' : 'report.save')}</Button>}
        {open?.viewerCan.change && (
          // On the home or not: the report saved again as it was opened, its pin changed.
          <Button loading={pinning.fetching} data-testid="pin-report" onClick={async () => {
            const r = await pin({ input: { id: open.id, name: open.name, report: JSON.parse(open.input) as ReportInput, chart: open.chart, shared: open.shared, pinned: !open.pinned } });
            if (r.error) { void message.error(r.error.graphQLErrors[0]?.message ?? r.error.message); return; }
            void message.success(t(open.pinned ? 'report.unpinned' : 'report.pinnedDone'));
          }}>{t(open.pinned ? 'report.unpin' : 'report.pin')}</Button>
        )}
        {open?.viewerCan.change && (
          <Popconfirm title={t('report.deleteConfirm', { name: open.name })} onConfirm={async () => {
            const r = await remove({ id: open.id });
            if (r.error) { void message.error(r.error.graphQLErrors[0]?.message ?? r.error.message); return; }
            set({ saved: null }); refetchSaved({ requestPolicy: 'network-only' });
          }}>
            <Button danger>{t('report.delete')}</Button>
          </Popconfirm>
        )}
      </Space>
      {saving && input && <SaveDialog input={input} chart={shown.toUpperCase() as 'TABLE' | ChartKind} onClose={() => setSaving(null)}
        existing={saving === 'update' && open ? { id: open.id, name: open.name, shared: open.shared, pinned: open.pinned } : undefined}
        onSaved={(id) => { setSaving(null); set({ saved: id }); refetchSaved({ requestPolicy: 'network-only' }); }} />}
      <Card size="small">
        <Form layout="vertical" data-testid="report-form">
          <Form.Item label={t('report.cube')}>
            <Segmented className="segmented-wrap" value={cube?.cube} options={cubes.map((c) => ({ value: c.cube, label: c.label }))}
              onChange={(v) => set({ cube: String(v), m: null, d: null, time: null, g: null, cmp: null, f: null })} />
          </Form.Item>
          <Space wrap align="start" size="middle">
            <Form.Item label={t('report.measures')} style={{ minWidth: 280 }}>
              <Select mode="multiple" aria-label={t('report.measures')} placeholder={t('report.pickMeasures')} value={measures} maxCount={12}
                options={cube?.measures.map((m) => ({ value: m.measure, label: m.label }))} onChange={(v) => set({ m: v.join(',') })} />
            </Form.Item>
            <Form.Item label={t('report.dimensions')} style={{ minWidth: 240 }}>
              <Select mode="multiple" aria-label={t('report.dimensions')} placeholder={t('report.all')} value={dims} maxCount={3}
                options={cube?.dimensions.map((d) => ({ value: d.dimension, label: d.label }))} onChange={(v) => set({ d: v.join(',') })} />
            </Form.Item>
            <Form.Item label={t('report.time')}>
              <Select allowClear aria-label={t('report.time')} placeholder={t('report.noTime')} style={{ width: 130 }} value={timeField}
                options={cube?.timeFields.map((f) => ({ value: f.field, label: f.label }))} onChange={(v) => set({ time: v ?? null })} />
            </Form.Item>
            {timeField && <>
              <Form.Item label={t('report.granularity')}>
                <Select allowClear aria-label={t('report.granularity')} placeholder={t('report.noGranularity')} style={{ width: 110 }} value={gran}
                  options={granularities.map((g) => ({ value: g, label: t(`report.gran.${g}`) }))}
                  onChange={(v) => set({ g: v ?? null, ...(!v && compare === 'PRECEDING_PERIOD' ? { cmp: null } : {}) })} />
              </Form.Item>
              <Form.Item label={t('report.range')}>
                <DatePicker.RangePicker allowClear={false} value={[dayjs(from), dayjs(to)]}
                  onChange={(v) => v?.[0] && v[1] && set({ from: (v[0] as Dayjs).format('YYYY-MM-DD'), to: (v[1] as Dayjs).format('YYYY-MM-DD') })} />
              </Form.Item>
              <Form.Item label={t('report.compare')}>
                <Select allowClear aria-label={t('report.compare')} placeholder={t('report.noCompare')} style={{ minWidth: 170, maxWidth: '100%' }} value={compare} popupMatchSelectWidth={false}
                  // 环比 compares each period with the one before: it needs periods.
                  options={comparisons.map((c) => (c === 'PRECEDING_PERIOD' && !gran
                    ? { value: c, label: t('report.precedingNeedsPeriods'), disabled: true }
                    : { value: c, label: t(`report.cmp.${c}`) }))} onChange={(v) => set({ cmp: v ?? null })} />
              </Form.Item>
            </>}
          </Space>
          {cube && (
            <Form.Item label={t('report.filters')} style={{ marginBottom: 0 }}>
              <Space direction="vertical" style={{ width: '100%' }}>
                {rows.map((f, i) => (
                  <FilterRow key={i} measure={cube.measures[0].measure} dims={cube.dimensions} filter={f}
                    onChange={(nf) => editRows(rows.map((x, j) => (j === i ? nf : x)))}
                    onRemove={() => editRows(rows.filter((_, j) => j !== i))} />
                ))}
                {rows.length < 10 && (
                  <Button data-testid="add-filter" onClick={() => setRows([...rows, {
                    dimension: cube.dimensions.find((d) => !rows.some((f) => f.dimension === d.dimension))?.dimension ?? cube.dimensions[0].dimension, values: [] }])}>
                    {t('report.addFilter')}
                  </Button>
                )}
              </Space>
            </Form.Item>
          )}
        </Form>
      </Card>
      {!input && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('report.hint')} />}
      {res.error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorMessage(res.error, t)} data-testid="report-error" />}
      {input && !res.error && (
        <Card size="small" style={{ marginTop: 12 }} data-testid="report-result"
          title={rep ? t('report.rows', { count: rep.totalRows }) : t('report.running')}>
          {/* Periods without data are rows only when every one fits in the limit; otherwise say so. */}
          {/* A range without a figure (periods filled with zeros, or no row at all) says so rather than draw nothing. */}
          {rep && input.timeDimension && !rep.rows.some((r) => r.values.some((v) => v != null && v !== 0)) && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="report-empty-range"
              title={t('report.emptyRange', { from: input.timeDimension.from, to: input.timeDimension.to })} />
          )}
          {rep?.granularity && !rep.periodsFilled && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('report.notFilled')} data-testid="report-not-filled" />}
          {/* Above the result, wrapping on a phone: four views and the export do not fit a card's header at 360 px. */}
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented value={shown} options={views.map((v) => ({ value: v, disabled: !offered(v),
              label: offered(v) ? t(`report.view.${v}`) : <Tooltip title={t(v === 'map' ? 'report.mapNeedsDistrict' : 'report.pieNeedsNoPeriods')}>{t(`report.view.${v}`)}</Tooltip> }))}
              onChange={(v) => set({ view: v === 'table' ? null : String(v) })} />
            {input && <ExportButton what={{ report: input, name: open?.name }} disabled={!rep?.rows.length} />}
          </Space>
          {chart
            ? <Suspense fallback={<Spin />}><EChart option={chart.option} height={shown === 'map' ? 460 : 380} label={t('report.chart')} />
                {shown === 'pie' && rep!.measures.length > 1 && <Typography.Text type="secondary" data-testid="pie-measure">
                  {t('report.pieMeasure', { measure: rep!.measures[0].label })} </Typography.Text>}
                {chart.omitted > 0 && <Typography.Text type="secondary" data-testid="chart-omitted">{t('report.omitted', { shown: chart.shown, count: chart.omitted })}</Typography.Text>}
                {hidden.length > 0 && <Typography.Text type="secondary" data-testid="off-map">
                  {t('report.offMap', { rows: hidden.map((r) => `${r.dimensions[0]?.label ?? ''} ${formatMeasure(r.values[0], rep!.measures[0].unit)}`).join('；') })}</Typography.Text>}</Suspense>
            : <Table size="small" rowKey={(r) => rowLabel(r)} loading={res.fetching} dataSource={rep?.rows ?? []} columns={columns}
                pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} data-testid="report-table"
                sticky /* the header stays in view down 50 rows: eight columns of figures */ />}
        </Card>
      )}
    </QueryState>
  );
}
