import { useEffect, useState, useRef } from 'react';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import { formatDateTime } from '../../app/time';
import { DataList, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { useRoleLabel } from '../admin/Contacts';

const CallListOp = graphql(`
  query WarningCallList($id: ID!, $first: Int, $last: Int, $after: Cursor, $before: Cursor) {
    warningNotices(first: $first, last: $last, after: $after, before: $before, where: { warningID: $id, receipt: ON_CALL_LIST },
      orderBy: { field: PUSHED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id escalatedAt viewerCan { call } calls { at outcome contact phone note }
        enterprise { id name contacts { name role phone } } } }
    }
  }
`);

const RecordCallOp = graphql(`
  mutation RecordWarningCall($input: RecordWarningCallInput!) { recordWarningCall(input: $input) { id calls { at outcome contact phone note } } }
`);

const outcomes = ['REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'REFUSED'] as const;

/** One row's call form: the outcome and a note. */
function RecordCall({ noticeID, contact, phone }: { noticeID: string; contact: string; phone: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string>();
  const [note, setNote] = useState('');
  const [state, record] = useMutation(RecordCallOp);
  return (
    <Space.Compact>
      <Select placeholder={t('warning.calls.record')} style={{ width: 120 }} value={outcome} onChange={setOutcome} aria-label={t('warning.calls.record')}
        options={outcomes.map((o) => ({ value: o, label: t(`warning.calls.outcome.${o}`) }))} />
      <Input placeholder={t('warning.calls.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={limits.MeasureReport.reason} style={{ width: 160 }} />
      <Button disabled={!outcome} loading={state.fetching}
        onClick={() => void record({ input: { noticeID, outcome: outcome!, contact, phone, note } }).then((r) => { if (!r.error) { setOutcome(undefined); setNote(''); } })}>
        {t('warning.channels.save')}
      </Button>
    </Space.Compact>
  );
}

const noKeys = [] as const;
const pushed: Sort = { field: 'PUSHED_AT', direction: 'ASC' };

/** 电话督促名单: the enterprises of the viewer's districts still not acknowledging after the call time, ten a page. */
export function CallList({ warningID, refresh }: { warningID: string; refresh: number }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const list = useListState({ name: 'calls', keys: noKeys, defaultSort: pushed, pageSize: 10 });
  const [res, refetch] = useQuery({ query: CallListOp, variables: { id: warningID, ...list.pages.vars } });
  // Re-read on each update of the board only (refetch changes with the
  // variables; re-running then would fetch twice, the second cancelling the first).
  const refetchLatest = useRef(refetch);
  refetchLatest.current = refetch;
  useEffect(() => {
    if (refresh) refetchLatest.current({ requestPolicy: 'network-only' });
  }, [refresh]);
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['warningNotices']['edges']>[number]>['node']>;
  return (
    <Card size="small" title={t('warning.withCount', { what: t('warning.calls.title'), count: res.data?.warningNotices.totalCount ?? 0 })} style={{ marginTop: 12 }} data-testid="call-list">
      <DataList list={list} conn={res.data?.warningNotices} fetching={res.fetching} error={res.error} size="small"
        retry={() => refetch({ requestPolicy: 'network-only' })} emptyText={t('warning.calls.empty')}
        columns={[
          { title: t('warning.calls.enterprise'), key: 'e', render: (_: unknown, r) => r.enterprise.name },
          { title: t('warning.calls.contacts'), key: 'c', render: (_: unknown, r) => (r.enterprise.contacts ?? []).map((c) => (
            <div key={`${c.name}${c.phone}`}>{c.name}{c.role ? t('warning.paren', { what: roleLabel(c.role) }) : ''} {c.phone && <a href={`tel:${c.phone}`}>{c.phone}</a>}</div>)) },
          { title: t('warning.calls.last'), key: 'l', render: (_: unknown, r) => {
            const last = r.calls?.[r.calls.length - 1];
            return last ? <Typography.Text>{t(`warning.calls.outcome.${last.outcome}`)} · {formatDateTime(last.at)} {last.note}</Typography.Text> : '—';
          } },
          { title: t('warning.calls.record'), key: 'r', render: (_: unknown, r) => r.viewerCan.call
            ? <RecordCall noticeID={r.id} contact={r.enterprise.contacts?.[0]?.name ?? ''} phone={r.enterprise.contacts?.[0]?.phone ?? ''} /> : null },
        ] satisfies DataColumn<Row>[]} />
    </Card>
  );
}
