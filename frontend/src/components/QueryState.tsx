import type { ReactNode } from 'react';
import { Alert, Button, Empty, Spin } from 'antd';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors';

/** One way to show loading, errors (translated by code) and empty states. */
export function QueryState(props: {
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  emptyText?: string;
  retry?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (props.error) {
    return (
      <Alert type="error" showIcon role="alert" title={errorMessage(props.error, t)}
        action={props.retry && <Button size="small" onClick={props.retry}>{t('errors.retry')}</Button>} />
    );
  }
  if (props.fetching && props.empty) return <div className="center"><Spin aria-label={t('app.loading')} /></div>;
  if (props.empty) return <Empty description={props.emptyText} />;
  return <>{props.children}</>;
}
