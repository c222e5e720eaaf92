import { useMemo } from 'react';
import { Button, Select, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { VisitOrderField, VisitStatus, VisitWhereInput } from '../../gql/graphql';
import { DataList, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { formatDate } from '../../app/time';
import { useAuth } from '../../app/auth';
import { ExportButton } from '../exchange/ExportButton';

const VisitsOp = graphql(`
  query Visits($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: VisitWhereInput, $orderBy: VisitOrder) {
    visits(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id kind status scheduledOn heldOn confirmedAt enterprise { id name } } }
    }
  }
`);

const keys = ['status'] as const;
const sortFields: readonly VisitOrderField[] = ['SCHEDULED_ON'];
const latest: Sort<VisitOrderField> = { field: 'SCHEDULED_ON', direction: 'DESC' };
const statuses: VisitStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];

/** 帮扶记录: the visits of the viewer's scope (an enterprise's own), latest first. */
export default function VisitList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const list = useListState({ keys, sortFields, defaultSort: latest });
  const f = list.filters;
  const where = useMemo((): VisitWhereInput => (f.status ? { status: f.status as VisitStatus } : {}), [f]);
  const [res, refetch] = useQuery({ query: VisitsOp, variables: { ...list.pages.vars, where, orderBy: list.sort }, requestPolicy: 'cache-and-network' });
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['visits']['edges']>[number]>['node']>;
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('visit.visits')}</Typography.Title>
        {me?.can.planVisit && <Button onClick={() => navigate('/problems')}>{t('visit.problems')}</Button>}
      </div>
      <DataList extra={<ExportButton what={{ list: { visits: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.visits} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('visit.noVisits')} testId="visit-list"
        filters={<Select allowClear placeholder={t('findings.status')} aria-label={t('findings.status')} style={{ width: 120 }} value={f.status}
          options={statuses.map((s) => ({ value: s, label: t(`visit.status.${s}`) }))} onChange={(v) => list.set({ status: v })} />}
        columns={[
          // An enterprise's own visits need no enterprise column: the kind links.
          ...(me?.enterprise ? [] : [{ key: 'enterprise', title: t('visit.enterprise'), render: (_: unknown, v: Row) => <Link to={`/visits/${v.id}`}>{v.enterprise.name}</Link> }]),
          { key: 'kind', title: t('visit.kindLabel'), width: 110, render: (_: unknown, v) => (me?.enterprise ? <Link to={`/visits/${v.id}`}>{t(`visit.kind.${v.kind}`)}</Link> : t(`visit.kind.${v.kind}`)) },
          { key: 'scheduledOn', sortField: 'SCHEDULED_ON', title: t('visit.scheduledOn'), width: 120, dataIndex: 'scheduledOn', render: formatDate },
          { key: 'status', title: t('findings.status'), width: 200, render: (_: unknown, v) => <>
            <Tag>{t(`visit.status.${v.status}`)}</Tag>{v.confirmedAt && <Tag color="green">{t('visit.confirmed')}</Tag>}</> },
        ] satisfies DataColumn<Row>[]} />
    </div>
  );
}
