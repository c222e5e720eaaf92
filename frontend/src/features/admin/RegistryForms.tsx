import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { applyServerErrors } from '../../components/serverErrors';

// Forms for an enterprise's permits, facilities and EIA approvals
// (排污许可 / 设施 / 环评批复), each in a modal on the enterprise page.

const CreatePermitOp = graphql(`
  mutation CreatePermit($input: CreatePermitInput!) { createPermit(input: $input) { permit { id } } }
`);
const CreateFacilityOp = graphql(`
  mutation CreateFacility($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } } }
`);
const CreateEIAApprovalOp = graphql(`
  mutation CreateEIAApproval($input: CreateEIAApprovalInput!) { createEIAApproval(input: $input) { eiaApproval { id } } }
`);
const UpdatePermitOp = graphql(`
  mutation UpdatePermit($input: UpdatePermitInput!) { updatePermit(input: $input) { permit { id } } }
`);
const UpdateFacilityOp = graphql(`
  mutation UpdateFacility($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { id } } }
`);
const UpdateEIAApprovalOp = graphql(`
  mutation UpdateEIAApproval($input: UpdateEIAApprovalInput!) { updateEIAApproval(input: $input) { eiaApproval { id } } }
`);

/** A record being edited: its id and the form's values. */
export interface RegistryRecord {
  id: string;
  values: Record<string, unknown>;
}

export type RegistryKind = 'permit' | 'facility' | 'eia';

/** Dates are picked as Shanghai calendar days and sent as their UTC midnight. */
const day = (d?: Dayjs | null) => (d ? `${d.format('YYYY-MM-DD')}T00:00:00Z` : undefined);

export function RegistryForm({ kind, enterpriseID, record, onClose }: {
  kind: RegistryKind | null;
  enterpriseID: string;
  record?: RegistryRecord | null;
  onClose(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [p, createPermit] = useMutation(CreatePermitOp);
  const [f, createFacility] = useMutation(CreateFacilityOp);
  const [e, createEIA] = useMutation(CreateEIAApprovalOp);
  const [up, updatePermit] = useMutation(UpdatePermitOp);
  const [uf, updateFacility] = useMutation(UpdateFacilityOp);
  const [ue, updateEIA] = useMutation(UpdateEIAApprovalOp);

  // One form instance serves every opening: start each from the record.
  useEffect(() => {
    if (!kind) return;
    setError(null);
    form.resetFields();
    if (record) form.setFieldsValue(record.values);
  }, [kind, record, form]);

  async function submit(v: Record<string, unknown>) {
    setError(null);
    let res;
    const id = record?.id;
    if (kind === 'permit') {
      const input = { number: String(v.number).trim(), tier: v.tier as 'KEY',
        issuedOn: day(v.issuedOn as Dayjs)!, validUntil: day(v.validUntil as Dayjs)!,
        outlets: String(v.outlets ?? '').split(/[,，\s]+/).filter(Boolean) };
      res = id ? await updatePermit({ input: { id, ...input } }) : await createPermit({ input: { enterpriseID, ...input } });
    } else if (kind === 'facility') {
      const input = { code: String(v.code).trim(), name: String(v.name).trim(),
        kind: v.kind as 'CONTROL_FACILITY', capacity: (v.capacity as number) ?? undefined,
        capacityUnit: (v.capacityUnit as string) ?? undefined, technology: (v.technology as string) ?? undefined };
      res = id ? await updateFacility({ input: { id, ...input } }) : await createFacility({ input: { enterpriseID, ...input } });
    } else {
      const input = { projectName: String(v.projectName).trim(), documentNumber: String(v.documentNumber).trim(),
        reportType: v.reportType as 'REPORT', approvedOn: day(v.approvedOn as Dayjs)!, acceptanceOn: day(v.acceptanceOn as Dayjs) };
      res = id ? await updateEIA({ input: { id, ...input } }) : await createEIA({ input: { enterpriseID, ...input } });
    }
    if (res.error) {
      if (!applyServerErrors(form, res.error, Object.keys(v))) setError(errorMessage(res.error, t));
      return;
    }
    onClose(true);
  }

  const required = [{ required: true, message: t('admin.required') }];
  const titles = { permit: t('admin.newPermit'), facility: t('admin.newFacility'), eia: t('admin.newEIA') };
  const busy = p.fetching || f.fetching || e.fetching || up.fetching || uf.fetching || ue.fetching;
  return (
    <Modal open={!!kind} title={kind ? (record ? t('admin.edit') : titles[kind]) : ''} okText={t('admin.save')} forceRender
      confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(false)}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        {kind === 'permit' && (
          <>
            <Form.Item name="number" label={t('enterprises.number')} rules={required}><Input /></Form.Item>
            <Form.Item name="tier" label={t('enterprises.permitTier')} rules={required}>
              <Select options={(['KEY', 'SIMPLIFIED', 'REGISTRATION'] as const).map((v) => ({ value: v, label: t(`tier.${v}`) }))} />
            </Form.Item>
            <Form.Item name="issuedOn" label={t('admin.issuedOn')} rules={required}><DatePicker /></Form.Item>
            <Form.Item name="validUntil" label={t('enterprises.validUntil')} dependencies={['issuedOn']}
              rules={[...required, ({ getFieldValue }) => ({
                validator: (_, v?: Dayjs) => (!v || !getFieldValue('issuedOn') || v.isAfter(getFieldValue('issuedOn'))
                  ? Promise.resolve() : Promise.reject(new Error(t('admin.dateOrder')))),
              })]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="outlets" label={t('enterprises.outlets')} extra="DA001, DA002"><Input /></Form.Item>
          </>
        )}
        {kind === 'facility' && (
          <>
            <Form.Item name="code" label={t('enterprises.code')} rules={required} extra="MF0001 / TA001"><Input /></Form.Item>
            <Form.Item name="name" label={t('enterprises.facilityName')} rules={required}><Input /></Form.Item>
            <Form.Item name="kind" label={t('enterprises.kind')} rules={required}>
              <Select options={[{ value: 'PRODUCTION_LINE', label: t('admin.productionLine') }, { value: 'CONTROL_FACILITY', label: t('admin.controlFacility') }]} />
            </Form.Item>
            <Form.Item name="capacity" label={t('enterprises.capacity')}><InputNumber min={0} /></Form.Item>
            <Form.Item name="capacityUnit" label={t('admin.capacityUnit')}><Input /></Form.Item>
            <Form.Item name="technology" label={t('enterprises.technology')}><Input /></Form.Item>
          </>
        )}
        {kind === 'eia' && (
          <>
            <Form.Item name="projectName" label={t('enterprises.project')} rules={required}><Input /></Form.Item>
            <Form.Item name="documentNumber" label={t('enterprises.document')} rules={required} extra="长环评〔2023〕8号"><Input /></Form.Item>
            <Form.Item name="reportType" label={t('admin.reportType')} rules={required}>
              <Select options={(['REPORT', 'REPORT_FORM', 'REGISTRATION_FORM'] as const).map((v) => ({ value: v, label: t(`admin.${v}`) }))} />
            </Form.Item>
            <Form.Item name="approvedOn" label={t('enterprises.approvedOn')} rules={required}><DatePicker /></Form.Item>
            <Form.Item name="acceptanceOn" label={t('enterprises.acceptanceOn')}><DatePicker /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
