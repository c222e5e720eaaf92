import { useState } from 'react';
import { Button, Dropdown, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ExportJobFormat, ExportListInput, ReportInput } from '../../gql/graphql';
import { download } from '../../app/download';
import { errorMessage } from '../../app/errors';
import { clientKey } from '../files/checkFiles';
import { ExportJobsDrawer } from './ExportJobs';
import './messages';

const ExportListOp = graphql(`
  mutation ExportList($input: ExportListInput!) { exportList(input: $input) { id status rows total url } }
`);

const ExportReportOp = graphql(`
  mutation ExportReport($input: ReportInput!, $format: ExportJobFormat!, $key: String, $name: String) {
    exportReport(input: $input, format: $format, clientKey: $key, name: $name) { id status rows total url }
  }
`);

/** What is exported: one list with its filters and order (as its connection takes them), or a report (titled by its saved name). */
export type ExportWhat = { list: Omit<ExportListInput, 'format' | 'clientKey'> } | { report: ReportInput; name?: string };

/**
 * The export button of a list or a report (Excel or CSV; `label` names what
 * it exports where "导出" would not say enough): the server writes
 * the file with the list's own filters in the viewer's scope. A small export
 * downloads at once; a large one runs in the background and the exports
 * drawer shows its progress.
 */
export function ExportButton({ what, disabled, label }: { what: ExportWhat; disabled?: boolean; label?: string }) {
  const { t } = useTranslation();
  const [, exportList] = useMutation(ExportListOp);
  const [, exportReport] = useMutation(ExportReportOp);
  const [busy, setBusy] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const run = async (format: ExportJobFormat) => {
    setBusy(true);
    try {
      const key = clientKey();
      const res = 'list' in what
        ? await exportList({ input: { ...what.list, format, clientKey: key } })
        : await exportReport({ input: what.report, format, key, name: what.name });
      const job = res.data && ('exportList' in res.data ? res.data.exportList : res.data.exportReport);
      if (res.error || !job) {
        void message.error(errorMessage(res.error, t) ?? t('exchange.failed'));
        return;
      }
      if (job.status === 'DONE' && job.rows === 0) {
        void message.warning(t('exchange.nothing'));
      } else if (job.status === 'DONE' && job.url) {
        await download(job.url);
        void message.success(t('exchange.done', { rows: job.rows }));
      } else if (job.status === 'RUNNING') {
        void message.info(t('exchange.background', { total: job.total }));
        setDrawer(true);
      } else {
        void message.error(t('exchange.failed'));
      }
    } catch {
      void message.error(t('errors.NETWORK'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Dropdown disabled={disabled || busy} trigger={['click']}
        menu={{ items: [{ key: 'XLSX', label: t('exchange.xlsx') }, { key: 'CSV', label: t('exchange.csv') }, { type: 'divider' }, { key: 'jobs', label: t('exchange.open') }],
          onClick: ({ key }) => (key === 'jobs' ? setDrawer(true) : void run(key as ExportJobFormat)) }}>
        <Button icon={<DownloadOutlined />} loading={busy} data-testid="export-button">{label ?? t('exchange.export')}</Button>
      </Dropdown>
      <ExportJobsDrawer open={drawer} onClose={() => setDrawer(false)} />
    </>
  );
}
