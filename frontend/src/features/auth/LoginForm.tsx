import { useState, type FormEvent } from 'react';
import { Alert, Button, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LoginError, useAuth } from '../../app/auth';

/**
 * Username and password; errors shown by their code, in the user's
 * language. A plain form (not antd's Form) keeps the first page light.
 */
export function LoginForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missingUser = touched && !username.trim();
  const missingPassword = touched && !password;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      onDone?.();
    } catch (err) {
      const code = err instanceof LoginError ? err.code : 'NETWORK';
      // The server's message is already in the user's language and says
      // e.g. how long a lock lasts; other codes are translated here.
      const own = (code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED') && (err as LoginError).message;
      setError(own || t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('login.title')} noValidate className="login-form">
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <label htmlFor="login-username">{t('login.username')}</label>
      <Input id="login-username" name="username" prefix={<UserOutlined />} autoComplete="username" size="large"
        autoCapitalize="none" value={username} onChange={(e) => setUsername(e.target.value)}
        status={missingUser ? 'error' : undefined} aria-invalid={missingUser} aria-describedby="login-username-error" />
      <div id="login-username-error" className="field-error" role={missingUser ? 'alert' : undefined}>
        {missingUser ? t('login.usernameRequired') : ''}
      </div>
      <label htmlFor="login-password">{t('login.password')}</label>
      <Input.Password id="login-password" name="password" prefix={<LockOutlined />} autoComplete="current-password" size="large"
        value={password} onChange={(e) => setPassword(e.target.value)}
        status={missingPassword ? 'error' : undefined} aria-invalid={missingPassword} aria-describedby="login-password-error" />
      <div id="login-password-error" className="field-error" role={missingPassword ? 'alert' : undefined}>
        {missingPassword ? t('login.passwordRequired') : ''}
      </div>
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
