import { Button, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { Pager } from '../../components/Pager';
import { useCursorPages } from '../../components/useCursorPages';
import { formatDate } from '../../app/time';
import { useAuth } from '../../app/auth';

const TasksOp = graphql(`
  query InspectionTasks($first: Int!, $after: Cursor) {
    inspectionTasks(first: $first, after: $after, orderBy: { field: ISSUED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }
    }
  }
`);

/** 自查任务: the tasks issued in the viewer's scope, newest first. */
export default function TaskList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const pages = useCursorPages(20);
  const [res, refetch] = useQuery({ query: TasksOp, variables: { first: 20, after: pages.after } });
  const conn = res.data?.inspectionTasks;
  const rows = conn?.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('tasks.title')}</Typography.Title>
        {me?.can.issueTask && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tasks/new')}>{t('tasks.issue')}</Button>}
      </div>
      <QueryState fetching={res.fetching && !conn} error={res.error} empty={false} retry={() => refetch()}>
        <Table rowKey="id" dataSource={rows} pagination={false} size="middle" loading={res.fetching}
          locale={{ emptyText: t('tasks.empty') }}
          columns={[
            { title: t('tasks.name'), dataIndex: 'title', render: (v: string, r) => <Link to={`/tasks/${r.id}`}>{v}</Link> },
            { title: t('tasks.template'), render: (_, r) => `${r.template.name} v${r.template.version}` },
            { title: t('tasks.enterprises'), render: (_, r) => r.selfChecks.totalCount },
            { title: t('tasks.issuedAt'), render: (_, r) => formatDate(r.issuedAt) },
            { title: t('tasks.dueAt'), render: (_, r) => formatDate(r.dueAt) },
            { title: t('tasks.status'), render: (_, r) => <Tag color={r.status === 'OPEN' ? 'green' : undefined}>{t(`tasks.${r.status}`)}</Tag> },
          ]} />
        <Pager page={pages.page} pageSize={pages.pageSize} total={conn?.totalCount ?? 0} hasNext={!!conn?.pageInfo.hasNextPage}
          onPrev={pages.prev} onNext={() => pages.next(conn?.pageInfo.endCursor)} />
      </QueryState>
    </div>
  );
}
