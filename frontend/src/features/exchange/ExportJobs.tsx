import { useCallback, useEffect, useRef } from 'react';
import { Button, Drawer, List, Progress, Tag, Typography, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ExportJobsQuery } from '../../gql/graphql';
import { download } from '../../app/download';
import { formatDateTime } from '../../app/time';
import { QueryState } from '../../components/QueryState';
import './messages';

const ExportJobsOp = graphql(`
  query ExportJobs {
    exportJobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { id list format status progress rows total fileName url error createdAt expiresAt } }
    }
  }
`);

const ExportJobUpdatedOp = graphql(`
  subscription ExportJobUpdated($id: ID!) { exportJobUpdated(id: $id) { id status progress rows total url error } }
`);

type Job = NonNullable<NonNullable<NonNullable<ExportJobsQuery['exportJobs']['edges']>[number]>['node']>;
const colors = { RUNNING: 'processing', DONE: 'success', FAILED: 'error' } as const;

/** A running export's progress, live; the list is read again once, when it ends. */
function Running({ job, onEnd }: { job: Job; onEnd(): void }) {
  const [res] = useSubscription({ query: ExportJobUpdatedOp, variables: { id: job.id } });
  const live = res.data?.exportJobUpdated ?? job;
  const ended = useRef(false);
  useEffect(() => {
    if (live.status !== 'RUNNING' && !ended.current) {
      ended.current = true;
      onEnd();
    }
  }, [live.status, onEnd]);
  const { t } = useTranslation();
  if (live.status === 'DONE' && live.url) {
    const url = live.url;
    return (
      <div>
        {t('exchange.rows', { rows: live.rows, total: live.total })}{' '}
        <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => { download(url).catch(() => void message.error(t('errors.NETWORK'))); }}>
          {t('exchange.download')}
        </Button>
      </div>
    );
  }
  if (live.status === 'FAILED') return <Typography.Text type="danger">{live.error}</Typography.Text>;
  return (
    <div style={{ minWidth: 200 }} data-testid="export-progress">
      <Progress percent={live.progress} size="small" status="active" />
      <Typography.Text type="secondary">{t('exchange.rows', { rows: live.rows, total: live.total })}</Typography.Text>
    </div>
  );
}

/** The viewer's exports, newest first, with progress and downloads (files kept 7 days). */
export function ExportJobs() {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: ExportJobsOp, requestPolicy: 'cache-and-network' });
  const jobs = (res.data?.exportJobs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return (
    <QueryState fetching={res.fetching && !res.data} error={res.error} retry={reload}>
      <Typography.Paragraph type="secondary">{t('exchange.kept')}</Typography.Paragraph>
      <List data-testid="export-jobs" dataSource={jobs} locale={{ emptyText: t('exchange.empty') }}
        renderItem={(j) => (
          <List.Item key={j.id} actions={j.status === 'DONE' && j.url ? [
            <Button key="dl" type="link" icon={<DownloadOutlined />}
              onClick={() => { download(j.url!).catch(() => void message.error(t('errors.NETWORK'))); }}>{t('exchange.download')}</Button>,
          ] : []}>
            <List.Item.Meta
              title={<>{t(`exchange.list.${j.list}`)} <Tag color={colors[j.status]}>{t(`exchange.status.${j.status}`)}</Tag></>}
              description={<>
                <div style={{ overflowWrap: 'anywhere' }}>{j.fileName}</div>
                <div>{formatDateTime(j.createdAt)}</div>
                {j.status === 'RUNNING' && <Running job={j} onEnd={reload} />}
                {j.status === 'DONE' && <div>{t('exchange.rows', { rows: j.rows, total: j.total })} · {t('exchange.expires', { time: formatDateTime(j.expiresAt) })}</div>}
                {j.status === 'FAILED' && <Typography.Text type="danger">{j.error}</Typography.Text>}
              </>} />
          </List.Item>
        )} />
    </QueryState>
  );
}

/** The exports in a drawer beside the list that started one. */
export function ExportJobsDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} title={t('exchange.jobs')} width="min(520px, 100vw)" destroyOnClose>
      {open && <ExportJobs />}
    </Drawer>
  );
}

/** 导出任务: the page a finished export's notification links to. */
export default function ExportJobsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <div className="page-head"><Typography.Title level={3}>{t('exchange.title')}</Typography.Title></div>
      <ExportJobs />
    </div>
  );
}
