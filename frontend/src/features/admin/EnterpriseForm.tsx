import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EnterprisePerformanceGrade, EnterprisePermitTier } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { applyServerErrors } from '../../components/serverErrors';
import { DistrictSelect } from './DistrictSelect';
import { limits } from '../../gql/limits';

const CreateEnterpriseOp = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }
`);
const UpdateEnterpriseOp = graphql(`
  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name } } }
`);

export interface EnterpriseValues {
  name: string;
  creditCode: string;
  districtID: string;
  address?: string;
  industryCode: string;
  industryName: string;
  permitTier: EnterprisePermitTier;
  performanceGrade?: EnterprisePerformanceGrade;
  airRelated?: boolean;
  keySupervised?: boolean;
  vocUser?: boolean;
  hazardousWaste?: boolean;
  longitude?: number | null;
  latitude?: number | null;
}

const fields = ['name', 'creditCode', 'districtID', 'address', 'industryCode', 'industryName', 'permitTier', 'longitude', 'latitude'];
const tiers: EnterprisePermitTier[] = ['KEY', 'SIMPLIFIED', 'REGISTRATION', 'NONE'];
const grades: EnterprisePerformanceGrade[] = ['A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'GUARANTEE', 'NONE'];

/** Registers a new enterprise, or edits one (validated as the server validates). */
export function EnterpriseForm(props: { open: boolean; id?: string; initial?: Partial<EnterpriseValues>; onClose(saved?: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnterpriseValues>();
  const [error, setError] = useState<string | null>(null);
  const [created, create] = useMutation(CreateEnterpriseOp);
  const [updated, update] = useMutation(UpdateEnterpriseOp);

  // One form instance serves every opening: start each from the record.
  const { open, initial } = props;
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ airRelated: true, performanceGrade: 'NONE', ...initial });
  }, [open, initial, form]);

  // An error naming a field goes under that field; any other above the form.
  function failed(err: Parameters<typeof errorMessage>[0]): boolean {
    if (!err) return false;
    if (!applyServerErrors(form, err, fields)) setError(errorMessage(err, t));
    return true;
  }

  async function submit(v: EnterpriseValues) {
    setError(null);
    const input = { ...v, longitude: v.longitude ?? undefined, latitude: v.latitude ?? undefined };
    if (props.id) {
      const res = await update({ input: { id: props.id, ...input } });
      if (!failed(res.error)) props.onClose(props.id);
    } else {
      const res = await create({ input });
      if (!failed(res.error)) props.onClose(res.data?.createEnterprise.enterprise.id);
    }
  }

  return (
    <Modal open={props.open} title={props.id ? t('admin.editEnterprise') : t('admin.newEnterprise')} width={640}
      okText={t('admin.save')} confirmLoading={created.fetching || updated.fetching}
      onOk={() => form.submit()} onCancel={() => props.onClose()} forceRender>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t('enterprises.name')} rules={[{ required: true, whitespace: true, message: t('admin.required') }, { max: limits.Enterprise.name }]}>
          <Input />
        </Form.Item>
        {/* The server checks and folds codes (lower case, full-width characters, spaces): one definition, api/uscc and api/input. */}
        <Form.Item name="creditCode" label={t('enterprises.creditCode')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="districtID" label={t('enterprises.district')} rules={[{ required: true, message: t('admin.required') }]}>
          <DistrictSelect onChange={(v) => form.setFieldValue('districtID', v)} />
        </Form.Item>
        <Form.Item name="address" label={t('enterprises.address')} rules={[{ max: limits.Enterprise.address }]}>
          <Input />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="industryCode" label={t('admin.industryCode')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="industryName" label={t('admin.industryName')} rules={[{ required: true, message: t('admin.required') }]}>
            <Input style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="permitTier" label={t('enterprises.permitTier')} rules={[{ required: true, message: t('admin.required') }]}>
            <Select style={{ width: 160 }} options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))} />
          </Form.Item>
          <Form.Item name="performanceGrade" label={t('enterprises.grade')}>
            <Select style={{ width: 140 }} options={grades.map((v) => ({ value: v, label: t(`grade.${v}`) }))} />
          </Form.Item>
          <Form.Item name="longitude" label={t('admin.longitude')}><InputNumber min={-180} max={180} /></Form.Item>
          <Form.Item name="latitude" label={t('admin.latitude')}><InputNumber min={-90} max={90} /></Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="airRelated" valuePropName="checked" noStyle><Checkbox>{t('admin.airRelated')}</Checkbox></Form.Item>
          <Form.Item name="keySupervised" valuePropName="checked" noStyle><Checkbox>{t('admin.keySupervised')}</Checkbox></Form.Item>
          <Form.Item name="vocUser" valuePropName="checked" noStyle><Checkbox>{t('admin.vocUser')}</Checkbox></Form.Item>
          <Form.Item name="hazardousWaste" valuePropName="checked" noStyle><Checkbox>{t('admin.hazardousWaste')}</Checkbox></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
