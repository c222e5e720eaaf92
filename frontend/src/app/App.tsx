import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { useTranslation } from 'react-i18next';
import { createClient } from './client';
import { AuthProvider, useAuth } from './auth';
import { EnterpriseLayout } from './EnterpriseLayout';
import { AdminShell, enterpriseShell, homeLoaded } from './preload';
import LoginPage from '../features/auth/LoginPage';
import EnterpriseHome from '../features/home/EnterpriseHome';

// Enterprise pages are small and phone users need them at once; the
// administrators' pages (tables, charts) load when first opened.
const SelfCheckList = lazy(() => import('../features/selfcheck/SelfCheckList'));
const SelfCheckPage = lazy(() => import('../features/selfcheck/SelfCheckPage'));
const RectificationList = lazy(() => import('../features/rectify/RectificationList'));
const FindingDetail = lazy(() => import('../features/rectify/FindingDetail'));
const NotificationsPage = lazy(() => import('../features/notify/NotificationsPage'));
const NoticePage = lazy(() => import('../features/warning/NoticePage'));
const NoticeList = lazy(() => import('../features/warning/NoticePage').then((m) => ({ default: m.NoticeList })));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage'));
const ConsultHome = lazy(() => import('../features/consult/ConsultHome'));
const AskPage = lazy(() => import('../features/consult/AskPage'));
const QuestionPage = lazy(() => import('../features/consult/QuestionPage'));
const VisitPage = lazy(() => import('../features/visit/VisitPage'));
const VisitList = lazy(() => import('../features/visit/VisitList'));
const Learn = lazy(() => import('../features/training/Learn'));
const TrainingPage = lazy(() => import('../features/training/Learn').then((m) => ({ default: m.TrainingPage })));
const LawsPage = lazy(() => import('../features/laws/LawsPage'));
const SessionExpiredModal = lazy(() => import('../features/auth/SessionExpiredModal'));
const ForcedPasswordChange = lazy(() => import('../features/auth/ChangePassword'));

// Users who ask their system for less motion get no animations (and the
// browser tests, which ask for it, never click into a closing dialog).
const reducedMotion = typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

function Loading() {
  const { t } = useTranslation();
  return <div className="center"><Spin aria-label={t('app.loading')} /></div>;
}

/** Whether the administrators' code started at sign-in has arrived. */
function useAdminCode(): boolean {
  const [ready, setReady] = useState(AdminShell.isLoaded());
  useEffect(() => {
    let live = true;
    void homeLoaded().then(() => live && setReady(true));
    return () => { live = false; };
  }, []);
  return ready;
}

function Shell() {
  const { session, me, expired, loading } = useAuth();
  const location = useLocation();
  const adminCode = useAdminCode();
  if (!session && !expired) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (loading || !me) return <Loading />;
  // A password an administrator chose: nothing else is answered until it is changed.
  if (me.mustChangePassword) return <Suspense fallback={<Loading />}><ForcedPasswordChange /></Suspense>;
  if (enterpriseShell(me.user)) {
    return (
      <EnterpriseLayout>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<EnterpriseHome />} />
            <Route path="selfchecks" element={<SelfCheckList />} />
            <Route path="selfchecks/:id" element={<SelfCheckPage />} />
            <Route path="rectifications" element={<RectificationList />} />
            <Route path="findings/:id" element={<FindingDetail />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="warnings/notices" element={<NoticeList />} />
            <Route path="warnings/notices/:id" element={<NoticePage />} />
            <Route path="consult" element={<ConsultHome />} />
            <Route path="consult/new" element={<AskPage />} />
            <Route path="consult/:id" element={<QuestionPage />} />
            <Route path="trainings" element={<Learn />} />
            <Route path="trainings/:id" element={<TrainingPage />} />
            <Route path="visits" element={<VisitList />} />
            <Route path="visits/:id" element={<VisitPage />} />
            <Route path="laws" element={<LawsPage />} />
            <Route path="laws/:code" element={<LawsPage />} />
            <Route path="me" element={<ProfilePage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </EnterpriseLayout>
    );
  }
  if (!adminCode) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <AdminShell />
    </Suspense>
  );
}

/** Loads the sign-in dialog only when a session has ended by itself. */
function ExpiredSession() {
  const { expired, session } = useAuth();
  if (!expired || session) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiredModal />
    </Suspense>
  );
}

export default function App() {
  const { i18n } = useTranslation();
  const client = useMemo(createClient, []);
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={{ token: { colorPrimary: '#237804', motion: !reducedMotion } }} button={{ autoInsertSpace: false }}>
      <UrqlProvider value={client}>
          <AuthProvider>
            <BrowserRouter>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/*" element={<Shell />} />
              </Routes>
              <ExpiredSession />
            </BrowserRouter>
          </AuthProvider>
      </UrqlProvider>
    </ConfigProvider>
  );
}
