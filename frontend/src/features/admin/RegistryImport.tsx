import { useRef, useState } from 'react';
import { Alert, Button, Card, Grid, Progress, Space, Statistic, Steps, Table, Typography, message } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useMutation, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ImportRegistryMutation } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { download } from '../../app/download';
import { clientKey } from '../files/checkFiles';
import './messages';

const ImportOp = graphql(`
  mutation ImportRegistry($file: Upload!, $dryRun: Boolean!, $key: String!) {
    importRegistry(file: $file, dryRun: $dryRun, progressKey: $key) {
      dryRun applied problemCount exampleRow
      enterprises { rows created updated unchanged }
      permits { rows created updated unchanged }
      facilities { rows created updated unchanged }
      eiaApprovals { rows created updated unchanged }
      users { rows created updated unchanged }
      problems { sheet row column message }
    }
  }
`);

/** How far the import sent with this key has got (%), told by the server as it reads, checks and writes. */
const ProgressOp = graphql(`
  subscription ImportProgress($key: String!) { importProgress(key: $key) }
`);

type Report = ImportRegistryMutation['importRegistry'];
type Counts = Report['enterprises'];
type Problem = Report['problems'][number];

function CountsCard({ title, c }: { title: string; c: Counts }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Space size="large" wrap>
        <Statistic title={t('registryImport.rows')} value={c.rows} />
        <Statistic title={t('registryImport.created')} value={c.created} />
        <Statistic title={t('registryImport.updated')} value={c.updated} />
        <Statistic title={t('registryImport.unchanged')} value={c.unchanged} />
      </Space>
    </Card>
  );
}

/**
 * 批量导入: enterprises and their permits from the server's template — the
 * file is checked first (a dry run listing every refused cell), then
 * imported; the server decides everything (codes, districts, duplicates).
 */
export default function RegistryImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [state, run] = useMutation(ImportOp);
  const phone = !Grid.useBreakpoint().md;
  const input = useRef<HTMLInputElement>(null);
  // The request in flight: its progress key, whether it writes, and how far the server says it has got.
  const [running, setRunning] = useState<{ key: string; dryRun: boolean; percent: number } | null>(null);
  useSubscription({ query: ProgressOp, variables: { key: running?.key ?? '' }, pause: !running }, (_, e) => {
    setRunning((r) => (r ? { ...r, percent: Math.max(r.percent, e.importProgress) } : r));
    return e;
  });
  const send = async (f: File, dryRun: boolean) => {
    const key = clientKey();
    setRunning({ key, dryRun, percent: 0 });
    const r = await run({ file: f, dryRun, key });
    setRunning(null);
    if (r.data) setReport(r.data.importRegistry);
  };
  const sheets = report ? [report.enterprises, report.permits, report.facilities, report.eiaApprovals, report.users] : [];
  const created = sheets.reduce((n, c) => n + c.created, 0);
  const updated = sheets.reduce((n, c) => n + c.updated, 0);
  const changes = created + updated;
  const step = !report ? (file ? 1 : 0) : report.applied ? 3 : report.problemCount === 0 ? 2 : 1;
  return (
    <div className="page page-wide">
      <Typography.Title level={4} className="page-title">{t('registryImport.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('registryImport.help')}</Typography.Paragraph>
      <Steps size="small" current={step} style={{ marginBottom: 16 }} responsive
        items={[{ title: t('registryImport.steps.template') }, { title: t('registryImport.steps.check') },
          { title: t('registryImport.steps.confirm') }, { title: t('registryImport.steps.done') }]} />
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => { download('/exports/templates/registry.xlsx').catch(() => void message.error(t('errors.NETWORK'))); }}>
          {t('registryImport.download')}
        </Button>
        <input ref={input} type="file" hidden style={{ display: 'none' }} accept=".xlsx" data-testid="registry-import"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            setFile(f);
            setReport(null);
            void send(f, true);
          }} />
        <Button icon={<UploadOutlined />} loading={state.fetching && !report} onClick={() => input.current?.click()}>
          {file ? t('registryImport.again') : t('registryImport.choose')}
        </Button>
        {file && report?.dryRun && report.problemCount === 0 && changes > 0 && (
          <Button type="primary" loading={state.fetching} onClick={() => void send(file, false)}>
            {t('registryImport.apply', { created, updated })}
          </Button>
        )}
      </Space>
      {running && (
        <div style={{ marginTop: 12, maxWidth: 480 }} data-testid="registry-progress">
          <Typography.Text type="secondary">{t(running.dryRun ? 'registryImport.checking' : 'registryImport.importing')}</Typography.Text>
          <Progress percent={running.percent} status="active" />
        </div>
      )}
      {state.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(state.error, t)} />}
      {report && (
        <div data-testid="registry-report">
          {report.applied && (
            <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('registryImport.applied', { created, updated })}
              action={<Link to="/enterprises">{t('registryImport.toList')}</Link>} />
          )}
          {!report.applied && report.problemCount > 0 && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('registryImport.refused', { count: report.problemCount })}
            description={t('registryImport.refusedCounts')} />}
          {!report.applied && report.problemCount === 0 && (
            <Alert type={changes ? 'info' : 'success'} showIcon style={{ marginTop: 12 }} title={changes ? t('registryImport.checked') : t('registryImport.nothing')} />
          )}
          <Space wrap style={{ marginTop: 12 }} align="start">
            <CountsCard title={t('registryImport.enterprises')} c={report.enterprises} />
            <CountsCard title={t('registryImport.permits')} c={report.permits} />
            <CountsCard title={t('registryImport.facilities')} c={report.facilities} />
            <CountsCard title={t('registryImport.eiaApprovals')} c={report.eiaApprovals} />
            <CountsCard title={t('registryImport.users')} c={report.users} />
          </Space>
          {report.exampleRow != null && !report.applied && (
            <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="registry-example" title={t('registryImport.example', { row: report.exampleRow })} />
          )}
          {report.users.created > 0 && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('registryImport.usersHelp')} />}
          {report.problems.length > 0 && (
            <Card size="small" title={t('registryImport.problems')} style={{ marginTop: 12 }}
              extra={report.problemCount > report.problems.length ? t('registryImport.more', { shown: report.problems.length, count: report.problemCount }) : null}>
              <Table size="small" rowKey={(p) => `${p.sheet}-${p.row}-${p.column}`} pagination={{ pageSize: 20 }} dataSource={report.problems}
                data-testid="registry-problems"
                // On a phone one column: where (sheet · row · column) above the message, which wraps.
                columns={phone
                  ? [{ title: t('registryImport.message'), key: 'p', render: (_: unknown, p: Problem) => (
                      <><Typography.Text type="secondary">{t('registryImport.where', { sheet: p.sheet, row: p.row, column: p.column })}</Typography.Text><div>{p.message}</div></>) }]
                  : [
                      { title: t('registryImport.sheet'), dataIndex: 'sheet', width: 110 },
                      { title: t('registryImport.row'), dataIndex: 'row', width: 70 },
                      { title: t('registryImport.column'), dataIndex: 'column', width: 150 },
                      { title: t('registryImport.message'), dataIndex: 'message' },
                    ]} />
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
