import { useState } from 'react';
import { Badge, Button, List, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { refreshUnread } from '../../app/useUnread';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { NotificationsQuery } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../app/time';

const NotificationsOp = graphql(`
  query Notifications($after: Cursor) {
    unread: notifications(first: 50, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges { node { id kind title body link createdAt readAt } }
    }
    read: notifications(first: 20, after: $after, where: { readAtNotNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title body link createdAt readAt } }
    }
  }
`);

const MarkReadOp = graphql(`
  mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }
`);

const MarkAllOp = graphql(`
  mutation MarkAllRead { markAllNotificationsRead }
`);

type ReadNotification = NonNullable<NonNullable<NonNullable<NotificationsQuery['read']['edges']>[number]>['node']>;

/** 消息: the viewer's notifications, unread first, marked read when opened. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Read notifications come 20 at a time; "more" fetches the next page.
  const [after, setAfter] = useState<string | null>(null);
  const [older, setOlder] = useState<ReadNotification[]>([]);
  const [res, refetch] = useQuery({ query: NotificationsOp, variables: { after } });
  const [, markRead] = useMutation(MarkReadOp);
  const [all, markAll] = useMutation(MarkAllOp);
  const client = useClient();
  const unread = res.data?.unread.edges?.map((e) => e!.node!) ?? [];
  const page = res.data?.read.edges?.map((e) => e!.node!) ?? [];
  const read = after ? [...older, ...page.filter((n) => !older.some((o) => o.id === n.id))] : page;
  const items = [...unread, ...read];
  const more = res.data?.read.pageInfo;

  async function open(n: (typeof items)[number]) {
    if (!n.readAt) {
      await markRead({ id: n.id });
      void refreshUnread(client);
    }
    refetch({ requestPolicy: 'network-only' });
    if (n.link) navigate(n.link);
  }

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('notifications.title')}</Typography.Title>
        <Button disabled={!unread.length} loading={all.fetching}
          onClick={async () => { await markAll({}); void refreshUnread(client); refetch({ requestPolicy: 'network-only' }); }}>
          {t('notifications.markAll')}
        </Button>
      </div>
      <QueryState fetching={res.fetching} error={res.error} empty={!items.length} emptyText={t('notifications.empty')} retry={() => refetch()}>
        <List
          dataSource={items}
          renderItem={(n) => (
            <List.Item onClick={() => void open(n)} className="clickable" role="button" tabIndex={0}
              onKeyDown={(e) => { if (e.key === 'Enter') void open(n); }}>
              <List.Item.Meta
                avatar={<Badge status={n.readAt ? 'default' : 'processing'} aria-label={n.readAt ? undefined : t('notifications.unread')} />}
                title={n.title}
                description={<>{n.body}<div><Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text></div></>}
              />
            </List.Item>
          )}
        />
        {more?.hasNextPage && (
          <Button block loading={res.fetching} onClick={() => { setOlder(read); setAfter(more.endCursor ?? null); }}>
            {t('common.more')}
          </Button>
        )}
      </QueryState>
    </div>
  );
}
