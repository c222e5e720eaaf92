import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Input, Select, Space, Table, Tag, Typography, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { downloadLedger } from './exportLedger';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FindingSeverity, FindingStatus, FindingWhereInput } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { Pager } from '../../components/Pager';
import { useCursorPages } from '../../components/useCursorPages';
import { DistrictSelect } from '../enterprises/DistrictSelect';
import { DueTag } from './DueTag';
import { SeverityTag } from './SeverityTag';
import { formatDate } from '../../app/time';

const FindingsOp = graphql(`
  query Findings($first: Int!, $after: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {
    findings(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status open severity dueAt overdue enterprise { id name district { nameZh nameEn } } } }
    }
  }
`);

export interface FindingFilters {
  /** The review queue: what the viewer may review now (the server decides). */
  reviewable?: boolean;
  status?: FindingStatus;
  severity?: FindingSeverity;
  districtID?: string;
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
  const ent = { ...(f.districtID ? { districtID: f.districtID } : {}), ...(f.q?.trim() ? { nameContains: f.q.trim() } : {}) };
  if (Object.keys(ent).length) w.hasEnterpriseWith = [ent];
  return w;
}

/** The finding lifecycle's statuses, in workflow order, as the server defines them. */
const LifecycleOp = graphql(`
  query FindingLifecycle { findingLifecycle { statuses { status } } }
`);

const severities: FindingSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * 问题清单: findings of the viewer's scope, nearest deadline first. With
 * ?queue=1 it is the viewer's review queue (待核查): the findings it may
 * review now (viewerCanReview), oldest submission first.
 */
export default function FindingList() {
  const { t, i18n } = useTranslation();
  // The filters are the address's: back, reload and a shared link restore them.
  const [params, setParams] = useSearchParams();
  const inQueue = params.get('queue') === '1';
  const filters: FindingFilters = useMemo(() => {
    if (inQueue) return { reviewable: true };
    const status = (params.get('status') as FindingStatus | null) ?? undefined;
    const all = params.get('open') === 'all';
    return {
      status, severity: (params.get('severity') as FindingSeverity | null) ?? undefined,
      districtID: params.get('district') ?? undefined, overdue: params.get('overdue') === '1',
      // Open findings first by default: the closed ones of past campaigns only when asked.
      open: status || all ? undefined : true,
      q: params.get('q') ?? undefined,
    };
  }, [params, inQueue]);
  const queue = !!filters.reviewable;
  const [exporting, setExporting] = useState(false);
  const pages = useCursorPages(20);
  const where = useMemo(() => findingWhere(filters), [filters]);
  const orderBy = queue ? { field: 'UPDATED_AT' as const, direction: 'ASC' as const } : { field: 'DUE_AT' as const, direction: 'ASC' as const };
  const [res, refetch] = useQuery({ query: FindingsOp, variables: { first: pages.pageSize, after: pages.after, where, orderBy } });
  const conn = res.data?.findings;
  const [lifecycle] = useQuery({ query: LifecycleOp });
  const statuses = lifecycle.data?.findingLifecycle.statuses ?? [];
  const [typed, setTyped] = useState(filters.q ?? '');
  useEffect(() => setTyped(filters.q ?? ''), [filters.q]);
  const { reset } = pages;
  useEffect(() => reset(), [filters, reset]);
  const update = (f: Record<string, string | undefined>) => {
    setParams((p) => {
      const n = new URLSearchParams(p);
      n.delete('queue');
      for (const [k, v] of Object.entries(f)) { if (v) n.set(k, v); else n.delete(k); }
      return n;
    });
  };
  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{queue ? t('findings.queue') : t('findings.title')}</Typography.Title>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={async () => {
          setExporting(true);
          try { await downloadLedger(filters); } catch { void message.error(t('errors.NETWORK')); } finally { setExporting(false); }
        }}>{t('findings.export')}</Button>
      </div>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('findings.searchEnterprise')} aria-label={t('findings.searchEnterprise')} style={{ width: 220 }}
          value={typed} onChange={(e) => setTyped(e.target.value)} onSearch={(v) => update({ q: v.trim() || undefined })} />
        <Select allowClear placeholder={t('findings.allStatuses')} aria-label={t('findings.status')} style={{ width: 140 }} value={filters.status}
          options={statuses.map((s) => ({ value: s.status, label: t(`status.${s.status}`) }))} onChange={(v) => update({ status: v })} />
        <Select allowClear placeholder={t('findings.allSeverities')} aria-label={t('findings.severity')} style={{ width: 130 }} value={filters.severity}
          options={severities.map((v) => ({ value: v, label: t(`severity.${v}`) }))} onChange={(v) => update({ severity: v })} />
        <DistrictSelect value={filters.districtID} onChange={(v) => update({ district: v })} />
        <Checkbox checked={!!filters.overdue} onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}>{t('findings.overdueOnly')}</Checkbox>
        {!queue && !filters.status && (
          <Checkbox checked={filters.open === undefined} onChange={(e) => update({ open: e.target.checked ? 'all' : undefined })}>{t('findings.includeResolved')}</Checkbox>
        )}
      </Space>
      <QueryState fetching={res.fetching} error={res.error} retry={() => refetch()}>
        <Table rowKey="id" size="middle" pagination={false} loading={res.fetching}
          dataSource={conn?.edges?.map((e) => e!.node!) ?? []}
          locale={{ emptyText: t('findings.empty') }}
          columns={[
            { title: t('findings.title'), render: (_, f) => <Link to={`/findings/${f.id}`}>{f.title}</Link> },
            { title: t('findings.enterprise'), render: (_, f) => <Link to={`/enterprises/${f.enterprise.id}`}>{f.enterprise.name}</Link> },
            { title: t('enterprises.district'), render: (_, f) => (i18n.language === 'en-US' ? f.enterprise.district.nameEn : f.enterprise.district.nameZh) },
            { title: t('findings.severity'), render: (_, f) => <SeverityTag severity={f.severity} /> },
            { title: t('findings.status'), render: (_, f) => <Tag>{t(`status.${f.status}`)}</Tag> },
            { title: t('findings.dueAt'), render: (_, f) => (f.open ? <DueTag dueAt={f.dueAt} /> : formatDate(f.dueAt)) },
          ]} />
        <Pager page={pages.page} pageSize={pages.pageSize} total={conn?.totalCount ?? 0} hasNext={!!conn?.pageInfo.hasNextPage}
          onPrev={pages.prev} onNext={() => pages.next(conn?.pageInfo.endCursor)} />
      </QueryState>
    </div>
  );
}
