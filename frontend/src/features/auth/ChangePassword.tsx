import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Progress, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useAuth } from '../../app/auth';
import { signInAgain } from '../../app/session';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { LanguageSwitch } from '../../components/LanguageSwitch';

const ChangePasswordOp = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }
`);

/**
 * How hard a password looks to guess, 0–4, for the meter only: the server
 * alone decides what it accepts (its message shows on the field).
 */
export function passwordStrength(p: string): number {
  if (!p) return 0;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const repeated = /^(.)\1+$/.test(p) || /^(?:0123|1234|abcd|qwer|pass|gree)/i.test(p);
  let score = (p.length >= 8 ? 1 : 0) + (p.length >= 12 ? 1 : 0) + (kinds >= 2 ? 1 : 0) + (kinds >= 3 ? 1 : 0);
  if (repeated) score = Math.min(score, 1);
  return score;
}

interface Values { currentPassword: string; newPassword: string; confirm: string }

/**
 * 修改密码: the current password and a new one (twice), with a strength
 * meter. The server ends every session of the user, this one too: the new
 * password signs this device in again at once, so only the others end.
 */
export function ChangePasswordForm({ onDone }: { onDone?(): void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const [state, change] = useMutation(ChangePasswordOp);
  const [error, setError] = useState<string | null>(null);
  const next = Form.useWatch('newPassword', form) ?? '';
  const strength = passwordStrength(next);
  const submit = async (v: Values) => {
    setError(null);
    const r = await change({ input: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
    if (r.error) {
      if (!applyServerErrors(form, r.error, ['currentPassword', 'newPassword'])) setError(r.error.graphQLErrors[0]?.message ?? t('errors.NETWORK'));
      return;
    }
    // Every session ended, this one too: this device signs in again with
    // the new password, on a fresh page (nothing of the old session kept).
    const again = me ? await signInAgain(me.user.username, v.newPassword).catch(() => false) : false;
    onDone?.();
    window.location.assign(again ? '/' : '/login');
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={clearErrorsOnChange(form)} data-testid="change-password">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} extra={me?.passwordRule} rules={[{ required: true, message: t('password.newRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {next && (
        <div className="password-strength" aria-live="polite">
          <Progress percent={strength * 25} steps={4} showInfo={false} strokeColor={['#cf1322', '#d48806', '#7cb305', '#237804'][Math.max(strength - 1, 0)]} />
          <Typography.Text type="secondary">{t(`password.strength.${strength}`)}</Typography.Text>
        </div>
      )}
      <Form.Item name="confirm" label={t('password.confirm')} dependencies={['newPassword']}
        rules={[{ required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))) })]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('password.othersEnd')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" block loading={state.fetching} icon={<LockOutlined />}>{t('password.submit')}</Button>
    </Form>
  );
}

/** The password change as a dialog (我的 → 修改密码, the administrators' header). */
export function ChangePasswordButton({ block, text }: { block?: boolean; text?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button block={block} type={text ? 'text' : 'default'} icon={<LockOutlined />} onClick={() => setOpen(true)}>{t('password.title')}</Button>
      <Modal open={open} title={t('password.title')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <ChangePasswordForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/**
 * The only page of a session whose password an administrator chose (a new
 * account, a reset): the server answers nothing else until it is changed.
 */
export default function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  return (
    <div className="login-page">
      <Card className="login-card" title={t('password.forcedTitle')}>
        <Alert type="warning" showIcon title={t('password.forced', { name: me?.user.displayName ?? '' })} style={{ marginBottom: 16 }} />
        <ChangePasswordForm />
        <div className="section" style={{ display: 'flex', justifyContent: 'space-between' }}>
          <LanguageSwitch />
          <Button type="link" onClick={() => void logout()}>{t('app.logout')}</Button>
        </div>
      </Card>
    </div>
  );
}
