import type { ReactNode } from 'react';
import { Badge, Button, Layout, Menu, Space, Typography } from 'antd';
import { BankOutlined, BellOutlined, DashboardOutlined, LogoutOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { useUnread } from './useUnread';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** Desktop shell of administrators and experts: a side menu by role. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const unread = useUnread();
  const { pathname } = useLocation();
  const items = [
    { key: '/', icon: <DashboardOutlined />, label: <Link to="/">{t('nav.dashboard')}</Link> },
    { key: '/enterprises', icon: <BankOutlined />, label: <Link to="/enterprises">{t('nav.enterprises')}</Link> },
    { key: '/findings', icon: <WarningOutlined />, label: <Link to="/findings">{t('nav.findings')}</Link> },
    {
      key: '/notifications',
      icon: <BellOutlined />,
      label: <Link to="/notifications">{t('nav.notifications')} <Badge count={unread} size="small" /></Link>,
    },
    ...(me?.role === 'CITY_ADMIN' || me?.role === 'DISTRICT_ADMIN'
      ? [{ key: '/users', icon: <TeamOutlined />, label: <Link to="/users">{t('nav.users')}</Link> }]
      : []),
  ];
  const selected = items.map((i) => i.key).filter((k) => (k === '/' ? pathname === '/' : pathname.startsWith(k)));
  const scope = me?.role === 'CITY_ADMIN' ? '' : (me?.districts ?? []).map((d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh)).join('、');
  return (
    <Layout className="admin-shell">
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} theme="light">
        <div className="brand">{t('app.short')}</div>
        <Menu mode="inline" selectedKeys={selected} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="admin-header">
          <Typography.Text strong>{t('app.name')}</Typography.Text>
          <Space>
            <Typography.Text type="secondary">
              {[me?.user.displayName, me && t(`roles.${me.role}`), scope].filter((x, i, all) => x && all.indexOf(x) === i).join(' · ')}
            </Typography.Text>
            <LanguageSwitch />
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void logout()}>{t('app.logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="admin-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
