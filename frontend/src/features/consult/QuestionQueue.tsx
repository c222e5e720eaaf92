import { useEffect, useMemo, useState } from 'react';
import { Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import './messages';
import { graphql } from '../../gql';
import type { QuestionOrderField, QuestionStatus, QuestionWhereInput } from '../../gql/graphql';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { QueryState } from '../../components/QueryState';
import EChart from '../../components/EChart';
import { DistrictSelect } from '../admin/DistrictSelect';
import { formatDateTime } from '../../app/time';
import { StatusTag, questionStatuses } from './StatusTag';
import { ExportButton } from '../exchange/ExportButton';

const QueueOp = graphql(`
  query QuestionQueue($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: QuestionWhereInput, $orderBy: QuestionOrder) {
    questions(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id title status createdAt updatedAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh nameEn } } }
    }
  }
`);

const QueueChangedOp = graphql(`
  subscription QueueQuestionChanged { questionChanged { id status updatedAt } }
`);

const FiguresOp = graphql(`
  query QuestionFigures($from: Time!, $to: Time!) {
    questionFigures(from: $from, to: $to) {
      total { asked answered open escalated medianMinutes p90Minutes }
      byDistrict { district { id nameZh nameEn } response { asked answered open medianMinutes p90Minutes } }
      byAnswerer { user { id displayName } response { answered medianMinutes p90Minutes } }
    }
  }
`);

const keys = ['q', 'status', 'district'] as const;
const sortFields: readonly QuestionOrderField[] = ['CREATED_AT', 'UPDATED_AT'];
const oldestFirst: Sort<QuestionOrderField> = { field: 'CREATED_AT', direction: 'ASC' };

/** Minutes as people read a wait: minutes, hours or days. */
function useWait() {
  const { t } = useTranslation();
  return (minutes: number) => (minutes < 60 ? t('consult.minutes', { count: Math.round(minutes) })
    : minutes < 48 * 60 ? t('consult.hours', { count: Math.round(minutes / 60) }) : t('consult.days', { count: Math.round(minutes / 1440) }));
}

/**
 * 答疑工作台 (experts and administrators): the questions of the viewer's
 * channels — by default those waiting for an answer, oldest first — kept
 * live as questions arrive and change; and the response figures.
 */
export default function QuestionQueue() {
  const { t, i18n } = useTranslation();
  const wait = useWait();
  const list = useListState({ keys, sortFields, defaultSort: oldestFirst });
  const f = list.filters;
  const status = f.status === 'ALL' ? undefined : ((f.status as QuestionStatus | undefined) ?? 'OPEN');
  const where = useMemo((): QuestionWhereInput => ({
    ...(f.q?.trim() ? { titleContains: f.q.trim() } : {}),
    ...(status ? { status } : {}),
    ...(f.district ? { districtID: f.district } : {}),
  }), [f, status]);
  const [res, refetch] = useQuery({ query: QueueOp, variables: { ...list.pages.vars, where, orderBy: list.sort }, requestPolicy: 'cache-and-network' });
  // Every change in the viewer's channels refreshes the list and the figures.
  const [changes, setChanges] = useState(0);
  useSubscription({ query: QueueChangedOp }, (_, e) => {
    refetch({ requestPolicy: 'network-only' });
    setChanges((n) => n + 1);
    return e;
  });
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['questions']['edges']>[number]>['node']>;
  const now = Date.now();
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('consult.queue')}</Typography.Title>
        <Tag color="green">{t('consult.live')}</Tag>
      </div>
      <DataList extra={<ExportButton what={{ list: { questions: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.questions} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('consult.noQueue')} testId="question-queue"
        filters={<>
          <ListSearch list={list} name="q" placeholder={t('consult.fields.title')} width={200} />
          <Select aria-label={t('findings.status')} style={{ minWidth: 140 }} popupMatchSelectWidth={false} value={status ?? 'ALL'}
            options={[...questionStatuses.map((v) => ({ value: v, label: t(`consult.status.${v}`) })), { value: 'ALL', label: t('consult.allStatuses') }]}
            onChange={(v) => list.set({ status: v === 'OPEN' ? undefined : v })} />
          <DistrictSelect value={f.district} onChange={(v) => list.set({ district: v })} />
        </>}
        columns={[
          { key: 'title', title: t('consult.fields.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/consult/${r.id}`}>{v}</Link> },
          { key: 'enterprise', title: t('consult.enterprise'), render: (_: unknown, r) => r.enterprise.name },
          { key: 'district', title: t('consult.district'), width: 100, render: (_: unknown, r) => (i18n.language === 'en-US' ? r.district.nameEn : r.district.nameZh) },
          { key: 'status', title: t('findings.status'), width: 170, render: (_: unknown, r) => <Space size={4} wrap>
            <StatusTag status={r.status} />{r.escalatedAt && !r.firstAnsweredAt && <Tag color="red">{t('consult.escalated')}</Tag>}</Space> },
          { key: 'createdAt', sortField: 'CREATED_AT', title: t('consult.askedAt'), width: 150, dataIndex: 'createdAt', render: formatDateTime },
          { key: 'waiting', title: t('consult.waiting'), width: 100,
            render: (_: unknown, r) => (r.firstAnsweredAt ? '—' : wait((now - Date.parse(r.createdAt)) / 60000)) },
          { key: 'updatedAt', sortField: 'UPDATED_AT', title: t('consult.lastChange'), width: 150, dataIndex: 'updatedAt', render: formatDateTime },
        ] satisfies DataColumn<Row>[]} />
      <ResponseFigures changes={changes} />
    </div>
  );
}

/** 答疑响应: how fast the viewer's channels answered in a period (the last year by default). */
function ResponseFigures({ changes }: { changes: number }) {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(1, 'year').startOf('day'), dayjs().add(1, 'day').startOf('day')]);
  const [res, refetch] = useQuery({ query: FiguresOp, variables: { from: range[0].toISOString(), to: range[1].toISOString() } });
  useEffect(() => {
    if (changes) refetch({ requestPolicy: 'network-only' });
  }, [changes, refetch]);
  const fig = res.data?.questionFigures;
  const minutes = (v?: number | null) => (v == null ? t('consult.figures.none')
    : v < 1 ? t('consult.lessThanMinute') : t('consult.figures.minutesUnit', { value: Math.round(v) }));
  const en = i18n.language === 'en-US';
  const districts = fig?.byDistrict ?? [];
  return (
    <Card className="section" title={t('consult.figures.title')} data-testid="question-figures"
      extra={<DatePicker.RangePicker allowClear={false} value={range} aria-label={t('consult.figures.period')}
        onChange={(v) => { if (v?.[0] && v[1]) setRange([v[0].startOf('day'), v[1].add(1, 'day').startOf('day')]); }} />}>
      <QueryState fetching={res.fetching && !fig} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {fig && (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.asked')} value={fig.total.asked} /></Col>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.answered')} value={fig.total.answered} /></Col>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.open')} value={fig.total.open} /></Col>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.escalated')} value={fig.total.escalated} /></Col>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.median')} value={minutes(fig.total.medianMinutes)} /></Col>
              <Col xs={12} md={4}><Statistic title={t('consult.figures.p90')} value={minutes(fig.total.p90Minutes)} /></Col>
            </Row>
            {districts.length > 0 && (
              <EChart label={t('consult.figures.byDistrict')} height={280} option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('consult.figures.median'), t('consult.figures.p90')], top: 0, right: 0 },
                grid: { left: 48, right: 16, bottom: en ? 72 : 40, top: 56, containLabel: true },
                xAxis: { type: 'category', data: districts.map((d) => (en ? d.district.nameEn : d.district.nameZh)),
                  axisLabel: { interval: 0, rotate: en ? 30 : 0 } },
                yAxis: { type: 'value', name: t('consult.figures.byDistrict') },
                series: [
                  { name: t('consult.figures.median'), type: 'bar', data: districts.map((d) => d.response.medianMinutes ?? 0) },
                  { name: t('consult.figures.p90'), type: 'bar', data: districts.map((d) => d.response.p90Minutes ?? 0) },
                ],
              }} />
            )}
            <Table size="small" rowKey={(r) => r.user?.id ?? 'hidden'} pagination={false} scroll={{ x: 'max-content' }}
              dataSource={fig.byAnswerer} columns={[
                { key: 'user', title: t('consult.figures.answerer'), render: (_, r) => r.user?.displayName ?? t('consult.figures.hidden') },
                { key: 'answered', title: t('consult.figures.answered'), render: (_, r) => r.response.answered },
                { key: 'median', title: t('consult.figures.median'), render: (_, r) => minutes(r.response.medianMinutes) },
                { key: 'p90', title: t('consult.figures.p90'), render: (_, r) => minutes(r.response.p90Minutes) },
              ]} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
