import { useState } from 'react';
import { Alert, AutoComplete, Button, Card, Col, Form, Input, List, Modal, Row, message } from 'antd';
import { DeleteOutlined, EditOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';

const UpdateContactsOp = graphql(`
  mutation UpdateEnterpriseContacts($input: UpdateEnterpriseContactsInput!) {
    updateEnterpriseContacts(input: $input) { enterprise { id contacts { name role phone email } } }
  }
`);

export interface Contact { name: string; role?: string | null; phone?: string | null; email?: string | null }

/** The usual contact roles: stored in Chinese (as enterprises write them), shown in the reader's language. */
const usualRoles = ['ENV_MANAGER', 'ENV_OFFICER', 'EMERGENCY', 'LEGAL_REP', 'PRODUCTION'] as const;

/** A role in the reader's language: a usual one translated, one written by hand as written. */
export function useRoleLabel() {
  const { t, i18n } = useTranslation();
  const zh = i18n.getFixedT('zh-CN');
  return (role: string) => {
    const key = usualRoles.find((k) => zh(`enterprises.contactRoles.${k}`) === role.trim());
    return key ? t(`enterprises.contactRoles.${key}`) : role;
  };
}

/** A contact as read: name (role) and a phone one can tap. */
export function ContactLine({ c }: { c: Contact }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <span>
      {c.name}{c.role ? t('enterprises.roleParen', { role: roleLabel(c.role) }) : ''}
      {c.phone && <> <a href={`tel:${c.phone}`}><PhoneOutlined /> {c.phone}</a></>}
      {c.email && <> · {c.email}</>}
    </span>
  );
}

/**
 * 联系人: an enterprise's contacts and, when the server says the viewer may
 * (viewerCan.updateContacts — the enterprise's own users, its district),
 * their editor; errors land on the contact's field.
 */
export function Contacts({ enterpriseID, contacts, canEdit, onSaved }: {
  enterpriseID: string; contacts: Contact[]; canEdit: boolean; onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.getFixedT('zh-CN');
  const roleOptions = usualRoles.map((k) => ({ value: zh(`enterprises.contactRoles.${k}`), label: t(`enterprises.contactRoles.${k}`) }));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ contacts: Contact[] }>();
  const [state, save] = useMutation(UpdateContactsOp);
  const [error, setError] = useState<string | null>(null);
  const edit = () => {
    form.setFieldsValue({ contacts: contacts.map(({ name, role, phone, email }) => ({ name, role, phone, email })) });
    setError(null);
    setOpen(true);
  };
  const submit = async (v: { contacts: Contact[] }) => {
    const r = await save({ input: { enterpriseID, contacts: (v.contacts ?? []).map((c) => ({
      name: c.name ?? '', role: c.role || null, phone: c.phone || null, email: c.email || null })) } });
    if (r.error) {
      if (!applyServerErrors(form, r.error, ['contacts'])) setError(r.error.graphQLErrors[0]?.message ?? t('errors.NETWORK'));
      return;
    }
    void message.success(t('enterprises.contactsSaved'));
    setOpen(false);
    onSaved();
  };
  return (
    <Card size="small" title={t('enterprises.contacts')} className="section" data-testid="contacts"
      extra={canEdit && <Button size="small" icon={<EditOutlined />} onClick={edit}>{t('enterprises.editContacts')}</Button>}>
      <List dataSource={contacts} locale={{ emptyText: t('common.none') }} renderItem={(c) => <List.Item><ContactLine c={c} /></List.Item>} />
      <Modal open={open} title={t('enterprises.editContacts')} okText={t('enterprises.saveContacts')} confirmLoading={state.fetching}
        onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden forceRender>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={clearErrorsOnChange(form)}>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Card key={key} size="small" className="contact-card" data-testid="contact-edit">
                    <Row gutter={8} align="bottom">
                      <Col xs={12} md={6}>
                        <Form.Item name={[name, 'name']} label={t('enterprises.contactName')} rules={[{ required: true, whitespace: true, message: t('enterprises.contactNameRequired') }]}>
                          <Input maxLength={limits.Contact.name} autoComplete="name" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[name, 'role']} label={t('enterprises.contactRole')}>
                          {/* A usual role from the list (stored in Chinese), or any other typed. */}
                          <AutoComplete maxLength={limits.Contact.role} options={roleOptions} filterOption={false} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={5}>
                        <Form.Item name={[name, 'phone']} label={t('enterprises.contactPhone')}>
                          <Input maxLength={limits.Contact.phone} inputMode="tel" autoComplete="tel" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={5}>
                        <Form.Item name={[name, 'email']} label={t('enterprises.contactEmail')}>
                          <Input maxLength={limits.Contact.email} inputMode="email" autoComplete="email" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={2}>
                        <Form.Item>
                          <Button danger icon={<DeleteOutlined />} aria-label={t('enterprises.removeContact')} onClick={() => remove(name)} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '' })}>{t('enterprises.addContact')}</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Card>
  );
}
