import { Suspense, useEffect, useMemo, useState } from 'react';
import { Card, Col, Row, Spin, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { EChart } from '../../app/preload';


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

/** Rates are shown with one decimal, as the bureau publishes them (96.7 %). */
export function formatRate(r: number): string {
  return `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
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
                <Card title={t('dashboard.byDistrict')} size="small">
                  <Suspense fallback={<Spin />}>
                    {charts ? <EChart option={districtOption} label={t('dashboard.byDistrict')}
                      onCategory={(i) => { const r = districtRows[i]; if (r) navigate(`/findings?open=all&district=${r.district.id}`); }} /> : <div style={{ height: 320 }} />}
                  </Suspense>
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.byCategory')} size="small">
                  <Suspense fallback={<Spin />}>
                    {charts ? <EChart option={categoryOption} label={t('dashboard.byCategory')} /> : <div style={{ height: 320 }} />}
                  </Suspense>
                </Card>
              </Col>
            </Row>
          </>
        )}
      </QueryState>
    </div>
  );
}
