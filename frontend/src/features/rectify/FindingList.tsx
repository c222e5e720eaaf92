import { useMemo } from 'react';
import { Checkbox, Select, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChecklistItemCategory, FindingOrderField, FindingSeverity, FindingStatus, FindingWhereInput } from '../../gql/graphql';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { DistrictSelect } from '../admin/DistrictSelect';
import { DueTag } from './DueTag';
import { SeverityTag, findingSeverities } from './SeverityTag';
import { formatDate } from '../../app/time';
import { useFindingText } from './findingText';
import { ExportButton } from '../exchange/ExportButton';

const FindingsOp = graphql(`
  query Findings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {
    findings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id title titleEn status open severity dueAt closedAt createdAt overdue enterprise { id name district { nameZh nameEn } } } }
    }
  }
`);

/** The names behind the ids in the address (task, enterprise), for the filter bar. */
const ScopeNameOp = graphql(`
  query FindingListScope($id: ID!) { node(id: $id) { id ... on InspectionTask { title } ... on Enterprise { name } } }
`);

/** A filter set by a drill-down (an id in the address), shown by its name and removable. */
function IDFilter({ id, label, onClose, testId }: { id: string; label: string; onClose(): void; testId: string }) {
  const { t } = useTranslation();
  const [res] = useQuery({ query: ScopeNameOp, variables: { id } });
  const n = res.data?.node;
  const name = n?.__typename === 'InspectionTask' ? n.title : n?.__typename === 'Enterprise' ? n.name : '…';
  return <Tag closable color="blue" onClose={onClose} data-testid={testId}>{t(label, { title: name })}</Tag>;
}

export interface FindingFilters {
  /** The review queue: what the viewer may review now (the server decides). */
  reviewable?: boolean;
  status?: FindingStatus;
  severity?: FindingSeverity;
  districtID?: string;
  /** Found by the self-checks of this inspection task. */
  taskID?: string;
  /** One enterprise's findings. */
  enterpriseID?: string;
  /** Of the checklist items of one category. */
  category?: ChecklistItemCategory;
  overdue?: boolean;
  /** true: not yet resolved (the server's lifecycle); false: resolved; undefined: both. */
  open?: boolean;
  /** The enterprise's name contains it. */
  q?: string;
}

export function findingWhere(f: FindingFilters): FindingWhereInput {
  const w: FindingWhereInput = {};
  if (f.reviewable) w.viewerCanReview = true;
  if (f.status) w.status = f.status;
  if (f.severity) w.severity = f.severity;
  if (f.overdue) w.overdue = true;
  if (f.open !== undefined) w.open = f.open;
  if (f.taskID) w.hasSelfCheckWith = [{ taskID: f.taskID }];
  if (f.category) w.hasItemWith = [{ category: f.category }];
  const ent = { ...(f.enterpriseID ? { id: f.enterpriseID } : {}), ...(f.districtID ? { districtID: f.districtID } : {}), ...(f.q?.trim() ? { nameContains: f.q.trim() } : {}) };
  if (Object.keys(ent).length) w.hasEnterpriseWith = [ent];
  return w;
}

/** The finding lifecycle's statuses, in workflow order, as the server defines them. */
const LifecycleOp = graphql(`
  query FindingLifecycle { findingLifecycle { statuses { status } } }
`);

const severities = findingSeverities;
const keys = ['queue', 'status', 'severity', 'district', 'task', 'enterprise', 'category', 'overdue', 'open', 'q'] as const;
const sortFields: readonly FindingOrderField[] = ['DUE_AT', 'SEVERITY', 'STATUS', 'CREATED_AT', 'CLOSED_AT'];
// Most urgent first: the nearest deadline; the review queue: the oldest submission.
const byDue: Sort<FindingOrderField> = { field: 'DUE_AT', direction: 'ASC' };
const byWaiting: Sort<FindingOrderField> = { field: 'UPDATED_AT', direction: 'ASC' };

/**
 * 问题清单: findings of the viewer's scope, open ones first by the nearest
 * deadline. With ?queue=1 it is the viewer's review queue (待核查): the
 * findings it may review now (viewerCanReview), oldest submission first.
 * ?task=<id> narrows it to what one inspection task found.
 */
