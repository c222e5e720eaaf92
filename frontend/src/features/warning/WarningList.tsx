import { useMemo } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { WarningLevel, WarningOrderField, WarningStatus, WarningWhereInput } from '../../gql/graphql';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { DistrictSelect } from '../admin/DistrictSelect';
import { formatDateTime } from '../../app/time';
import { useAuth } from '../../app/auth';
import { access } from '../../app/access';
import { LevelTag } from './LevelTag';
import { ExportButton } from '../exchange/ExportButton';

const WarningsOp = graphql(`
  query Warnings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningWhereInput, $orderBy: WarningOrder) {
    warnings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }
    }
  }
`);

const keys = ['q', 'status', 'level', 'district'] as const;
const sortFields: readonly WarningOrderField[] = ['EFFECTIVE_FROM', 'LEVEL'];
const newest: Sort<WarningOrderField> = { field: 'EFFECTIVE_FROM', direction: 'DESC' };
const statuses: WarningStatus[] = ['DRAFT', 'ACTIVE', 'LIFTED'];
const levels: WarningLevel[] = ['YELLOW', 'ORANGE', 'RED'];

/** 重污染天气预警: the warnings in the viewer's scope, newest first. */
export default function WarningList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const may = access(me);
  const list = useListState({ keys, sortFields, defaultSort: newest });
  const f = list.filters;
  const where = useMemo((): WarningWhereInput => ({
    ...(f.q?.trim() ? { titleContains: f.q.trim() } : {}),
    ...(f.status ? { status: f.status as WarningStatus } : {}),
    ...(f.level ? { level: f.level as WarningLevel } : {}),
    ...(f.district ? { hasDistrictsWith: [{ id: f.district }] } : {}),
  }), [f]);
  const [res, refetch] = useQuery({ query: WarningsOp, variables: { ...list.pages.vars, where, orderBy: list.sort }, requestPolicy: 'cache-and-network' });
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['warnings']['edges']>[number]>['node']>;
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('warning.title')}</Typography.Title>
        <Space wrap>
          {may.planImport && <Button onClick={() => navigate('/warnings/plans')}>{t('warning.plans.title')}</Button>}
          {may.warningChannels && <Button onClick={() => navigate('/warnings/channels')}>{t('warning.channels.title')}</Button>}
          {may.newWarning && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/warnings/new')}>{t('warning.newDraft')}</Button>}
        </Space>
      </div>
      <DataList extra={<ExportButton what={{ list: { warnings: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.warnings} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('warning.empty')} testId="warning-list"
        filters={<>
          <ListSearch list={list} name="q" placeholder={t('warning.search')} width={220} />
          <Select allowClear placeholder={t('warning.allStatuses')} aria-label={t('findings.status')} style={{ width: 120 }} value={f.status}
            options={statuses.map((v) => ({ value: v, label: t(`warning.status.${v}`) }))} onChange={(v) => list.set({ status: v })} />
          <Select allowClear placeholder={t('warning.allLevels')} aria-label={t('warning.fields.level')} style={{ width: 120 }} value={f.level}
            options={levels.map((v) => ({ value: v, label: t(`warning.level.${v}`) }))} onChange={(v) => list.set({ level: v })} />
          <DistrictSelect value={f.district} onChange={(v) => list.set({ district: v })} />
        </>}
        columns={[
            { key: 'title', title: t('warning.fields.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/warnings/${r.id}`}>{v}</Link> },
            { key: 'level', sortField: 'LEVEL', title: t('warning.fields.level'), dataIndex: 'level', width: 110,
              render: (v: string) => <LevelTag level={v} /> },
            { key: 'status', title: t('findings.status'), dataIndex: 'status', width: 90, render: (v: string) => t(`warning.status.${v}`) },
            { title: t('warning.districtsColumn'), key: 'districts', width: 200,
              render: (_: unknown, r) => (r.districts ?? []).map((d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh)).join(t('warning.listSep')) },
            { key: 'effectiveFrom', sortField: 'EFFECTIVE_FROM', title: t('warning.fields.effectiveFrom'), dataIndex: 'effectiveFrom', width: 150, render: formatDateTime },
            { title: t('warning.fields.end'), key: 'end', width: 150,
              // A lifted warning's end is when it was lifted (maybe before its start).
              render: (_: unknown, r) => (r.status === 'LIFTED' && r.effectiveTo ? t('warning.fields.lifted', { time: formatDateTime(r.effectiveTo) }) : formatDateTime(r.effectiveTo)) },
        ] satisfies DataColumn<Row>[]} />
    </div>
  );
}
