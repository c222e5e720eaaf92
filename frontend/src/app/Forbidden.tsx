import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** A page the viewer may not use (opened by its address): said plainly, with the way home. */
export default function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.text')} data-testid="forbidden"
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('forbidden.home')}</Button>} />
  );
}
