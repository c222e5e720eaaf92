import { useMemo, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { EnterpriseForm } from './EnterpriseForm';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EnterpriseOrderField, EnterprisePermitTier, EnterprisePerformanceGrade, EnterpriseWhereInput, OrderDirection } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { Pager } from '../../components/Pager';
import { useCursorPages } from '../../components/useCursorPages';
import { DistrictSelect } from './DistrictSelect';

const EnterprisesOp = graphql(`
  query Enterprises($first: Int!, $after: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {
    enterprises(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
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
  return w;
}

const tiers: EnterprisePermitTier[] = ['KEY', 'SIMPLIFIED', 'REGISTRATION', 'NONE'];
const grades: EnterprisePerformanceGrade[] = ['A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'GUARANTEE', 'NONE'];

export default function EnterpriseList() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<EnterpriseFilters>({});
  const [order, setOrder] = useState<{ field: EnterpriseOrderField; direction: OrderDirection }>({ field: 'NAME', direction: 'ASC' });
  const pages = useCursorPages(20);
  const where = useMemo(() => enterpriseWhere(filters), [filters]);
  const [res, refetch] = useQuery({
    query: EnterprisesOp,
    variables: { first: pages.pageSize, after: pages.after, where, orderBy: order },
  });
  const conn = res.data?.enterprises;
  const rows = conn?.edges?.map((e) => e!.node!) ?? [];
  const { me } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // A viewer serving one district registers enterprises there by default.
  const ownDistrict = me?.districts.length === 1 ? me.districts[0].id : undefined;
  const initial = useMemo(() => (ownDistrict ? { districtID: ownDistrict } : undefined), [ownDistrict]);
  const update = (f: Partial<EnterpriseFilters>) => {
    setFilters((old) => ({ ...old, ...f }));
    pages.reset();
  };
  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{t('enterprises.title')}</Typography.Title>
        {me?.can.createEnterprise && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('admin.newEnterprise')}</Button>}
      </div>
      <EnterpriseForm open={creating} initial={initial}
        onClose={(id) => { setCreating(false); if (id) navigate(`/enterprises/${id}`); }} />
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enterprises.search')} aria-label={t('enterprises.search')} style={{ width: 280 }}
          onSearch={(v) => update({ search: v })} />
        <DistrictSelect value={filters.districtID} onChange={(v) => update({ districtID: v })} />
        <Input allowClear placeholder={t('enterprises.industryCode')} aria-label={t('enterprises.industryCode')} style={{ width: 150 }}
          onChange={(e) => update({ industry: e.target.value })} />
        <Select allowClear placeholder={t('enterprises.allTiers')} aria-label={t('enterprises.permitTier')} style={{ width: 140 }}
          options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))} onChange={(v) => update({ permitTier: v })} />
        <Select allowClear placeholder={t('enterprises.allGrades')} aria-label={t('enterprises.grade')} style={{ width: 130 }}
          options={grades.map((v) => ({ value: v, label: t(`grade.${v}`) }))} onChange={(v) => update({ grade: v })} />
      </Space>
      <QueryState fetching={res.fetching} error={res.error} retry={() => refetch()}>
        <Table
          rowKey="id"
          size="middle"
          loading={res.fetching}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('enterprises.empty') }}
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = (s?.order ? s.columnKey : 'name') === 'creditCode' ? 'CREDIT_CODE' : 'NAME';
            setOrder({ field, direction: s?.order === 'descend' ? 'DESC' : 'ASC' });
            pages.reset();
          }}
          columns={[
            { key: 'name', title: t('enterprises.name'), dataIndex: 'name', sorter: true,
              render: (v: string, r) => <Link to={`/enterprises/${r.id}`}>{v}</Link> },
            { key: 'creditCode', title: t('enterprises.creditCode'), dataIndex: 'creditCode', sorter: true },
            { key: 'district', title: t('enterprises.district'), render: (_, r) => (i18n.language === 'en-US' ? r.district.nameEn : r.district.nameZh) },
            { key: 'industry', title: t('enterprises.industry'), render: (_, r) => `${r.industryCode} ${r.industryName}` },
            { key: 'tier', title: t('enterprises.permitTier'), render: (_, r) => t(`tier.${r.permitTier}`) },
            { key: 'grade', title: t('enterprises.grade'), render: (_, r) => t(`grade.${r.performanceGrade}`) },
            { key: 'open', title: t('enterprises.openFindings'), align: 'right',
              render: (_, r) => (r.openFindings ? <Tag color="orange">{r.openFindings}</Tag> : 0) },
            { key: 'overdue', title: t('enterprises.overdueFindings'), align: 'right',
              render: (_, r) => (r.overdueFindings ? <Tag color="red">{r.overdueFindings}</Tag> : 0) },
          ]}
        />
        <Pager page={pages.page} pageSize={pages.pageSize} total={conn?.totalCount ?? 0} hasNext={!!conn?.pageInfo.hasNextPage}
          onPrev={pages.prev} onNext={() => pages.next(conn?.pageInfo.endCursor)} />
      </QueryState>
    </div>
  );
}
