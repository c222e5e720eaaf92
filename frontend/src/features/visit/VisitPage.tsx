import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, List, Modal, Popconfirm, Select, Space, Table, Tag, Typography, message } from 'antd';
import { CheckCircleOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import './messages';
import { graphql } from '../../gql';
import type { FindingSeverity, VisitQuery } from '../../gql/graphql';
import { limits } from '../../gql/limits';
import { QueryState } from '../../components/QueryState';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { SeverityTag, findingSeverities } from '../rectify/SeverityTag';
import { errorMessage } from '../../app/errors';
import { formatDate, formatDateTime, shanghaiInstant, todayShanghai } from '../../app/time';

const VisitOp = graphql(`
  query Visit($id: ID!) {
    node(id: $id) {
      ... on Visit {
        id kind status scheduledOn heldOn notes plan reasons confirmedAt
        planSteps { measure responsible dueOn }
        enterprise { id name }
        team { id displayName role }
        photos { id name contentType url takenAt }
        findings(first: 50) { edges { node { id title severity status dueAt } } }
        viewerCan { record cancel confirm }
      }
    }
  }
`);

const RecordVisitOp = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id status } }
`);

const CancelVisitOp = graphql(`
  mutation CancelVisit($id: ID!) { cancelVisit(id: $id) { id status } }
`);

const ConfirmVisitOp = graphql(`
  mutation ConfirmVisit($id: ID!) { confirmVisit(id: $id) { id confirmedAt } }
