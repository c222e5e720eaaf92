import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Radio, Select, Tag, message } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { WarningNoticeWhereInput, WarningReceipt } from '../../gql/graphql';
import { limits } from '../../gql/limits';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { formatDateTime } from '../../app/time';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { clientKey } from '../files/checkFiles';
import { ExportButton } from '../exchange/ExportButton';

const NoticesOp = graphql(`
  query WarningReceipts($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningNoticeWhereInput!) {
    warningNotices(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: { field: PUSHED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id grade deliveredAt readAt acknowledgedAt measuresReportedAt reportCount reportUpdatedAt checkedAt checkCompliant report
        measures { key textZh textEn } reportItems { key status percent reason } evidence { id name contentType url takenAt }
        checks { at mode compliant note findingID }
        viewerCan { check } enterprise { id name } } }
    }
  }
`);

const CheckOp = graphql(`
  mutation RecordWarningSpotCheck($input: RecordWarningSpotCheckInput!) {
    recordWarningSpotCheck(input: $input) { notice { id checkedAt checkCompliant } finding { id title } }
  }
`);

interface Row { id: string; enterprise: { id: string; name: string } }

/** 抽查: the district's check of one enterprise; a failed one opens a finding. */
function SpotCheck({ row, onClose }: { row: Row; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ mode: string; compliant: boolean; note: string }>();
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const [state, check] = useMutation(CheckOp);
  const [finding, setFinding] = useState<string>();
  const [key] = useState(clientKey); // one check, however often it is retried
  return (
    <Modal open title={`${t('warning.checks.title')}${t('common.colon')}${row.enterprise.name}`} okText={t('warning.checks.save')} confirmLoading={state.fetching}
      onCancel={onClose} destroyOnHidden
      // Saved with a finding: only closing is left.
      footer={finding ? <Button type="primary" onClick={onClose}>{t('common.done')}</Button> : undefined}
      onOk={async () => {
        const v = await form.validateFields();
        const r = await check({ input: { noticeID: row.id, mode: v.mode, compliant: v.compliant, note: v.note ?? '', photoIDs: photos.map((p) => p.id), clientKey: key } });
        if (r.error) { applyServerErrors(form, r.error, ['mode', 'compliant', 'note']); return; }
        if (r.data?.recordWarningSpotCheck.finding) setFinding(r.data.recordWarningSpotCheck.finding.id);
        else { void message.success(t('warning.checks.saved')); onClose(); }
      }}>
      {finding
        ? <Alert type="warning" showIcon title={t('warning.checks.findingOpened')} action={<Link to={`/findings/${finding}`}>{t('warning.checks.openFinding')}</Link>} />
        : (
          <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} initialValues={{ mode: 'ON_SITE', compliant: true, note: '' }}>
            <Form.Item name="mode" label={t('warning.checks.mode')}>
              <Radio.Group options={['ON_SITE', 'REMOTE'].map((m) => ({ value: m, label: t(`warning.checks.modes.${m}`) }))} />
            </Form.Item>
            <Form.Item name="compliant" label={t('warning.checks.verdict')}>
              <Radio.Group options={[{ value: true, label: t('warning.checks.compliant') }, { value: false, label: t('warning.checks.notCompliant') }]} />
            </Form.Item>
            <Form.Item name="note" label={t('warning.checks.note')}><Input.TextArea rows={3} maxLength={limits.WarningNotice.report} /></Form.Item>
            <EvidencePicker value={photos} onChange={setPhotos} enterpriseID={row.enterprise.id} />
            {state.error && !state.error.graphQLErrors[0]?.extensions?.field && <Alert type="error" showIcon title={state.error.graphQLErrors[0]?.message} />}
          </Form>
        )}
    </Modal>
  );
}

interface ReportedRow {
  report: string; reportCount: number; reportUpdatedAt?: string | null;
  measures?: { key: string; textZh: string; textEn?: string | null }[] | null;
  reportItems?: { key: string; status: string; percent?: number | null; reason?: string | null }[] | null;
  evidence?: Attachment[] | null;
  checks?: { at: string; mode: string; compliant: boolean; note?: string | null; findingID?: string | null }[] | null;
}

