import { useRef, useState } from 'react';
import { Alert, Button, Card, InputNumber, Space, Statistic, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { ImportEmissionPlansMutation } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';

const ImportOp = graphql(`
  mutation ImportEmissionPlans($year: Int!, $file: Upload!, $dryRun: Boolean!) {
    importEmissionPlans(year: $year, file: $file, dryRun: $dryRun) {
      year rows enterprises created updated unchanged dryRun applied problemCount
      problems { row column message }
      changes { enterpriseID creditCode name action grade measures measuresBefore }
    }
  }
`);

type Report = ImportEmissionPlansMutation['importEmissionPlans'];

/**
 * 应急减排清单导入: the year's list from Excel — checked first (a dry run
 * showing every refused cell and what would change), then applied in one
 * transaction.
 */
export default function PlanImport() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [state, run] = useMutation(ImportOp);
  const input = useRef<HTMLInputElement>(null);
  const send = async (f: File, dryRun: boolean) => {
    const r = await run({ year, file: f, dryRun });
    if (r.data) setReport(r.data.importEmissionPlans);
  };
  return (
    <div className="page page-wide">
      <Typography.Title level={4} className="page-title">{t('warning.plans.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('warning.plans.help')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('warning.plans.year')}</span>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('warning.plans.year')} />
        <input ref={input} type="file" hidden style={{ display: 'none' }} accept=".xlsx" data-testid="plan-import"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            setFile(f);
            setReport(null);
            void send(f, true);
          }} />
        <Button icon={<UploadOutlined />} loading={state.fetching} onClick={() => input.current?.click()}>{t('warning.plans.choose')}</Button>
        {file && report && report.dryRun && report.problemCount === 0 && (
          <Button type="primary" loading={state.fetching} onClick={() => void send(file, false)}>
            {t('warning.plans.apply', { count: report.created + report.updated })}
          </Button>
        )}
      </Space>
      {state.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(state.error, t)} />}
      {report && (
        <>
          {report.applied && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('warning.plans.applied', { year: report.year })} />}
          {report.problemCount > 0 && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('warning.plans.refused', { count: report.problemCount })} />}
          <Space size="large" wrap style={{ marginTop: 16 }} data-testid="plan-report">
            <Statistic title={t('warning.plans.rows')} value={report.rows} />
            <Statistic title={t('warning.plans.enterprises')} value={report.enterprises} />
            <Statistic title={t('warning.plans.created')} value={report.created} />
            <Statistic title={t('warning.plans.updated')} value={report.updated} />
            <Statistic title={t('warning.plans.unchanged')} value={report.unchanged} />
          </Space>
          {report.problems.length > 0 && (
            <Card size="small" title={t('warning.plans.problems')} style={{ marginTop: 12 }}>
              <Table size="small" rowKey={(p) => `${p.row}-${p.column}`} pagination={{ pageSize: 20 }} dataSource={report.problems}
                columns={[
                  { title: t('warning.plans.row'), dataIndex: 'row', width: 80 },
                  { title: t('warning.plans.column'), dataIndex: 'column', width: 160 },
                  { title: t('warning.plans.message'), dataIndex: 'message' },
                ]} />
            </Card>
          )}
          <Card size="small" title={report.applied ? t('warning.plans.changes') : t('warning.plans.check')} style={{ marginTop: 12 }}>
            <Table size="small" rowKey="enterpriseID" pagination={{ pageSize: 20 }} dataSource={report.changes} scroll={{ x: 700 }}
              columns={[
                { title: t('warning.calls.enterprise'), dataIndex: 'name' },
                { title: t('enterprises.creditCode'), dataIndex: 'creditCode', width: 200 },
                { title: t('profile.grade'), dataIndex: 'grade', width: 90, render: (g: string) => t(`grade.${g}`) },
                { title: t('warning.plans.measures'), key: 'measures', width: 130,
                  render: (_: unknown, c) => (c.action === 'UPDATE' ? `${c.measuresBefore} → ${c.measures}` : c.measures) },
                { title: '', dataIndex: 'action', width: 100,
                  render: (a: string) => <Tag color={a === 'CREATE' ? 'green' : a === 'UPDATE' ? 'blue' : undefined}>{t(`warning.plans.action.${a}`)}</Tag> },
              ]} />
          </Card>
        </>
      )}
    </div>
  );
}
