import { lazy, Suspense, type ReactNode } from 'react';
import { Badge } from 'antd';
import { BellOutlined, CheckSquareOutlined, HomeOutlined, ToolOutlined, UserOutlined } from '@ant-design/icons';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUnread } from './useUnread';
// The warning banner loads after the shell: the home paints first.
const WarningBanner = lazy(() => import('../features/warnings/WarningBanner').then((m) => ({ default: m.WarningBanner })));

/** Phone-first shell of enterprise users: content above a bottom navigation. */
export function EnterpriseLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const unread = useUnread();
  const items = [
    { to: '/', icon: <HomeOutlined />, label: t('nav.home'), end: true },
    { to: '/selfchecks', icon: <CheckSquareOutlined />, label: t('nav.selfCheck') },
    { to: '/rectifications', icon: <ToolOutlined />, label: t('nav.rectification') },
    { to: '/notifications', icon: <Badge count={unread} size="small" offset={[6, 0]}><BellOutlined /></Badge>, label: t('nav.messages') },
    { to: '/me', icon: <UserOutlined />, label: t('nav.me') },
  ];
  return (
    <div className="mobile-shell">
      <Suspense fallback={null}><WarningBanner /></Suspense>
      <main className="mobile-content">{children}</main>
      <nav className="bottom-nav" aria-label={t('app.name')}>
        {items.map((i) => (
          <NavLink key={i.to} to={i.to} end={i.end} className={({ isActive }) => (isActive ? 'active' : undefined)}>
            <span className="icon" aria-hidden>{i.icon}</span>
            <span>{i.label}</span>
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
