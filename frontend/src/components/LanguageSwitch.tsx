import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLang } from '../app/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
  return (
    <Button type="text" icon={<GlobalOutlined />} onClick={() => setLang(next)} aria-label={t('app.language')}>
      {t('app.language')}
    </Button>
  );
}
