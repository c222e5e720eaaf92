import { useState, type ReactNode } from 'react';
import { Badge, Button, Layout, Space, Typography } from 'antd';
import { ApiOutlined, DownloadOutlined, AlertOutlined, CommentOutlined, FlagOutlined, BarChartOutlined, BookOutlined, ReadOutlined, ScheduleOutlined, AuditOutlined, CarryOutOutlined, OrderedListOutlined, BankOutlined, BellOutlined, DashboardOutlined, LogoutOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { useUnread } from './useUnread';
import { access } from './access';
import { ChangePasswordButton } from '../features/auth/ChangePassword';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** Desktop shell of administrators and experts: a side menu of what the viewer may do. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const unread = useUnread();
  // A plain side menu (antd's Menu costs more to render than it gives here);
  // what it offers is what the API says the viewer may do (me.can).
  const may = access(me);
  const items = [
    { to: '/', icon: <DashboardOutlined />, label: t('nav.dashboard') },
    { to: '/enterprises', icon: <BankOutlined />, label: t('nav.enterprises') },
    { to: '/tasks', icon: <CarryOutOutlined />, label: t('nav.tasks') },
    ...(may.templates ? [{ to: '/templates', icon: <OrderedListOutlined />, label: t('nav.templates') }] : []),
    { to: '/findings', icon: <WarningOutlined />, label: t('nav.findings') },
    ...(may.review ? [{ to: '/review', icon: <AuditOutlined />, label: t('nav.review') }] : []),
    { to: '/warnings', icon: <AlertOutlined />, label: t('nav.warnings') },
    { to: '/consult', icon: <CommentOutlined />, label: t('nav.consultDesk') },
    { to: '/problems', icon: <FlagOutlined />, label: t('nav.problems') },
    { to: '/visits', icon: <ScheduleOutlined />, label: t('nav.visits') },
    { to: '/trainings', icon: <ReadOutlined />, label: t('nav.trainingsAdmin') },
    { to: '/reports', icon: <BarChartOutlined />, label: t('nav.reports') },
    { to: '/laws', icon: <BookOutlined />, label: t('nav.laws') },
    { to: '/notifications', icon: <BellOutlined />, label: <>{t('nav.notifications')} <Badge count={unread} size="small" /></> },
    { to: '/exports', icon: <DownloadOutlined />, label: t('nav.exports') },
    ...(may.users ? [{ to: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(may.partnerKeys ? [{ to: '/partners', icon: <ApiOutlined />, label: t('nav.partners') }] : []),
  ];
  // The districts the viewer serves (none for the city).
  const scope = (me?.districts ?? []).map((d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh)).join('、');
  const viewer = [me?.user.displayName, me && t(`roles.${me.role}`), scope].filter((x, i, all) => x && all.indexOf(x) === i).join(' · ');
  // Below lg the menu opens over the page and closes again once a page is chosen.
  const [collapsed, setCollapsed] = useState(() => window.matchMedia('(max-width: 991.98px)').matches);
  const [narrow, setNarrow] = useState(collapsed);
  return (
    <Layout className="admin-shell">
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} theme="light" collapsed={collapsed}
        onCollapse={(c) => setCollapsed(c)} onBreakpoint={(broken) => { setNarrow(broken); setCollapsed(broken); }}>
        <div className="brand">{t('app.short')}</div>
        <nav className="side-menu" aria-label={t('app.name')}>
          {items.map((i) => (
            <NavLink key={i.to} to={i.to} end={i.to === '/'} className={({ isActive }) => (isActive ? 'active' : undefined)}
              onClick={() => { if (narrow) setCollapsed(true); }}>
              <span aria-hidden>{i.icon}</span> {i.label}
            </NavLink>
          ))}
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="admin-header">
          <Typography.Text strong className="header-name">{t('app.name')}</Typography.Text>
          <Space className="header-actions">
            <Typography.Text type="secondary" className="header-viewer" title={viewer}>{viewer}</Typography.Text>
            <ChangePasswordButton text />
            <LanguageSwitch />
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void logout()}>{t('app.logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="admin-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
