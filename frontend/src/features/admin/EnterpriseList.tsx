import { useMemo, useState } from 'react';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import './messages';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { EnterpriseForm } from './EnterpriseForm';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EnterpriseOrderField, EnterprisePermitTier, EnterprisePerformanceGrade, EnterpriseWhereInput, SelfCheckStatus } from '../../gql/graphql';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { DistrictSelect } from './DistrictSelect';
import { ExportButton } from '../exchange/ExportButton';

const EnterprisesOp = graphql(`
  query Enterprises($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {
    enterprises(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges {
        node {
          id name creditCode industryCode industryName permitTier performanceGrade
          district { nameZh nameEn }
          openFindings overdueFindings
        }
      }
    }
  }
`);

export interface EnterpriseFilters {
  districtID?: string;
  permitTier?: EnterprisePermitTier;
  grade?: EnterprisePerformanceGrade;
  industry?: string;
  search?: string;
  /** With taskID: the enterprises whose self-check of that task is in this state; NOT_SUBMITTED: not yet submitted. */
  selfCheck?: SelfCheckStatus | 'NOT_SUBMITTED';
  taskID?: string;
  /** Only the enterprises no training reached yet (to invite them). */
  untrained?: boolean;
}

/** The filter bar as a where input; a search matches names or credit codes. */
export function enterpriseWhere(f: EnterpriseFilters): EnterpriseWhereInput {
  const w: EnterpriseWhereInput = {};
  if (f.districtID) w.districtID = f.districtID;
  if (f.permitTier) w.permitTier = f.permitTier;
  if (f.grade) w.performanceGrade = f.grade;
  if (f.industry?.trim()) w.industryCodeHasPrefix = f.industry.trim();
  const s = f.search?.trim();
  if (s) w.or = [{ nameContains: s }, { creditCodeHasPrefix: s.toUpperCase() }];
  if (f.taskID) {
    const sc = f.selfCheck === 'NOT_SUBMITTED' ? { statusNEQ: 'SUBMITTED' as const } : f.selfCheck ? { status: f.selfCheck } : {};
    w.hasSelfChecksWith = [{ taskID: f.taskID, ...sc }];
  }
  if (f.untrained) w.hasAttendances = false;
  return w;
}

const TaskTitleOp = graphql(`
  query EnterpriseListTask($id: ID!) { node(id: $id) { ... on InspectionTask { id title } } }
`);

