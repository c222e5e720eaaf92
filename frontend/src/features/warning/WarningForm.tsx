import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import type { WarningLevel } from '../../gql/graphql';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { DistrictsSelect, useDistrictNames } from '../admin/DistrictSelect';
import { shanghaiInstant, ZONE } from '../../app/time';

export const RecipientsOp = graphql(`
  query WarningRecipients($districtIDs: [ID!], $effectiveFrom: Time) {
    warningRecipients(districtIDs: $districtIDs, effectiveFrom: $effectiveFrom) { total byDistrict { districtID count } byGrade { grade count } }
  }
`);

const DefaultsOp = graphql(`
  query WarningDefaultMeasures($level: WarningLevel!) { warningDefaultMeasures(level: $level) { grade measuresZh measuresEn } }
`);

const SaveDraftOp = graphql(`
  mutation SaveWarningDraft($input: SaveWarningDraftInput!) { saveWarningDraft(input: $input) { id status viewerCan { publish } } }
`);

const DraftOp = graphql(`
  query WarningDraft($id: ID!) {
    node(id: $id) {
      ... on Warning {
        id title level status content effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes repushMinutes callMinutes
        districts { id } viewerCan { edit }
      }
    }
  }
`);

export const PublishWarningOp = graphql(`
  mutation PublishWarning($id: ID!) { publishWarning(id: $id) { id status round publishedAt } }
`);

interface Values {
  title: string; level: WarningLevel; districtIDs?: string[]; effectiveFrom: Dayjs; effectiveTo?: Dayjs; content: string;
  ackSLAMinutes?: number; reportSLAMinutes?: number; repushMinutes?: number; callMinutes?: number;
}

const fields = ['title', 'level', 'districtIDs', 'effectiveFrom', 'effectiveTo', 'content', 'ackSLAMinutes', 'reportSLAMinutes', 'repushMinutes', 'callMinutes'];

