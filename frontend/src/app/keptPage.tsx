import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { OfflineNote, useKeptCopy } from './offline';

/**
 * A phone page's query that opens without a network: its data (the copy
 * kept on the phone for this user when the network is down), its error
 * (none while the copy is shown), and the note saying it is a copy.
 */
export function useKeptPage<T>(key: string, res: { data?: T; error?: CombinedError }) {
  const { t } = useTranslation();
  const kept = useKeptCopy(useAuth().me?.user.id, key, res);
  return {
    data: kept.data,
    offline: kept.offline,
    error: kept.offline ? undefined : res.error,
    note: kept.offline ? <OfflineNote text={t('offline.copy')} /> : null,
  };
}