export default function FindingList() {
  const { t, i18n } = useTranslation();
  const text = useFindingText();
  const [params] = useSearchParams();
  const inQueue = params.get('queue') === '1';
  const list = useListState({ keys, sortFields, defaultSort: inQueue ? byWaiting : byDue });
  const p = list.filters;
  const filters: FindingFilters = useMemo(() => {
    if (inQueue) return { reviewable: true };
    const status = p.status as FindingStatus | undefined;
    return {
      status, severity: p.severity as FindingSeverity | undefined,
      districtID: p.district, taskID: p.task, enterpriseID: p.enterprise, category: p.category as ChecklistItemCategory | undefined, overdue: p.overdue === '1',
      // Open findings first by default: the closed ones of past campaigns only when asked.
      open: status || p.open === 'all' ? undefined : true,
      q: p.q,
    };
  }, [p, inQueue]);
  const where = useMemo(() => findingWhere(filters), [filters]);
  const [res, refetch] = useQuery({ query: FindingsOp, variables: { ...list.pages.vars, where, orderBy: list.sort } });
  const [lifecycle] = useQuery({ query: LifecycleOp });
  const statuses = lifecycle.data?.findingLifecycle.statuses ?? [];
  const update = (f: Partial<Record<(typeof keys)[number], string | undefined>>) => list.set({ queue: undefined, ...f });
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['findings']['edges']>[number]>['node']>;
  const columns: DataColumn<Row>[] = [
    { key: 'title', title: t('findings.titleColumn'), render: (_, f) => <Link to={`/findings/${f.id}`}>{text.title(f)}</Link> },
    { key: 'enterprise', title: t('findings.enterprise'), render: (_, f) => <Link to={`/enterprises/${f.enterprise.id}`}>{f.enterprise.name}</Link> },
    { key: 'district', title: t('enterprises.district'), render: (_, f) => (i18n.language === 'en-US' ? f.enterprise.district.nameEn : f.enterprise.district.nameZh) },
    { key: 'severity', sortField: 'SEVERITY', title: t('findings.severity'), render: (_, f) => <SeverityTag severity={f.severity} /> },
    { key: 'status', sortField: 'STATUS', title: t('findings.status'), render: (_, f) => <Tag>{t(`status.${f.status}`)}</Tag> },
    { key: 'createdAt', sortField: 'CREATED_AT', title: t('findings.foundAt'), render: (_, f) => formatDate(f.createdAt) },
    { key: 'dueAt', sortField: 'DUE_AT', title: t('findings.dueAt'), render: (_, f) => (f.open ? <DueTag dueAt={f.dueAt} /> : formatDate(f.dueAt)) },
    { key: 'closedAt', sortField: 'CLOSED_AT', title: t('findings.closedAt'), render: (_, f) => formatDate(f.closedAt) },
  ];
  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{inQueue ? t('findings.queue') : t('findings.title')}</Typography.Title>
      </div>
      <DataList extra={<ExportButton what={{ list: { findings: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.findings} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('findings.empty')} columns={columns} testId="finding-list"
        filters={<>
          {filters.taskID && <IDFilter id={filters.taskID} label="findings.ofTask" onClose={() => update({ task: undefined })} testId="task-filter" />}
          {filters.category && <Tag closable color="blue" onClose={() => update({ category: undefined })} data-testid="category-filter">{t(`category.${filters.category}`)}</Tag>}
          {filters.enterpriseID && <IDFilter id={filters.enterpriseID} label="findings.ofEnterprise" onClose={() => update({ enterprise: undefined })} testId="enterprise-filter" />}
          <ListSearch list={list} name="q" placeholder={t('findings.searchEnterprise')} width={220} />
          <Select allowClear placeholder={t('findings.allStatuses')} aria-label={t('findings.status')} style={{ width: 140 }} value={filters.status}
            options={statuses.map((s) => ({ value: s.status, label: t(`status.${s.status}`) }))} onChange={(v) => update({ status: v })} />
          <Select allowClear placeholder={t('findings.allSeverities')} aria-label={t('findings.severity')} style={{ width: 130 }} value={filters.severity}
            options={severities.map((v) => ({ value: v, label: t(`severity.${v}`) }))} onChange={(v) => update({ severity: v })} />
          <DistrictSelect value={filters.districtID} onChange={(v) => update({ district: v })} />
          <Checkbox checked={!!filters.overdue} onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}>{t('findings.overdueOnly')}</Checkbox>
          {!inQueue && !filters.status && (
            <Checkbox checked={filters.open === undefined} onChange={(e) => update({ open: e.target.checked ? 'all' : undefined })}>{t('findings.includeResolved')}</Checkbox>
          )}
        </>} />
    </div>
  );
}