/** What the enterprise reported (each measure, its note and photos) and the checks made of it. */
function Reported({ row }: { row: ReportedRow }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  return (
    <div>
      {row.reportCount > 0 && (
        <Descriptions size="small" column={1} title={t('warning.notice.reported', { n: row.reportCount, time: formatDateTime(row.reportUpdatedAt) })}
          items={[
            ...(row.measures ?? []).map((m) => {
              const r = row.reportItems?.find((x) => x.key === m.key);
              return { key: m.key, label: en && m.textEn ? m.textEn : m.textZh,
                children: r ? `${t(`warning.reportStatus.${r.status}`)}${r.percent != null ? ` ${r.percent}%` : ''}${r.reason ? `：${r.reason}` : ''}` : '—' };
            }),
            ...(row.report ? [{ key: 'note', label: t('warning.notice.note'), children: row.report }] : []),
          ]} />
      )}
      <EvidenceGallery items={row.evidence ?? []} />
      {(row.checks ?? []).map((c) => (
        <p key={c.at} style={{ margin: '4px 0' }}>
          {formatDateTime(c.at)} {t(`warning.checks.modes.${c.mode}`)} · <Tag color={c.compliant ? 'green' : 'red'}>{c.compliant ? t('warning.checks.compliant') : t('warning.checks.notCompliant')}</Tag>
          {c.note} {c.findingID && <Link to={`/findings/${c.findingID}`}>{t('warning.checks.openFinding')}</Link>}
        </p>
      ))}
    </div>
  );
}

/**
 * The receipts the table filters by, in the board's order: each selects
 * the notices one of the board's figures counts (the server's definition).
 */
export const receipts = [
  'DELIVERED', 'NOT_DELIVERED', 'READ', 'NOT_READ', 'ACKNOWLEDGED', 'NOT_ACKNOWLEDGED', 'ACKNOWLEDGED_IN_TIME', 'ACKNOWLEDGED_LATE',
  'REPORTED', 'NOT_REPORTED', 'REPORTED_IN_TIME', 'WITH_EVIDENCE', 'REPUSHED', 'ON_CALL_LIST', 'CHECKED', 'CHECK_PASSED', 'CHECK_FAILED',
] as const satisfies readonly WarningReceipt[];
// A receipt the server adds fails the build here until it is listed (and labelled).
const everyReceipt: Exclude<WarningReceipt, (typeof receipts)[number]> extends never ? true : never = true;
void everyReceipt;

/** The table's filters, kept in the address (shareable, survive a reload). */
export const receiptParams = { receipt: 'receipt', district: 'district', grade: 'grade', q: 'q' } as const;
const receiptKeys = Object.values(receiptParams);
const pushed: Sort = { field: 'PUSHED_AT', direction: 'ASC' };

