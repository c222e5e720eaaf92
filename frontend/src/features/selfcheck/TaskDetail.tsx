import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Progress, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../app/errors';
import { endOfDayShanghai, formatDate } from '../../app/time';
import { DateField } from '../../components/DateField';

const TaskOp = graphql(`
  query InspectionTask($id: ID!) {
    node(id: $id) {
      ... on InspectionTask {
        id title description status issuedAt dueAt closedAt
        viewerCan { extend close }
        template { name version }
        issuedBy { displayName }
      }
    }
    taskProgress(taskID: $id) {
      total notStarted inProgress submitted submittedShare
      byDistrict { district { id nameZh nameEn } total notStarted inProgress submitted submittedShare }
    }
    rectificationFigures(taskID: $id) {
      findings closedFindings openFindings overdueFindings rectificationRate onTimeRate meanDaysToClose
    }
  }
`);

const ExtendTaskOp = graphql(`
  mutation ExtendInspectionTask($id: ID!, $dueAt: Time!) { extendInspectionTask(id: $id, dueAt: $dueAt) { id dueAt } }
`);
const CloseTaskOp = graphql(`
  mutation CloseInspectionTask($id: ID!) { closeInspectionTask(id: $id) { id status closedAt viewerCan { extend close } } }
`);

const pct = (x: number) => Math.round(x * 1000) / 10;

/** A figure that opens the list it counts. */
function StatLink({ to, title, value }: { to: string; title: string; value: number }) {
  return <Link to={to} className="stat-link"><Statistic title={title} value={value} /></Link>;
}

/** 任务进度: who has submitted, by district, and what the task found. */
export default function TaskDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: TaskOp, variables: { id } });
  const [extending, extend] = useMutation(ExtendTaskOp);
  const [closing, close] = useMutation(CloseTaskOp);
  const [due, setDue] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const task = res.data?.node?.__typename === 'InspectionTask' ? res.data.node : null;
  const p = res.data?.taskProgress;
  const f = res.data?.rectificationFigures;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const name = (d: { nameZh: string; nameEn: string }) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh);
  /** The task's enterprises (in a district, by the state of their self-check) in the enterprise list. */
  const ents = (state?: string, district?: string) =>
    `/enterprises?task=${id}${state ? `&selfCheck=${state}` : ''}${district ? `&district=${district}` : ''}`;
  return (
    <div className="page">
      <QueryState fetching={res.fetching && !task} error={res.error} empty={!task} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {task && p && f && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{task.title}</Typography.Title>
              <Tag color={task.status === 'OPEN' ? 'green' : undefined}>{t(`tasks.${task.status}`)}</Tag>
            </div>
            <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('tasks.template')}>{task.template.name} v{task.template.version}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.issuedAt')}>{formatDate(task.issuedAt)}{task.issuedBy ? ` · ${task.issuedBy.displayName}` : ''}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.dueAt')}>{formatDate(task.dueAt)}</Descriptions.Item>
            </Descriptions>
            {task.description && <Typography.Paragraph className="section">{task.description}</Typography.Paragraph>}
            {error && <Alert type="error" showIcon title={error} className="section" />}
            {(task.viewerCan.extend || task.viewerCan.close) && (
              <Space wrap className="section">
                {task.viewerCan.extend && (
                  <>
                    <DateField value={due} onChange={setDue} placeholder={t('tasks.newDue')} aria-label={t('tasks.newDue')}
                      disabledDate={(d) => !d.isAfter(dayjs(task.dueAt), 'day')} />
                    <Button loading={extending.fetching} disabled={!due} onClick={async () => {
                      setError(null);
                      const r = await extend({ id, dueAt: endOfDayShanghai(due!.format('YYYY-MM-DD')) });
                      if (r.error) setError(errorMessage(r.error, t)); else { setDue(null); reload(); }
                    }}>{t('tasks.extend')}</Button>
                  </>
                )}
                {task.viewerCan.close && (
                  <Popconfirm title={t('tasks.closeConfirm')} onConfirm={async () => {
                    setError(null);
                    const r = await close({ id });
                    if (r.error) setError(errorMessage(r.error, t)); else reload();
                  }}>
                    <Button danger loading={closing.fetching}>{t('tasks.close')}</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
            <Card size="small" title={t('tasks.progress')} className="section">
              {/* Every figure opens the enterprises it counts (the task's non-submitters among them). */}
              <Space size="large" wrap>
                <StatLink to={ents()} title={t('tasks.enterprises')} value={p.total} />
                <StatLink to={ents('SUBMITTED')} title={t('tasks.submitted')} value={p.submitted} />
                <StatLink to={ents('IN_PROGRESS')} title={t('tasks.inProgress')} value={p.inProgress} />
                <StatLink to={ents('NOT_STARTED')} title={t('tasks.notStarted')} value={p.notStarted} />
                <Statistic title={t('tasks.submittedShare')} value={pct(p.submittedShare)} suffix="%" />
              </Space>
              <div className="section"><Link to={ents('NOT_SUBMITTED')} data-testid="non-submitters">{t('tasks.notSubmittedList')}（{p.total - p.submitted}）</Link></div>
              <Table rowKey={(r) => r.district.id} size="small" pagination={false} dataSource={p.byDistrict} className="section"
                columns={[
                  { title: t('enterprises.district'), render: (_, r) => name(r.district) },
                  { title: t('tasks.enterprises'), render: (_, r) => <Link to={ents(undefined, r.district.id)}>{r.total}</Link> },
                  { title: t('tasks.submitted'), render: (_, r) => <Link to={ents('SUBMITTED', r.district.id)}>{r.submitted}</Link> },
                  { title: t('tasks.inProgress'), render: (_, r) => <Link to={ents('IN_PROGRESS', r.district.id)}>{r.inProgress}</Link> },
                  { title: t('tasks.notStarted'), render: (_, r) => <Link to={ents('NOT_STARTED', r.district.id)}>{r.notStarted}</Link> },
                  { title: t('tasks.submittedShare'), render: (_, r) => <Progress percent={pct(r.submittedShare)} size="small" /> },
                ]} />
            </Card>
            <Card size="small" title={t('tasks.findings')} className="section">
              <Space size="large" wrap>
                <StatLink to={`/findings?task=${task.id}&open=all`} title={t('dashboard.findings')} value={f.findings} />
                <StatLink to={`/findings?task=${task.id}&status=CLOSED`} title={t('dashboard.closed')} value={f.closedFindings} />
                <StatLink to={`/findings?task=${task.id}`} title={t('dashboard.open')} value={f.openFindings} />
                <StatLink to={`/findings?task=${task.id}&overdue=1`} title={t('dashboard.overdue')} value={f.overdueFindings} />
                <Statistic title={t('dashboard.rate')} value={pct(f.rectificationRate)} suffix="%" />
                <Statistic title={t('tasks.onTimeRate')} value={pct(f.onTimeRate)} suffix="%" />
                <Statistic title={t('tasks.meanDays')} value={f.meanDaysToClose == null ? '—' : f.meanDaysToClose.toFixed(1)} />
              </Space>
              <div className="section"><Link to={`/findings?task=${task.id}&open=all`} data-testid="task-findings">{t('tasks.findingsOfTask')}</Link></div>
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}
