import { Button, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function Pager(props: { page: number; pageSize: number; total: number; hasNext: boolean; onPrev(): void; onNext(): void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Space className="pager">
      <Typography.Text type="secondary">{t('common.total', { total: props.total })}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={props.page <= 1} onClick={props.onPrev} aria-label={t('common.prevPage')} />
      <Typography.Text>{props.page} / {pages}</Typography.Text>
      <Button icon={<RightOutlined />} disabled={!props.hasNext} onClick={props.onNext} aria-label={t('common.nextPage')} />
    </Space>
  );
}