/** 企业响应明细: every notice of a round with its receipts, report and spot check; filtered by receipt, district, grade and name. */
export function NoticeTable({ warningID, round, refresh, districts, grades }: {
  warningID: string; round: number; refresh: number;
  /** The warning's districts and the grades among its notices (the filters' choices). */
  districts: { id: string; name: string }[]; grades: string[];
}) {
  const { t } = useTranslation();
  // The filters live in the board's address (the figures link to them); the pages are this list's.
  const list = useListState({ name: 'receipts', keys: receiptKeys, defaultSort: pushed });
  const receipt = (list.filters[receiptParams.receipt] ?? null) as WarningReceipt | null;
  const district = list.filters[receiptParams.district] ?? null;
  const grade = list.filters[receiptParams.grade] ?? null;
  const q = list.filters[receiptParams.q]?.trim() ?? '';
  const setFilter = (key: keyof typeof receiptParams, value?: string | null) => list.set({ [receiptParams[key]]: value });
  // Another round has other notices: its first page (the round is not in the address).
  const { reset } = list.pages;
  const shownRound = useRef(round);
  useEffect(() => {
    if (shownRound.current !== round) reset();
    shownRound.current = round;
  }, [round, reset]);
  const where = useMemo((): WarningNoticeWhereInput => ({
    warningID, round,
    ...(receipt && receipts.includes(receipt as (typeof receipts)[number]) ? { receipt } : {}),
    ...(district && Number(district) ? { districtID: Number(district) } : {}),
    ...(grade ? { grade } : {}),
    ...(q ? { hasEnterpriseWith: [{ nameContains: q }] } : {}),
  }), [warningID, round, receipt, district, grade, q]);
  const filtered = !!(receipt || district || grade || q);
  const [res, refetch] = useQuery({ query: NoticesOp, variables: { where, ...list.pages.vars } });
  // Re-read on each update of the board only: refetch changes with the
  // filters, and re-running then would fetch the new page twice, the second
  // cancelling the first.
  const refetchLatest = useRef(refetch);
  refetchLatest.current = refetch;
  useEffect(() => {
    if (refresh) refetchLatest.current({ requestPolicy: 'network-only' });
  }, [refresh]);
  const [checking, setChecking] = useState<Row | null>(null);
  const conn = res.data?.warningNotices;
  type Row = NonNullable<NonNullable<NonNullable<typeof conn>['edges']>[number]>['node'] & object;
  const state = (r: Row) =>
    r.reportCount > 0 ? ['green', 'reported'] : r.acknowledgedAt ? ['blue', 'acknowledged'] : r.readAt ? ['gold', 'read'] : r.deliveredAt ? ['orange', 'delivered'] : ['red', 'notDelivered'];
  return (
    <Card size="small" title={t('warning.withCount', { what: t('warning.checks.receipts'), count: conn?.totalCount ?? 0 })} style={{ marginTop: 12 }} data-testid="receipts" id="receipts">
      <DataList extra={<ExportButton what={{ list: { notices: { where, orderBy: { field: 'PUSHED_AT', direction: 'ASC' } } } }} />} list={list} conn={conn} fetching={res.fetching} error={res.error} size="small" testId="receipt-list"
        retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={filtered ? t('warning.receipts.noneMatch') : t('warning.receipts.none')}
        expandable={{ expandedRowRender: (r) => <Reported row={r} />, rowExpandable: (r) => r.reportCount > 0 || (r.checks?.length ?? 0) > 0 }}
        filters={<>
        <Select allowClear placeholder={t('warning.receipts.all')} aria-label={t('warning.receipts.label')} style={{ width: 150 }} value={receipt ?? undefined}
          options={receipts.map((r) => ({ value: r, label: t(`warning.receipt.${r}`) }))} onChange={(v) => setFilter('receipt', v)} data-testid="receipt-filter" />
        {(districts.length > 1 || district) && (
          <Select allowClear placeholder={t('enterprises.allDistricts')} aria-label={t('enterprises.district')} style={{ width: 140 }} value={district ?? undefined}
            options={districts.map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => setFilter('district', v)} />
        )}
        {grades.length > 1 && (
          <Select allowClear placeholder={t('warning.receipts.allGrades')} aria-label={t('profile.grade')} style={{ width: 120 }} value={grade ?? undefined}
            options={grades.map((g) => ({ value: g, label: t(`grade.${g}`) }))} onChange={(v) => setFilter('grade', v)} />
        )}
        <ListSearch list={list} name={receiptParams.q} placeholder={t('warning.receipts.search')} width={200} maxLength={limits.Enterprise.name} />
        </>}
        columns={[
          { title: t('warning.calls.enterprise'), key: 'e', render: (_: unknown, r) => r.enterprise.name },
          { key: 'grade', title: t('profile.grade'), dataIndex: 'grade', width: 90, render: (g: string) => t(`grade.${g}`) },
          { title: t('findings.status'), key: 's', width: 110, render: (_: unknown, r) => { const [c, k] = state(r); return <Tag color={c}>{t(`warning.board.${k}`)}</Tag>; } },
          { key: 'ack', title: t('warning.board.acknowledged'), dataIndex: 'acknowledgedAt', width: 150, render: formatDateTime },
          { key: 'rep', title: t('warning.board.reported'), dataIndex: 'measuresReportedAt', width: 150, render: formatDateTime },
          { title: t('warning.checks.title'), key: 'c', width: 110, render: (_: unknown, r) => r.checkedAt
            ? <Tag color={r.checkCompliant ? 'green' : 'red'}>{r.checkCompliant ? t('warning.checks.compliant') : t('warning.checks.notCompliant')}</Tag> : '—' },
          { title: '', key: 'a', width: 90, render: (_: unknown, r) => r.viewerCan.check
            ? <Button size="small" onClick={() => setChecking(r)}>{t('warning.checks.title')}</Button> : null },
        ] satisfies DataColumn<Row>[]} />
      {checking && <SpotCheck row={checking} onClose={() => { setChecking(null); refetch({ requestPolicy: 'network-only' }); }} />}
    </Card>
  );
}