const tiers: EnterprisePermitTier[] = ['KEY', 'SIMPLIFIED', 'REGISTRATION', 'NONE'];
const grades: EnterprisePerformanceGrade[] = ['A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'GUARANTEE', 'NONE'];
const keys = ['q', 'district', 'industry', 'tier', 'grade', 'task', 'selfCheck', 'untrained'] as const;
const sortFields: readonly EnterpriseOrderField[] = ['NAME', 'CREDIT_CODE', 'INDUSTRY_CODE', 'PERMIT_TIER', 'PERFORMANCE_GRADE'];
const byName: Sort<EnterpriseOrderField> = { field: 'NAME', direction: 'ASC' };

/**
 * 企业管理: the enterprises of the viewer's scope. Filters and order live in
 * the address (?district=…&tier=…&sort=-PERMIT_TIER); ?task=<id>&selfCheck=…
 * lists a task's enterprises by the state of their self-check (the task
 * page's drill-down to those that have not submitted).
 */
export default function EnterpriseList() {
  const { t, i18n } = useTranslation();
  const list = useListState({ keys, sortFields, defaultSort: byName });
  const p = list.filters;
  const filters: EnterpriseFilters = useMemo(() => ({
    districtID: p.district, permitTier: p.tier as EnterprisePermitTier | undefined, grade: p.grade as EnterprisePerformanceGrade | undefined,
    industry: p.industry, search: p.q, taskID: p.task, selfCheck: p.selfCheck as EnterpriseFilters['selfCheck'],
    untrained: p.untrained === '1',
  }), [p]);
  const where = useMemo(() => enterpriseWhere(filters), [filters]);
  const [res, refetch] = useQuery({
    query: EnterprisesOp,
    variables: { ...list.pages.vars, where, orderBy: list.sort },
  });
  const [task] = useQuery({ query: TaskTitleOp, variables: { id: filters.taskID ?? '' }, pause: !filters.taskID });
  const taskTitle = task.data?.node?.__typename === 'InspectionTask' ? task.data.node.title : undefined;
  const { me } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // A viewer serving one district registers enterprises there by default.
  const ownDistrict = me?.districts.length === 1 ? me.districts[0].id : undefined;
  const initial = useMemo(() => (ownDistrict ? { districtID: ownDistrict } : undefined), [ownDistrict]);
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['enterprises']['edges']>[number]>['node']>;
  const columns: DataColumn<Row>[] = [
    { key: 'name', sortField: 'NAME', title: t('enterprises.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/enterprises/${r.id}`}>{v}</Link> },
    { key: 'creditCode', sortField: 'CREDIT_CODE', title: t('enterprises.creditCode'), dataIndex: 'creditCode' },
    { key: 'district', title: t('enterprises.district'), render: (_, r) => (i18n.language === 'en-US' ? r.district.nameEn : r.district.nameZh) },
    { key: 'industry', sortField: 'INDUSTRY_CODE', title: t('enterprises.industry'), render: (_, r) => `${r.industryCode} ${r.industryName}` },
    { key: 'tier', sortField: 'PERMIT_TIER', title: t('enterprises.permitTier'), render: (_, r) => t(`tier.${r.permitTier}`) },
    { key: 'grade', sortField: 'PERFORMANCE_GRADE', title: t('enterprises.grade'), render: (_, r) => t(`grade.${r.performanceGrade}`) },
    { key: 'open', title: t('enterprises.openFindings'), align: 'right',
      render: (_, r) => (r.openFindings ? <Link to={`/findings?enterprise=${r.id}`}><Tag color="orange">{r.openFindings}</Tag></Link> : 0) },
    { key: 'overdue', title: t('enterprises.overdueFindings'), align: 'right',
      render: (_, r) => (r.overdueFindings ? <Link to={`/findings?enterprise=${r.id}&overdue=1`}><Tag color="red">{r.overdueFindings}</Tag></Link> : 0) },
  ];
  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{t('enterprises.title')}</Typography.Title>
        {me?.can.createEnterprise && (
          <Space wrap>
            <Link to="/enterprises/import"><Button icon={<UploadOutlined />}>{t('registryImport.open')}</Button></Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('admin.newEnterprise')}</Button>
          </Space>
        )}
      </div>
      <EnterpriseForm open={creating} initial={initial}
        onClose={(id) => { setCreating(false); if (id) navigate(`/enterprises/${id}`); }} />
      <DataList extra={<ExportButton what={{ list: { enterprises: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.enterprises} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('enterprises.empty')} columns={columns} testId="enterprise-list"
        filters={<>
          {filters.taskID && (
            <Tag closable color="blue" onClose={() => list.set({ task: undefined, selfCheck: undefined })} data-testid="task-filter">
              {t('enterprises.ofTask', { title: taskTitle ?? '…', state: t(`enterprises.selfCheck.${filters.selfCheck ?? 'ALL'}`) })}
            </Tag>
          )}
          {filters.untrained && (
            <Tag closable color="blue" onClose={() => list.set({ untrained: undefined })} data-testid="untrained-filter">{t('enterprises.untrained')}</Tag>
          )}
          <ListSearch list={list} name="q" placeholder={t('enterprises.search')} width={280} />
          <DistrictSelect value={filters.districtID} onChange={(v) => list.set({ district: v })} />
          {/* Shows the address's prefix (back, a chart's link) and sets it on search. */}
          <ListSearch list={list} name="industry" placeholder={t('enterprises.industryCode')} width={170} />
          <Select allowClear placeholder={t('enterprises.allTiers')} aria-label={t('enterprises.permitTier')} style={{ width: 140 }} value={filters.permitTier}
            options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))} onChange={(v) => list.set({ tier: v })} />
          <Select allowClear placeholder={t('enterprises.allGrades')} aria-label={t('enterprises.grade')} style={{ width: 130 }} value={filters.grade}
            options={grades.map((v) => ({ value: v, label: t(`grade.${v}`) }))} onChange={(v) => list.set({ grade: v })} />
        </>} />
    </div>
  );
}
