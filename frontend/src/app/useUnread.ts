import { useEffect } from 'react';
import { useQuery, useSubscription, type Client } from 'urql';
import { graphql } from '../gql';

const UnreadOp = graphql(`
  query UnreadCount { unreadNotificationCount }
`);

const AddedOp = graphql(`
  subscription NotificationAdded { notificationAdded { id title } }
`);

/** The navigation badge: unread notifications, updated live. */
export function useUnread(): number {
  const [res, refetch] = useQuery({ query: UnreadOp, requestPolicy: 'cache-and-network' });
  const [added] = useSubscription({ query: AddedOp });
  useEffect(() => {
    if (added.data) refetch({ requestPolicy: 'network-only' });
  }, [added.data, refetch]);
  return res.data?.unreadNotificationCount ?? 0;
}

/** Re-reads the badge count (after notifications were marked read). */
export function refreshUnread(client: Client): Promise<unknown> {
  return client.query(UnreadOp, {}, { requestPolicy: 'network-only' }).toPromise();
}
