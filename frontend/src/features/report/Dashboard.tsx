import { Suspense, useEffect, useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Spin, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { DashboardReportsQuery } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { EChart } from '../../app/preload';
import './messages';
import { drawReport, formatMeasure, formatRate, paramsOf, rowLabel, type ChartKind } from './chart';
import { useDistrictCodes } from '../admin/DistrictSelect';


const DashboardOp = graphql(`
  query Dashboard {
    dashboard {
      enterprises findings closedFindings openFindings overdueFindings rectificationRate
      warningNotices acknowledgedInTime warningResponseRate
      byDistrict { district { id code nameZh nameEn } enterprises findings closedFindings rectificationRate }
      byCategory { category findings closedFindings }
    }
  }
`);

/** The charts' own figures, asked after the key figures (which paint first). */
const TrendOp = graphql(`
  query DashboardTrend($industries: Boolean!) {
    findingTrend(months: 24) { month found closed }
    findingsByIndustry(limit: 10) @include(if: $industries) { code name enterprises findings openFindings }
  }
`);


/** 我的看板: the viewer's saved reports pinned to their home, each drawn as saved. */
const PinnedOp = graphql(`
  query DashboardReports {
    dashboardReports {
      id name chart input
      figures(limit: 60) { cube granularity totalRows measures { label unit } dimensions { label } rows { dimensions { value label } period periodLabel values previous } }
    }
  }
`);

type Pinned = DashboardReportsQuery['dashboardReports'][number];

/** One pinned report: its chart (or its table), a link to the builder with it open. */
function PinnedReport({ r }: { r: Pinned }) {
  const { t } = useTranslation();
  const f = r.figures;
  const link = useMemo(() => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(paramsOf(r.input, () => f.cube, r.chart))) if (v) p.set(k, v);
    p.set('saved', r.id);
    return `/reports?${p.toString()}`;
  }, [r, f.cube]);
  const all = t('report.all');
  const codes = useDistrictCodes();
  const drawn = useMemo(() => (f.rows.length && r.chart !== 'TABLE' ? drawReport(f, r.chart as ChartKind, {
    all, previous: (what) => t('report.previous', { what }), others: (count) => t('report.others', { count }),
  }, true, codes) : null), [f, r.chart, all, t, codes]);
  return (
    <Card size="small" title={r.name} data-testid="pinned-report" extra={<Link to={link}>{t('report.openInBuilder')}</Link>}>
      {!f.rows.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : r.chart === 'TABLE' ? (
        <Table size="small" rowKey={(x) => rowLabel(x, all)} dataSource={f.rows} pagination={{ pageSize: 8, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
          columns={[
            { key: 'row', title: f.dimensions.map((d) => d.label).join(' · ') || all, render: (_: unknown, x: Pinned['figures']['rows'][number]) => rowLabel(x, all) },
            ...f.measures.map((m, i) => ({ key: `v${i}`, title: m.label, align: 'right' as const,
              render: (_: unknown, x: Pinned['figures']['rows'][number]) => formatMeasure(x.values[i], m.unit) })),
          ]} />
      ) : (
        <Suspense fallback={<Spin />}>
          <EChart option={drawn!.option} label={r.name} />
        </Suspense>
      )}
      {drawn && drawn.omitted > 0 && <div><Typography.Text type="secondary">{t('report.omitted', { shown: drawn.shown, count: drawn.omitted })}</Typography.Text></div>}
      {f.totalRows > f.rows.length && <Typography.Text type="secondary">{t('report.firstRows', { shown: f.rows.length, count: f.totalRows })}</Typography.Text>}
    </Card>
  );
}

/** The home of administrators and experts: the key figures of their scope. */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const [res, refetch] = useQuery({ query: DashboardOp });
  const d = res.data?.dashboard;
  const en = i18n.language === 'en-US';
  // The figures paint first; the charts are drawn in the next task.
  const [charts, setCharts] = useState(false);
  useEffect(() => {
    if (!d) return;
    const id = window.setTimeout(() => setCharts(true), 0);
    return () => window.clearTimeout(id);
  }, [d]);

  const navigate = useNavigate();
  const districtRows = useMemo(() => (d?.byDistrict ?? []).filter((r) => r.findings > 0), [d]);
  // A scope of one district (its administrator, its expert) gets its industries instead of one lone bar.
  const oneDistrict = !!d && districtRows.length <= 1;
  const [trend] = useQuery({ query: TrendOp, variables: { industries: oneDistrict }, pause: !charts });
  const [pinned] = useQuery({ query: PinnedOp, pause: !charts });
  const pinnedReports = pinned.data?.dashboardReports ?? [];
  const trendOption = useMemo(() => {
    // The last two years, from the first month with anything found or closed.
    const all = trend.data?.findingTrend ?? [];
    const start = all.findIndex((r) => r.found > 0 || r.closed > 0);
    const rows = start < 0 ? all.slice(-12) : all.slice(start);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((r) => r.month) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('dashboard.found'), data: rows.map((r) => r.found), itemStyle: { color: '#faad14' } },
        { type: 'bar', name: t('dashboard.closedShort'), data: rows.map((r) => r.closed), itemStyle: { color: '#389e0d' } },
      ],
    };
  }, [trend.data, t]);
  const industryRows = useMemo(() => trend.data?.findingsByIndustry ?? [], [trend.data]);
  const industryOption = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 150, right: 16, top: 32, bottom: 24 },
    yAxis: { type: 'category', inverse: true, triggerEvent: true, data: industryRows.map((r) => `${r.code} ${r.name}`),
      axisLabel: { width: 140, overflow: 'truncate' } },
    xAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('dashboard.found'), data: industryRows.map((r) => r.findings), itemStyle: { color: '#faad14' } },
      { type: 'bar', name: t('dashboard.open'), data: industryRows.map((r) => r.openFindings), itemStyle: { color: '#cf1322' } },
    ],
  }), [industryRows, t]);
  const districtOption = useMemo(() => {
    const rows = districtRows;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 64 },
      xAxis: { type: 'category', triggerEvent: true, data: rows.map((r) => (en ? r.district.nameEn : r.district.nameZh)), axisLabel: { rotate: 30 } },
      // From just under the lowest rate: the differences between 95 % and 98 % show.
      yAxis: { type: 'value', max: 100, min: (v: { min: number }) => Math.max(0, Math.floor((v.min - 2) / 5) * 5), axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', name: t('dashboard.rate'), data: rows.map((r) => Math.round(r.rectificationRate * 1000) / 10), itemStyle: { color: '#389e0d' } }],
    };
  }, [districtRows, en, t]);

  const categoryOption = useMemo(() => {
    const rows = d?.byCategory ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 110, right: 16, top: 32, bottom: 24 },
      yAxis: { type: 'category', data: rows.map((r) => t(`category.${r.category}`)), inverse: true },
      xAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('dashboard.found'), data: rows.map((r) => r.findings), itemStyle: { color: '#faad14' } },
        { type: 'bar', name: t('dashboard.closedShort'), data: rows.map((r) => r.closedFindings), itemStyle: { color: '#389e0d' } },
      ],
    };
  }, [d, t]);

  return (
    <div>
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      <QueryState fetching={res.fetching} error={res.error} empty={!d} retry={() => refetch()}>
        {d && (
          <>
            <div className="stats">
              {/* Every figure opens the list it counts. */}
              {[
                { key: 'enterprises', value: d.enterprises.toLocaleString(), to: '/enterprises' },
                { key: 'findings', value: d.findings.toLocaleString(), to: '/findings?open=all' },
                { key: 'closed', value: d.closedFindings.toLocaleString(), to: '/findings?status=CLOSED' },
                { key: 'rate', value: formatRate(d.rectificationRate), to: '/findings?open=all' },
                { key: 'open', value: d.openFindings.toLocaleString(), to: '/findings' },
                { key: 'overdue', value: d.overdueFindings.toLocaleString(), to: '/findings?overdue=1' },
                { key: 'warningResponse', value: formatRate(d.warningResponseRate), to: '/warnings' },
              ].map((s) => (
                <Link key={s.key} to={s.to} className="stat card" data-testid={`stat-${s.key}`}>
                  <div className="stat-title">{t(`dashboard.${s.key}`)}</div>
                  <div className="stat-value">{s.value}</div>
                </Link>
              ))}
            </div>
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={12}>
                {oneDistrict ? (
                  // Its industries: a bar opens the enterprises of that industry.
                  <Card title={t('dashboard.byIndustry')} size="small" data-testid="chart-industries">
                    <Suspense fallback={<Spin />}>
                      {charts && trend.data ? <EChart option={industryOption} label={t('dashboard.byIndustry')}
                        onCategory={(i) => { const r = industryRows[i]; if (r) navigate(`/enterprises?industry=${r.code}`); }} /> : <div style={{ height: 320 }} />}
                    </Suspense>
                  </Card>
                ) : (
                  <Card title={t('dashboard.byDistrict')} size="small" data-testid="chart-districts">
                    <Suspense fallback={<Spin />}>
                      {charts ? <EChart option={districtOption} label={t('dashboard.byDistrict')}
                        onCategory={(i) => { const r = districtRows[i]; if (r) navigate(`/findings?open=all&district=${r.district.id}`); }} /> : <div style={{ height: 320 }} />}
                    </Suspense>
                  </Card>
                )}
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.byCategory')} size="small">
                  <Suspense fallback={<Spin />}>
                    {charts ? <EChart option={categoryOption} label={t('dashboard.byCategory')}
                      onCategory={(i) => { const r = d.byCategory[i]; if (r) navigate(`/findings?open=all&category=${r.category}`); }} /> : <div style={{ height: 320 }} />}
                  </Suspense>
                </Card>
              </Col>
              <Col xs={24}>
                <Card title={t('dashboard.byMonth')} size="small" data-testid="chart-months">
                  <Suspense fallback={<Spin />}>
                    {charts && trend.data ? <EChart option={trendOption} label={t('dashboard.byMonth')} /> : <div style={{ height: 320 }} />}
                  </Suspense>
                </Card>
              </Col>
            </Row>
            <Typography.Title level={4} style={{ marginTop: 24 }}>{t('report.home')}</Typography.Title>
            {pinned.data && !pinnedReports.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.homeEmpty')} data-testid="pinned-empty" />}
            <Row gutter={[16, 16]}>
              {pinnedReports.map((r) => <Col key={r.id} xs={24} xl={12}><PinnedReport r={r} /></Col>)}
            </Row>
          </>
        )}
      </QueryState>
    </div>
  );
}
