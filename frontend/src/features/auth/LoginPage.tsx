import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LoginForm } from './LoginForm';

export default function LoginPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const next = new URLSearchParams(useLocation().search).get('next') || '/';
  if (session) return <Navigate to={next.startsWith('/') ? next : '/'} replace />;
  return (
    <main className="login-page">
      <div className="login-lang"><LanguageSwitch /></div>
      <div className="login-card card">
        <h1>{t('app.name')}</h1>
        <p className="secondary">{t('login.tagline')}</p>
        <LoginForm />
      </div>
    </main>
  );
}