/** 发布预警: the draft form with its live recipient preview, then one click to every recipient; with an id, that draft. */
export default function WarningForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id: draftID } = useParams();
  const [form] = Form.useForm<Values>();
  const [draft] = useQuery({ query: DraftOp, variables: { id: draftID ?? '' }, pause: !draftID });
  const d = draft.data?.node?.__typename === 'Warning' ? draft.data.node : null;
  useEffect(() => {
    if (!d) return;
    form.setFieldsValue({
      title: d.title, level: d.level, districtIDs: (d.districts ?? []).map((x) => x.id), content: d.content,
      effectiveFrom: dayjs(d.effectiveFrom).tz(ZONE), effectiveTo: d.effectiveTo ? dayjs(d.effectiveTo).tz(ZONE) : undefined,
      ackSLAMinutes: d.ackSLAMinutes, reportSLAMinutes: d.reportSLAMinutes, repushMinutes: d.repushMinutes, callMinutes: d.callMinutes,
    });
  }, [d, form]);
  const districts = Form.useWatch('districtIDs', form);
  const names = useDistrictNames();
  const level = Form.useWatch('level', form) ?? 'ORANGE';
  const [defaults] = useQuery({ query: DefaultsOp, variables: { level } });
  // The grades come from the plans of the year it takes effect: asked again only when that year changes.
  const from = Form.useWatch('effectiveFrom', form) as Dayjs | undefined;
  const [preview] = useQuery({ query: RecipientsOp, variables: {
    districtIDs: districts?.length ? districts : null, effectiveFrom: from ? shanghaiInstant(from.tz(ZONE).startOf('year')) : null } });
  const [save, saveDraft] = useMutation(SaveDraftOp);
  const [pub, publish] = useMutation(PublishWarningOp);
  const [error, setError] = useState<string>();
  const [modal, modalHolder] = Modal.useModal();
  const p = preview.data?.warningRecipients;

  async function submit(andPublish: boolean) {
    setError(undefined);
    const v = await form.validateFields();
    // Asked before anything is saved: a cancelled publication leaves no draft behind.
    if (andPublish && !(await new Promise<boolean>((resolve) => modal.confirm({
      title: t('warning.publish'), content: t('warning.confirmPublish', { count: p?.total ?? 0 }), okText: t('warning.publish'),
      okButtonProps: { danger: true }, onOk: () => resolve(true), onCancel: () => resolve(false),
    })))) return;
    const r = await saveDraft({ input: {
      id: draftID ?? null, title: v.title, level: v.level, districtIDs: v.districtIDs?.length ? v.districtIDs : null, content: v.content ?? '',
      effectiveFrom: shanghaiInstant(v.effectiveFrom)!, effectiveTo: shanghaiInstant(v.effectiveTo),
      ackSLAMinutes: v.ackSLAMinutes ?? null, reportSLAMinutes: v.reportSLAMinutes ?? null,
      repushMinutes: v.repushMinutes ?? null, callMinutes: v.callMinutes ?? null,
    } });
    if (r.error) {
      if (!applyServerErrors(form, r.error, fields)) setError(r.error.graphQLErrors[0]?.message ?? r.error.message);
      return;
    }
    const id = r.data!.saveWarningDraft.id;
    if (andPublish) {
      const res = await publish({ id });
      if (res.error) setError(res.error.graphQLErrors[0]?.message ?? res.error.message);
    }
    navigate(`/warnings/${id}`);
  }

  return (
    <div className="page page-wide">
      {modalHolder}
      <Typography.Title level={4} className="page-title">{draftID ? t('warning.editDraft') : t('warning.newDraft')}</Typography.Title>
      {d && !d.viewerCan.edit && <Alert type="warning" showIcon title={t('warning.notEditable')} style={{ marginBottom: 12 }} />}
      <Row gutter={24}>
        <Col xs={24} lg={15}>
          <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} initialValues={{ level: 'ORANGE', effectiveFrom: dayjs().tz(ZONE).add(1, 'day').startOf('hour'), ackSLAMinutes: 120, reportSLAMinutes: 240, repushMinutes: 30, callMinutes: 60 }}>
            <Form.Item name="title" label={t('warning.fields.title')} rules={[{ required: true, whitespace: true }]}><Input maxLength={limits.Warning.title} /></Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item name="level" label={t('warning.fields.level')} rules={[{ required: true }]}>
                  <Select options={(['YELLOW', 'ORANGE', 'RED'] as const).map((l) => ({ value: l, label: `${t(`warning.level.${l}`)}${t('warning.paren', { what: t(`warning.response.${l}`) })}` }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item name="districtIDs" label={t('warning.fields.districts')}><DistrictsSelect /></Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="effectiveFrom" label={t('warning.fields.effectiveFrom')} rules={[{ required: true }]}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="effectiveTo" label={t('warning.fields.effectiveTo')}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="content" label={t('warning.fields.content')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={5} maxLength={limits.Warning.content} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={12}><Form.Item name="ackSLAMinutes" label={t('warning.fields.ackSLA')}><InputNumber min={1} max={1440} style={{ width: '100%' }} /></Form.Item></Col>
              <Col xs={12}><Form.Item name="reportSLAMinutes" label={t('warning.fields.reportSLA')}><InputNumber min={1} max={10080} style={{ width: '100%' }} /></Form.Item></Col>
              <Col xs={12}><Form.Item name="repushMinutes" label={t('warning.fields.repush')}><InputNumber min={1} max={1440} style={{ width: '100%' }} /></Form.Item></Col>
              <Col xs={12}><Form.Item name="callMinutes" label={t('warning.fields.call')}><InputNumber min={1} max={10080} style={{ width: '100%' }} /></Form.Item></Col>
            </Row>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
            <Button onClick={() => void submit(false)} loading={save.fetching} style={{ marginRight: 8 }}>{t('warning.saveDraft')}</Button>
            <Button type="primary" danger onClick={() => void submit(true)} loading={save.fetching || pub.fetching} disabled={!p?.total}>{t('warning.publishNow')}</Button>
          </Form>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('warning.recipients', { count: p?.total ?? 0 })} loading={preview.fetching && !p} data-testid="recipient-preview">
            <Descriptions size="small" column={1} title={t('warning.byDistrict')}
              items={(p?.byDistrict ?? []).map((d) => ({ key: d.districtID, label: names[d.districtID] ?? d.districtID, children: d.count }))} />
            <Descriptions size="small" column={2} title={t('warning.byGrade')} style={{ marginTop: 12 }}
              items={(p?.byGrade ?? []).map((g) => ({ key: g.grade, label: t(`grade.${g.grade}`), children: g.count }))} />
          </Card>
          <Card title={t('warning.defaults')} size="small" style={{ marginTop: 12 }} data-testid="default-measures">
            <Descriptions size="small" column={1}
              items={(defaults.data?.warningDefaultMeasures ?? []).map((m) => ({ key: m.grade, label: t(`grade.${m.grade}`),
                children: i18n.language === 'en-US' && m.measuresEn ? m.measuresEn : m.measuresZh }))} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
