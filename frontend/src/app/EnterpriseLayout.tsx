import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Badge } from 'antd';
import { useClient } from 'urql';
import { BellOutlined, CheckSquareOutlined, CommentOutlined, HomeOutlined, ToolOutlined, UserOutlined } from '@ant-design/icons';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUnread } from './useUnread';
import { useAuth } from './auth';
import { keepLoadedCode } from './offline';
import { sendKeptAnswers } from '../features/selfcheck/answerOutbox';
// The warning banner loads after the shell: the home paints first.
const WarningBanner = lazy(() => import('../features/warning/WarningBanner').then((m) => ({ default: m.WarningBanner })));

/** Phone-first shell of enterprise users: content above a bottom navigation. */
export function EnterpriseLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const unread = useUnread();
  const [refused, dismiss] = useOutbox();
  useOfflinePages();
  const items = [
    { to: '/', icon: <HomeOutlined />, label: t('nav.home'), end: true },
    { to: '/selfchecks', icon: <CheckSquareOutlined />, label: t('nav.selfCheck') },
    { to: '/rectifications', icon: <ToolOutlined />, label: t('nav.rectification') },
    { to: '/consult', icon: <CommentOutlined />, label: t('nav.consult') },
    { to: '/notifications', icon: <Badge count={unread} size="small" offset={[6, 0]}><BellOutlined /></Badge>, label: t('nav.messages') },
    { to: '/me', icon: <UserOutlined />, label: t('nav.me') },
  ];
  return (
    <div className="mobile-shell">
      <Suspense fallback={null}><WarningBanner /></Suspense>
      {refused && (
        // An answer given offline that the server refused (e.g. the self-check was closed meanwhile): said once, plainly.
        <div className="outbox-refused" role="alert">
          <span>{t('offline.refused', { reason: refused })}</span>
          <button type="button" onClick={dismiss} aria-label={t('common.close')}>×</button>
        </div>
      )}
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

/**
 * Sends what this phone kept while offline (the outbox), oldest first: now,
 * whenever the connection returns, and every 30 s while something waits.
 */
function useOutbox(): [string | null, () => void] {
  const client = useClient();
  const userID = useAuth().me?.user.id;
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!userID) return;
    const run = () => void sendKeptAnswers(client, userID, (_, why) => setRefused(why));
    run();
    window.addEventListener('online', run);
    const every = window.setInterval(run, 30_000);
    return () => { window.removeEventListener('online', run); window.clearInterval(every); };
  }, [client, userID]);
  return [refused, () => setRefused(null)];
}

/**
 * Once the home is shown, the code of the other phone pages loads quietly,
 * so that the service worker keeps it and they open later without a network.
 */
function useOfflinePages() {
  useEffect(() => {
    const id = window.setTimeout(() => {
      void Promise.allSettled([
        import('../features/selfcheck/SelfCheckList'),
        import('../features/selfcheck/SelfCheckPage'),
        import('../features/rectify/RectificationList'),
        import('../features/rectify/FindingDetail'),
        import('../features/profile/ProfilePage'),
        import('../features/notify/NotificationsPage'),
      ]).then(keepLoadedCode);
    }, 3000);
    return () => window.clearTimeout(id);
  }, []);
}
