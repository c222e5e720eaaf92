import { useEffect, useRef } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { formatDateTime } from '../../app/time';

const DeliveriesOp = graphql(`
  query WarningDeliveries($id: ID!) {
    webhookDeliveries(first: 100, where: { warningID: $id }, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges { node { id round status attempts deliveredAt createdAt log { at statusCode ms error } channel { id name kind } } }
    }
  }
`);

const RedeliverOp = graphql(`
  mutation RedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }
`);

/** 外部推送: the warning's messages to the outbound channels, with every attempt. */
export function Deliveries({ warningID, refresh }: { warningID: string; refresh: number }) {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: DeliveriesOp, variables: { id: warningID } });
  // Re-read on each update of the board only (refetch changes with the
  // variables; re-running then would fetch twice, the second cancelling the first).
  const refetchLatest = useRef(refetch);
  refetchLatest.current = refetch;
  useEffect(() => {
    if (refresh) refetchLatest.current({ requestPolicy: 'network-only' });
  }, [refresh]);
  const [state, redeliver] = useMutation(RedeliverOp);
  const rows = res.data?.webhookDeliveries.edges?.map((e) => e!.node!) ?? [];
  return (
    <Card size="small" title={t('warning.channels.deliveries')} style={{ marginTop: 12 }}>
      <Table size="small" rowKey="id" pagination={false} dataSource={rows} scroll={{ x: 800 }}
        columns={[
          { title: t('warning.channels.channel'), key: 'c', render: (_: unknown, r) => `${r.channel.name}${t('warning.paren', { what: t(`warning.channels.kinds.${r.channel.kind}`) })}` },
          { title: '#', dataIndex: 'round', width: 50 },
          { title: t('findings.status'), dataIndex: 'status', width: 100,
            render: (v: string) => <Tag color={v === 'DELIVERED' ? 'green' : v === 'FAILED' ? 'red' : 'gold'}>{t(`warning.channels.status.${v}`)}</Tag> },
          { title: t('warning.channels.attempts'), dataIndex: 'attempts', width: 90 },
          { title: t('warning.channels.lastError'), key: 'e', render: (_: unknown, r) => {
            const last = r.log?.[r.log.length - 1];
            return last?.error ? `${last.statusCode || ''} ${last.error}` : formatDateTime(r.deliveredAt);
          } },
          { title: '', key: 'a', width: 110, render: (_: unknown, r) => r.status !== 'DELIVERED' || r.attempts > 0
            ? <Button size="small" loading={state.fetching} onClick={() => void redeliver({ id: r.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>{t('warning.channels.redeliver')}</Button> : null },
        ]} />
    </Card>
  );
}
