import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { UserOrderField, UserRole, UserWhereInput } from '../../gql/graphql';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/errors';
import { applyServerErrors } from '../../components/serverErrors';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { formatDateTime } from '../../app/time';
import { DistrictSelect } from './DistrictSelect';
import { allRoles, roleScope } from './roles';
import { ExportButton } from '../exchange/ExportButton';

const UsersOp = graphql(`
  query Users($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {
    users(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id username displayName phone role active mustChangePassword lastLoginAt enterprise { id name } districts { id nameZh nameEn } viewerCan { manage } } }
    }
  }
`);
const CreateUserOp = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } } }
`);
const DeactivateUserOp = graphql(`
  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { user { id active } } }
`);
const ResetPasswordOp = graphql(`
  mutation ResetUserPassword($id: ID!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }
`);
const EnterpriseSearchOp = graphql(`
  query EnterpriseSearch($q: String!) { enterprises(first: 20, where: { nameContains: $q }) { edges { node { id name } } } }
`);

export function userWhere(search: string, role?: UserRole): UserWhereInput {
  const w: UserWhereInput = {};
  if (role) w.role = role;
  const s = search.trim();
  if (s) w.or = [{ usernameContains: s.toLowerCase() }, { displayNameContains: s }];
  return w;
}

const keys = ['q', 'role'] as const;
const sortFields: readonly UserOrderField[] = ['USERNAME', 'DISPLAY_NAME', 'ROLE', 'LAST_LOGIN_AT'];
const byUsername: Sort<UserOrderField> = { field: 'USERNAME', direction: 'ASC' };

/** Users within the viewer's scope: create, deactivate, reset passwords. */
export default function UserList() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const list = useListState({ keys, sortFields, defaultSort: byUsername });
  const { q, role } = list.filters;
  const where = useMemo(() => userWhere(q ?? '', role as UserRole | undefined), [q, role]);
  const [res, refetch] = useQuery({ query: UsersOp, variables: { ...list.pages.vars, where, orderBy: list.sort } });
  const [, deactivate] = useMutation(DeactivateUserOp);
  const [, reset] = useMutation(ResetPasswordOp);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const conn = res.data?.users;
  type Row = NonNullable<NonNullable<NonNullable<typeof conn>['edges']>[number]>['node'] & object;
  // The roles the viewer may create, as the server's rules decide.
  const roles = me?.can.creatableRoles ?? [];

  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{t('admin.users')}</Typography.Title>
        {roles.length > 0 && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('admin.newUser')}</Button>}
      </div>
      {notice && <Alert type={notice.type} showIcon closable title={notice.text} onClose={() => setNotice(null)} style={{ marginBottom: 12 }} role="status" />}
      <DataList extra={<ExportButton what={{ list: { users: { where, orderBy: list.sort } } }} />} list={list} conn={conn} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('admin.noUsers')} testId="user-list"
        filters={<>
          <ListSearch list={list} name="q" placeholder={t('admin.searchUsers')} width={260} />
          <Select allowClear placeholder={t('admin.allRoles')} aria-label={t('admin.role')} style={{ width: 160 }} value={role}
            options={allRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} onChange={(v) => list.set({ role: v })} />
        </>}
        columns={[
            { key: 'username', sortField: 'USERNAME', title: t('admin.username'), dataIndex: 'username' },
            { key: 'displayName', sortField: 'DISPLAY_NAME', title: t('admin.displayName'), dataIndex: 'displayName' },
            { key: 'role', sortField: 'ROLE', title: t('admin.role'), render: (_, u) => t(`roles.${u.role}`) },
            { key: 'scope', title: t('admin.scope'), render: (_, u) => u.enterprise?.name ?? (u.districts ?? []).map((d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh)).join('、') },
            { key: 'status', title: t('admin.status'), render: (_, u) => (u.active
              ? <>{<Tag color="green">{t('admin.active')}</Tag>}{u.mustChangePassword && <Tag color="gold">{t('admin.mustChangePassword')}</Tag>}</>
              : <Tag>{t('admin.inactive')}</Tag>) },
            { key: 'lastLogin', sortField: 'LAST_LOGIN_AT', title: t('admin.lastLogin'), render: (_, u) => formatDateTime(u.lastLoginAt) || '—' },
            {
              key: 'actions',
              title: t('admin.actions'),
              render: (_, u) => u.viewerCan.manage && (
                <Space>
                  <Popconfirm title={t('admin.resetConfirm', { name: u.username })} onConfirm={async () => {
                    const r = await reset({ id: u.id });
                    setNotice(r.error ? { type: 'error', text: errorMessage(r.error, t)! }
                      : { type: 'success', text: t('admin.resetDone', { name: u.username, password: r.data?.resetUserPassword.temporaryPassword }) });
                    refetch({ requestPolicy: 'network-only' });
                  }}>
                    <Button size="small">{t('admin.resetPassword')}</Button>
                  </Popconfirm>
                  {u.active && (
                    <Popconfirm title={t('admin.deactivateConfirm', { name: u.username })} onConfirm={async () => {
                      const r = await deactivate({ id: u.id });
                      setNotice(r.error ? { type: 'error', text: errorMessage(r.error, t)! } : { type: 'success', text: t('admin.deactivated', { name: u.username }) });
                      refetch({ requestPolicy: 'network-only' });
                    }}>
                      <Button size="small" danger>{t('admin.deactivate')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
        ] satisfies DataColumn<Row>[]} />
      <CreateUserModal open={creating} roles={roles} onClose={(saved) => {
        setCreating(false);
        if (saved) { setNotice({ type: 'success', text: t('admin.userCreated', { name: saved }) }); refetch({ requestPolicy: 'network-only' }); }
      }} />
    </div>
  );
}

function CreateUserModal({ open, roles, onClose }: { open: boolean; roles: readonly UserRole[]; onClose(saved?: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const role = Form.useWatch('role', form) as UserRole | undefined;
  const [q, setQ] = useState('');
  const [found] = useQuery({ query: EnterpriseSearchOp, variables: { q }, pause: q.length < 2 });
  const [state, create] = useMutation(CreateUserOp);
  const [error, setError] = useState<string | null>(null);

  async function submit(v: { username: string; displayName: string; phone?: string; password: string; role: UserRole; enterpriseID?: string; districtID?: string }) {
    setError(null);
    const res = await create({ input: { username: v.username.trim(), displayName: v.displayName.trim(), phone: v.phone, password: v.password,
      role: v.role, enterpriseID: roleScope[v.role] === 'enterprise' ? v.enterpriseID : undefined,
      districtIDs: roleScope[v.role] === 'districts' ? [v.districtID!] : undefined } });
    if (res.error) {
      if (!applyServerErrors(form, res.error, ['username', 'displayName', 'phone', 'password', 'enterpriseID', 'districtIDs'])) setError(errorMessage(res.error, t));
      return;
    }
    onClose(v.username);
  }

  const required = [{ required: true, message: t('admin.required') }];
  return (
    <Modal open={open} title={t('admin.newUser')} okText={t('admin.save')} confirmLoading={state.fetching} destroyOnHidden
      onOk={() => form.submit()} onCancel={() => onClose()}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: roles[roles.length - 1] }} preserve={false}>
        <Form.Item name="username" label={t('admin.username')} rules={[...required, { pattern: /^[a-z0-9_.-]{3,32}$/, message: t('admin.usernameRule') }]}>
          <Input autoCapitalize="none" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.displayName')} rules={required}><Input /></Form.Item>
        <Form.Item name="phone" label={t('admin.phone')}><Input /></Form.Item>
        <Form.Item name="password" label={t('admin.initialPassword')} rules={[...required, { pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,72}$/, message: t('admin.passwordRule') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.role')} rules={required}>
          <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {role && roleScope[role] === 'enterprise' && (
          <Form.Item name="enterpriseID" label={t('findings.enterprise')} rules={required}>
            <Select showSearch={{ filterOption: false, onSearch: setQ }} placeholder={t('admin.searchEnterprise')}
              notFoundContent={q.length < 2 ? t('admin.typeToSearch') : undefined}
              options={(found.data?.enterprises.edges ?? []).map((e) => ({ value: e!.node!.id, label: e!.node!.name }))} />
          </Form.Item>
        )}
        {role && roleScope[role] === 'districts' && (
          <Form.Item name="districtID" label={t('enterprises.district')} rules={required}>
            <DistrictSelect onChange={(v) => form.setFieldValue('districtID', v)} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
