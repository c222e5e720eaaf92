import { Button, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { Pager } from '../../components/Pager';
import { useCursorPages } from '../../components/useCursorPages';
import { formatDateTime } from '../../app/time';
import { useAuth } from '../../app/auth';
import { access } from '../../app/access';
import { LevelTag } from './LevelTag';

const WarningsOp = graphql(`
  query Warnings($first: Int!, $after: Cursor) {
    warnings(first: $first, after: $after, orderBy: { field: EFFECTIVE_FROM, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }
    }
  }
`);

/** 重污染天气预警: the warnings in the viewer's scope, newest first. */
export default function WarningList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const may = access(me);
  const pages = useCursorPages(20);
  const [res, refetch] = useQuery({ query: WarningsOp, variables: { first: 20, after: pages.after }, requestPolicy: 'cache-and-network' });
  const conn = res.data?.warnings;
  const rows = conn?.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('warning.title')}</Typography.Title>
        <Space>
          {may.planImport && <Button onClick={() => navigate('/warnings/plans')}>{t('warning.plans.title')}</Button>}
          {may.warningChannels && <Button onClick={() => navigate('/warnings/channels')}>{t('warning.channels.title')}</Button>}
          {may.newWarning && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/warnings/new')}>{t('warning.newDraft')}</Button>}
        </Space>
      </div>
      <QueryState fetching={res.fetching && !conn} error={res.error} empty={false} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <Table rowKey="id" dataSource={rows} pagination={false} size="middle" loading={res.fetching} scroll={{ x: 800 }}
          locale={{ emptyText: t('warning.empty') }}
          columns={[
            { title: t('warning.fields.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/warnings/${r.id}`}>{v}</Link> },
            { title: t('warning.fields.level'), dataIndex: 'level', width: 110,
              render: (v: string) => <LevelTag level={v} /> },
            { title: t('findings.status'), dataIndex: 'status', width: 90, render: (v: string) => t(`warning.status.${v}`) },
            { title: t('warning.districtsColumn'), key: 'districts', width: 200,
              render: (_: unknown, r) => (r.districts ?? []).map((d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh)).join(t('warning.listSep')) },
            { title: t('warning.fields.effectiveFrom'), dataIndex: 'effectiveFrom', width: 150, render: formatDateTime },
            { title: t('warning.fields.end'), key: 'end', width: 150,
              // A lifted warning's end is when it was lifted (maybe before its start).
              render: (_: unknown, r) => (r.status === 'LIFTED' && r.effectiveTo ? t('warning.fields.lifted', { time: formatDateTime(r.effectiveTo) }) : formatDateTime(r.effectiveTo)) },
          ]} />
        <Pager page={pages.page} pageSize={pages.pageSize} total={conn?.totalCount ?? 0} hasNext={!!conn?.pageInfo.hasNextPage}
          onPrev={pages.prev} onNext={() => pages.next(conn?.pageInfo.endCursor)} />
      </QueryState>
    </div>
  );
}
