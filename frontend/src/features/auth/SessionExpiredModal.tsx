import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { LoginForm } from './LoginForm';

/**
 * Shown over the page when the session ended by itself: signing in again
 * here keeps the page, and whatever the user had typed, as it was.
 */
export default function SessionExpiredModal() {
  const { t } = useTranslation();
  const { expired, session } = useAuth();
  return (
    <Modal open={expired && !session} title={t('login.title')} footer={null} closable={false} mask={{ closable: false }} destroyOnHidden>
      <Typography.Paragraph>{t('login.expired')}</Typography.Paragraph>
      <LoginForm />
    </Modal>
  );
}
