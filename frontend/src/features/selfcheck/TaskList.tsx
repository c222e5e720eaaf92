import { useMemo } from 'react';
import { Button, Checkbox, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InspectionTaskOrderField, InspectionTaskStatus, InspectionTaskWhereInput } from '../../gql/graphql';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { formatDate } from '../../app/time';
import { useAuth } from '../../app/auth';
import { ExportButton } from '../exchange/ExportButton';

const TasksOp = graphql(`
  query InspectionTasks($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: InspectionTaskWhereInput, $orderBy: InspectionTaskOrder) {
    inspectionTasks(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }
    }
  }
`);

const keys = ['q', 'status'] as const;
const sortFields: readonly InspectionTaskOrderField[] = ['TITLE', 'ISSUED_AT', 'DUE_AT'];
const newest: Sort<InspectionTaskOrderField> = { field: 'ISSUED_AT', direction: 'DESC' };
const running: InspectionTaskStatus = 'OPEN';

/** 自查任务: the tasks issued in the viewer's scope, newest first. */
export default function TaskList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const list = useListState({ keys, sortFields, defaultSort: newest });
  const { q, status } = list.filters;
  const where = useMemo((): InspectionTaskWhereInput => ({
    ...(q?.trim() ? { titleContains: q.trim() } : {}),
    ...(status ? { status: status as InspectionTaskStatus } : {}),
  }), [q, status]);
  const [res, refetch] = useQuery({ query: TasksOp, variables: { ...list.pages.vars, where, orderBy: list.sort } });
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['inspectionTasks']['edges']>[number]>['node']>;
  const columns: DataColumn<Row>[] = [
    { key: 'title', sortField: 'TITLE', title: t('tasks.name'), dataIndex: 'title', render: (v: string, r) => <Link to={`/tasks/${r.id}`}>{v}</Link> },
    { key: 'template', title: t('tasks.template'), render: (_, r) => `${r.template.name} v${r.template.version}` },
    { key: 'enterprises', title: t('tasks.enterprises'), align: 'right', render: (_, r) => r.selfChecks.totalCount },
    { key: 'issuedAt', sortField: 'ISSUED_AT', title: t('tasks.issuedAt'), render: (_, r) => formatDate(r.issuedAt) },
    { key: 'dueAt', sortField: 'DUE_AT', title: t('tasks.dueAt'), render: (_, r) => formatDate(r.dueAt) },
    { key: 'status', title: t('tasks.status'), render: (_, r) => <Tag color={r.status === 'OPEN' ? 'green' : undefined}>{t(`tasks.${r.status}`)}</Tag> },
  ];
  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('tasks.title')}</Typography.Title>
        {me?.can.issueTask && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tasks/new')}>{t('tasks.issue')}</Button>}
      </div>
      <DataList extra={<ExportButton what={{ list: { tasks: { where, orderBy: list.sort } } }} />} list={list} conn={res.data?.inspectionTasks} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('tasks.empty')} columns={columns} testId="task-list"
        filters={<>
          <ListSearch list={list} name="q" placeholder={t('tasks.search')} width={240} />
          <Checkbox checked={status === running} onChange={(e) => list.set({ status: e.target.checked ? running : undefined })}>{t('tasks.runningOnly')}</Checkbox>
        </>} />
    </div>
  );
}