`);

type Visit = Extract<NonNullable<VisitQuery['node']>, { __typename?: 'Visit' }>;
const severities = findingSeverities;

/**
 * 帮扶详情: a visit for everyone who may read it — the district records it
 * once held (notes, photos, problems found on site, the tailored plan
 * 一企一策); the enterprise reads it on its phone and confirms receipt. The
 * actions come from viewerCan.
 */
export default function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: VisitOp, variables: { id }, requestPolicy: 'cache-and-network' });
  const v = res.data?.node?.__typename === 'Visit' ? (res.data.node as Visit) : null;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [confirmState, confirm] = useMutation(ConfirmVisitOp);
  const [cancelState, cancel] = useMutation(CancelVisitOp);
  return (
    <div className="page visit-page">
      <QueryState fetching={res.fetching && !v} error={res.error} empty={!res.fetching && !v} emptyText={t('errors.NOT_FOUND')} retry={reload}>
        {v && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{t('visit.titleOf', { kind: t(`visit.kind.${v.kind}`), name: v.enterprise.name })}</Typography.Title>
              <Space size={4} wrap>
                <Tag color={v.status === 'HELD' ? 'green' : 'blue'}>{t(`visit.status.${v.status}`)}</Tag>
                {v.confirmedAt && <Tag color="green" icon={<CheckCircleOutlined />}>{t('visit.confirmedAt', { time: formatDateTime(v.confirmedAt) })}</Tag>}
              </Space>
            </div>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered className="section" styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label={t('visit.scheduledOn')}>{formatDate(v.scheduledOn)}</Descriptions.Item>
              <Descriptions.Item label={t('visit.heldOn')}>{v.heldOn ? formatDate(v.heldOn) : '—'}</Descriptions.Item>
              {(v.team ?? []).length > 0 && <Descriptions.Item label={t('visit.team')}>{(v.team ?? []).map((u) => u.displayName).join('、')}</Descriptions.Item>}
              <Descriptions.Item label={t('visit.reasons')}>
                <Space size={4} wrap>{(v.reasons ?? []).map((r) => <Tag key={r}>{t(`visit.reason.${r}`)}</Tag>)}</Space>
              </Descriptions.Item>
            </Descriptions>
            {v.status === 'PLANNED' && !v.viewerCan.record && <Alert type="info" showIcon message={t('visit.notYetHeld')} />}
            {v.heldOn && (
              <>
                <Card size="small" title={t('visit.notes')} className="section">
                  <Typography.Paragraph className="pre-wrap">{v.notes}</Typography.Paragraph>
                  <EvidenceGallery items={v.photos ?? []} />
                </Card>
                <Card size="small" title={t('visit.findings')} className="section" data-testid="visit-findings">
                  <List dataSource={(v.findings.edges ?? []).map((e) => e!.node!)} locale={{ emptyText: t('common.none') }}
                    renderItem={(f) => (
                      <List.Item>
                        <List.Item.Meta title={<Link to={`/findings/${f.id}`}>{f.title}</Link>}
                          description={<>{t('findings.dueAt')} {formatDate(f.dueAt)}</>} />
                        <SeverityTag severity={f.severity} />
                      </List.Item>
                    )} />
                </Card>
                {(v.plan || (v.planSteps ?? []).length > 0) && <Card size="small" title={t('visit.planSummary')} className="section" data-testid="visit-plan">
                  {v.plan && <Typography.Paragraph className="pre-wrap">{v.plan}</Typography.Paragraph>}
                  {(v.planSteps ?? []).length > 0 && (
                    <Table size="small" rowKey={(_, i) => String(i)} pagination={false} scroll={{ x: 'max-content' }} dataSource={v.planSteps ?? []}
                      columns={[
                        { key: 'measure', title: t('visit.measure'), dataIndex: 'measure' },
                        { key: 'responsible', title: t('visit.responsible'), dataIndex: 'responsible' },
                        { key: 'dueOn', title: t('visit.dueOn'), dataIndex: 'dueOn' },
                      ]} />
                  )}
                </Card>}
                {!v.confirmedAt && !v.viewerCan.confirm && <Alert className="section" type="info" showIcon message={t('visit.waitingConfirm')} />}
              </>
            )}
            {v.viewerCan.confirm && (
              <Card size="small" className="section confirm-card">
                <Typography.Paragraph>{t('visit.confirmHelp')}</Typography.Paragraph>
                {confirmState.error && <Alert type="error" showIcon message={errorMessage(confirmState.error, t)} />}
                <Popconfirm title={t('visit.confirmHelp')} okText={t('visit.confirm')} cancelText={t('common.close')}
                  onConfirm={async () => { const r = await confirm({ id: v.id }); if (!r.error) { void message.success(t('visit.confirmedDone')); reload(); } }}>
                  <Button type="primary" icon={<CheckCircleOutlined />} loading={confirmState.fetching}>{t('visit.confirm')}</Button>
                </Popconfirm>
              </Card>
            )}
            {v.viewerCan.record && <RecordForm v={v} onDone={reload} />}
            {v.viewerCan.cancel && (
              <div className="section">
                {cancelState.error && <Alert type="error" showIcon message={errorMessage(cancelState.error, t)} />}
                <Popconfirm title={t('visit.cancelSure')} okText={t('visit.cancel')} cancelText={t('common.close')}
                  onConfirm={async () => { const r = await cancel({ id: v.id }); if (!r.error) { void message.success(t('visit.cancelled')); reload(); } }}>
                  <Button danger loading={cancelState.fetching}>{t('visit.cancel')}</Button>
                </Popconfirm>
              </div>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

interface RecordValues {
  heldOn: Dayjs; notes: string; plan?: string;
  problems?: { title: string; description?: string; severity: FindingSeverity; dueAt: Dayjs }[];
  planSteps?: { measure: string; responsible?: string; dueOn?: Dayjs }[];
}

/** 记录帮扶情况: what was seen, photos, each problem found (a finding for the enterprise), the tailored plan. */
function RecordForm({ v, onDone }: { v: Visit; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const [state, record] = useMutation(RecordVisitOp);
  const [other, setOther] = useState<string | null>(null);
  // Recording tells the enterprise and cannot be undone: asked once more (Enter in a field submits the form).
  const [pending, setPending] = useState<RecordValues | null>(null);
  const send = async (x: RecordValues) => {
    setOther(null);
    setPending(null);
    const r = await record({ input: {
      id: v.id, heldOn: shanghaiInstant(x.heldOn)!, notes: x.notes, plan: x.plan ?? '', photoIDs: photos.map((p) => p.id),
      problems: (x.problems ?? []).map((p) => ({ title: p.title, description: p.description ?? '', severity: p.severity, dueAt: shanghaiInstant(p.dueAt.endOf('day'))! })),
      planSteps: (x.planSteps ?? []).map((s) => ({ measure: s.measure, responsible: s.responsible ?? '', dueOn: s.dueOn ? s.dueOn.format('YYYY-MM-DD') : '' })),
    } });
    if (r.error) {
      if (!applyServerErrors(form, r.error, ['heldOn', 'notes', 'plan', 'problems', 'planSteps'])) setOther(errorMessage(r.error, t));
      return;
    }
    void message.success(t('visit.recorded'));
    onDone();
  };
  return (
    <Card title={t('visit.recordTitle')} className="section" data-testid="record-visit">
      {other && <Alert type="error" showIcon message={other} />}
      <Modal open={!!pending} title={t('visit.recordTitle')} okText={t('visit.record')} cancelText={t('common.close')}
        confirmLoading={state.fetching} onCancel={() => setPending(null)} onOk={() => pending && void send(pending)}>
        {t('visit.recordSure', { count: pending?.problems?.length ?? 0 })}
      </Modal>
      <Form form={form} layout="vertical" initialValues={{ heldOn: todayShanghai() }} onValuesChange={clearErrorsOnChange(form)}
        onFinish={(x) => setPending(x)}>
        <Form.Item name="heldOn" label={t('visit.heldOn')} rules={[{ required: true, message: t('visit.dateRequired') }]}>
          <DatePicker disabledDate={(d) => d.isAfter(todayShanghai())} />
        </Form.Item>
        <Form.Item name="notes" label={t('visit.notes')} rules={[{ required: true, whitespace: true, message: t('visit.notesRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={limits.Visit.notes} />
        </Form.Item>
        <Form.Item label={t('visit.photos')}>
          <EvidencePicker value={photos} onChange={setPhotos} enterpriseID={v.enterprise.id} />
        </Form.Item>
        <Typography.Title level={5}>{t('visit.findings')}</Typography.Title>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap className="problem-row">
                  <Form.Item name={[f.name, 'title']} label={t('visit.problemTitle')} rules={[{ required: true, whitespace: true, message: t('visit.problemRequired') }]}>
                    <Input maxLength={limits.Finding.title} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} label={t('visit.problemDescription')}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'severity']} label={t('visit.severity')} rules={[{ required: true, message: t('visit.severity') }]}>
                    <Select style={{ width: 100 }} aria-label={t('visit.severity')} options={severities.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueAt']} label={t('visit.dueAt')} rules={[{ required: true, message: t('visit.dateRequired') }]}>
                    <DatePicker disabledDate={(d) => d.isBefore(todayShanghai())} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('visit.remove')} onClick={() => remove(f.name)} className="row-remove" />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ severity: 'MEDIUM', dueAt: todayShanghai().add(15, 'day') })}>{t('visit.addProblem')}</Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5} className="section">{t('visit.planSummary')}</Typography.Title>
        <Form.Item name="plan">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={limits.Visit.plan} aria-label={t('visit.planSummary')} />
        </Form.Item>
        <Form.List name="planSteps">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap className="problem-row">
                  <Form.Item name={[f.name, 'measure']} label={t('visit.measure')} rules={[{ required: true, whitespace: true, message: t('visit.measureRequired') }]}>
                    <Input maxLength={limits.PlanStep.measure} style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'responsible']} label={t('visit.responsible')}>
                    <Input maxLength={limits.PlanStep.responsible} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} label={t('visit.dueOn')}>
                    <DatePicker disabledDate={(d) => d.isBefore(todayShanghai())} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('visit.remove')} onClick={() => remove(f.name)} className="row-remove" />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>{t('visit.addStep')}</Button>
            </>
          )}
        </Form.List>
        <div className="section">
          <Button type="primary" htmlType="submit" loading={state.fetching}>{t('visit.record')}</Button>
        </div>
      </Form>
    </Card>
  );
}
