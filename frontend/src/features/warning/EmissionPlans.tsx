import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Form, Grid, Input, InputNumber, List, Modal, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { EmissionPlansQuery, EmissionPlanGrade } from '../../gql/graphql';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../../app/time';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { QueryState } from '../../components/QueryState';
import { limits } from '../../gql/limits';
import { LevelTag } from './LevelTag';

const PlansOp = graphql(`
  query EmissionPlans($id: ID!) {
    node(id: $id) {
      ... on Enterprise {
        id performanceGrade
        facilities(first: 100) { edges { node { id code name } } }
        emissionPlans(first: 5, orderBy: { field: YEAR, direction: DESC }) {
          edges { node { id year grade note selfDeclared updatedAt
            measures { level process facilityID action limitPercent so2 nox pm vocs }
            viewerCan { edit editMeasures } } }
        }
      }
    }
  }
`);

const SavePlanOp = graphql(`
  mutation SaveEmissionPlan($input: SaveEmissionPlanInput!) {
    saveEmissionPlan(input: $input) { id year grade note selfDeclared updatedAt measures { level process facilityID action limitPercent so2 nox pm vocs } }
  }
`);

type Enterprise = Extract<NonNullable<EmissionPlansQuery['node']>, { __typename?: 'Enterprise' }>;
type Plan = NonNullable<NonNullable<NonNullable<Enterprise['emissionPlans']['edges']>[number]>['node']>;
type Measure = NonNullable<Plan['measures']>[number];

const levels = ['YELLOW', 'ORANGE', 'RED'] as const;
const actions = ['STOP', 'LIMIT', 'RUN'] as const;
const grades: EmissionPlanGrade[] = ['A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'GUARANTEE', 'NONE'] as EmissionPlanGrade[];
const pollutants = ['so2', 'nox', 'pm', 'vocs'] as const;
const pollutantName: Record<(typeof pollutants)[number], string> = { so2: 'SO₂', nox: 'NOₓ', pm: 'PM', vocs: 'VOCs' };

/** The current year in Asia/Shanghai (the plans' year). */
function shanghaiYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/**
 * 应急减排清单 / 一厂一策: an enterprise's plans by year — what each line or
 * process does at each warning level — with the editor. Administrators
 * (viewerCan.edit) change everything; an enterprise of a self-declaring
 * grade (viewerCan.editMeasures) its own measures (自主减排). Shown on the
 * enterprise's page and on 我的.
 */
export default function EmissionPlans({ enterpriseID }: { enterpriseID: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: PlansOp, variables: { id: enterpriseID } });
  const e = res.data?.node?.__typename === 'Enterprise' ? res.data.node : null;
  const plans = useMemo(() => e?.emissionPlans.edges?.map((x) => x!.node!) ?? [], [e]);
  const facilities = useMemo(() => e?.facilities.edges?.map((x) => x!.node!) ?? [], [e]);
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const [year, setYear] = useState<string>();
  const current = shanghaiYear();
  const creatable = me?.can.keepEmissionPlans && !plans.some((p) => p.year === current);
  const shown = plans.find((p) => String(p.year) === year) ?? plans[0];
  const facilityName = (id?: string | null) => {
    const f = facilities.find((x) => x.id === id);
    return f ? `${f.code} ${f.name}` : '';
  };
  return (
    <Card size="small" className="section" title={t('warning.plan.title')} data-testid="emission-plans"
      extra={creatable && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('warning.plan.create', { year: current })}</Button>}>
      <QueryState fetching={res.fetching} error={res.error} retry={() => refetch()}>
        {plans.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.plan.none')} /> : (
          <>
            {plans.length > 1 && (
              <Tabs size="small" activeKey={String(shown.year)} onChange={setYear}
                items={plans.map((p) => ({ key: String(p.year), label: t('warning.plan.year', { year: p.year }) }))} />
            )}
            <Space wrap className="plan-head">
              <span>{t('warning.plan.gradeIs')}<Tag>{t(`grade.${shown.grade}`)}</Tag></span>
              <Tag color={shown.selfDeclared ? 'blue' : 'default'}>{t(shown.selfDeclared ? 'warning.plan.selfDeclared' : 'warning.plan.byDistrict')}</Tag>
              <Typography.Text type="secondary">{t('warning.plan.updatedAt', { at: formatDateTime(shown.updatedAt) })}</Typography.Text>
              {(shown.viewerCan.edit || shown.viewerCan.editMeasures) && (
                <Button size="small" type={shown.viewerCan.edit ? 'default' : 'primary'} icon={<EditOutlined />} onClick={() => setEditing(shown)}>
                  {t(shown.viewerCan.edit ? 'warning.plan.edit' : 'warning.plan.declare')}
                </Button>
              )}
            </Space>
            {e?.performanceGrade && (shown.grade as string) !== (e.performanceGrade as string) && (
              // The year's list is the season's assessment: warnings carry its grade, not the register's.
              <Alert type="info" showIcon className="section" data-testid="grade-differs" title={t('warning.plan.gradeDiffers', {
                year: shown.year, plan: t(`grade.${shown.grade}`), register: t(`grade.${e.performanceGrade}`) })} />
            )}
            {shown.note && <Typography.Paragraph className="plan-note">{shown.note}</Typography.Paragraph>}
            <MeasuresTable measures={shown.measures ?? []} facilityName={facilityName} />
            <Typography.Paragraph type="secondary" className="plan-note">{t('warning.plan.defaults')}</Typography.Paragraph>
          </>
        )}
      </QueryState>
      {editing && (
        <PlanEditor enterpriseID={enterpriseID} plan={editing === 'new' ? null : editing} year={editing === 'new' ? current : editing.year}
          grade={editing === 'new' ? (e?.performanceGrade as unknown as EmissionPlanGrade) : editing.grade}
          facilities={facilities} full={editing === 'new' || editing.viewerCan.edit}
          onClose={(saved) => { setEditing(null); if (saved) { setYear(String(saved)); refetch({ requestPolicy: 'network-only' }); } }} />
      )}
    </Card>
  );
}

/** A plan's measures, level by level (黄 → 橙 → 红): a table, or on a phone a list. */
function MeasuresTable({ measures, facilityName }: { measures: Measure[]; facilityName: (id?: string | null) => string }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const rows = levels.flatMap((l) => measures.filter((m) => m.level === l));
  const action = (m: Measure) => (m.action === 'LIMIT' && m.limitPercent != null
    ? t('warning.plan.limitTo', { n: m.limitPercent }) : t(`warning.action.${m.action}`));
  const reductions = (m: Measure) => pollutants.filter((p) => m[p] != null).map((p) => `${pollutantName[p]} ${m[p]}`).join(' · ');
  // The facility only when it says more than the process's own name.
  const facility = (m: Measure) => {
    const f = facilityName(m.facilityID);
    return f && !f.endsWith(m.process) ? f : '';
  };
  if (phone) {
    return (
      <List size="small" dataSource={rows} locale={{ emptyText: t('warning.plan.empty') }}
        renderItem={(m) => (
          <List.Item>
            <List.Item.Meta title={<><LevelTag level={m.level} /> {m.process} · <b>{action(m)}</b></>}
              description={[facility(m), reductions(m) && `${reductions(m)} ${t('warning.plan.unit')}`].filter(Boolean).join(' · ') || undefined} />
          </List.Item>
        )} />
    );
  }
  return (
    <Table size="small" rowKey={(m) => `${m.level}-${m.process}`} pagination={false} dataSource={rows} scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('warning.plan.empty') }}
      columns={[
        { title: t('warning.plan.level'), render: (_, m) => <LevelTag level={m.level} />, width: 100 },
        { title: t('warning.plan.process'), render: (_, m) => <>{m.process}{facility(m) && <Typography.Text type="secondary"> · {facility(m)}</Typography.Text>}</> },
        { title: t('warning.plan.action'), render: (_, m) => action(m) },
        { title: t('warning.plan.reductions'), render: (_, m) => reductions(m) || '—' },
      ]} />
  );
}

type FormValues = {
  grade: EmissionPlanGrade;
  note: string;
  measures: { level: string; process: string; facilityID?: string | null; action: string; limitPercent?: number | null;
    so2?: number | null; nox?: number | null; pm?: number | null; vocs?: number | null }[];
};

/** The editor: grade (administrators), the measures row by row, the note. */
function PlanEditor({ enterpriseID, plan, year, grade, facilities, full, onClose }: {
  enterpriseID: string; plan: Plan | null; year: number; grade: EmissionPlanGrade; full: boolean;
  facilities: { id: string; code: string; name: string }[]; onClose: (savedYear?: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [state, save] = useMutation(SavePlanOp);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    form.setFieldsValue({
      grade, note: plan?.note ?? '',
      measures: (plan?.measures ?? []).map(({ __typename, ...m }) => m) as FormValues['measures'],
    });
  }, [form, plan, grade]);
  const submit = async (v: FormValues) => {
    setError(null);
    const r = await save({ input: { enterpriseID, year, grade: v.grade, note: v.note ?? '',
      measures: (v.measures ?? []).map((m) => ({ ...m, facilityID: m.facilityID || null, limitPercent: m.action === 'LIMIT' ? m.limitPercent : null })) } });
    if (r.error) {
      // A field inside a measure goes on that field; one on the list or a
      // whole measure (too many, …) above the form.
      const field = String(r.error.graphQLErrors[0]?.extensions?.field ?? '');
      const onField = /^measures\.\d+\.\w+$/.test(field) || field === 'grade' || field === 'note';
      if (!onField || !applyServerErrors(form, r.error, ['grade', 'note', 'measures'])) setError(errorMessage(r.error, t));
      return;
    }
    void message.success(t('warning.plan.saved'));
    onClose(year);
  };
  return (
    <Modal open width={960} title={`${t('warning.plan.title')} · ${t('warning.plan.year', { year })}`} onCancel={() => onClose()}
      okText={t('warning.plan.save')} confirmLoading={state.fetching} onOk={() => form.submit()} destroyOnHidden>
      {!full && <Alert type="info" showIcon className="section" title={t('warning.plan.declareHelp')} />}
      {full && plan?.selfDeclared && <Alert type="warning" showIcon className="section" title={t('warning.plan.takesOver')} data-testid="takes-over" />}
      {error && <Alert type="error" showIcon className="section" title={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="grade" label={t('warning.plan.grade')} rules={[{ required: true }]}>
          <Select disabled={!full} options={grades.map((g) => ({ value: g, label: t(`grade.${g}`) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Card key={key} size="small" className="plan-measure" data-testid="plan-measure">
                  <Row gutter={8} align="bottom">
                    <Col xs={12} md={5}>
                      <Form.Item name={[name, 'level']} label={t('warning.plan.level')} rules={[{ required: true }]}>
                        <Select options={levels.map((l) => ({ value: l, label: t(`warning.levelShort.${l}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[name, 'process']} label={t('warning.plan.process')} rules={[{ required: true, whitespace: true }]}>
                        <Input maxLength={limits.PlanMeasure.process} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[name, 'facilityID']} label={t('warning.plan.facility')}>
                        <Select allowClear options={facilities.map((f) => ({ value: f.id, label: `${f.code} ${f.name}` }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[name, 'action']} label={t('warning.plan.action')} rules={[{ required: true }]}>
                        <Select options={actions.map((a) => ({ value: a, label: t(`warning.action.${a}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item noStyle shouldUpdate={(a, b) => a.measures?.[name]?.action !== b.measures?.[name]?.action}>
                        {({ getFieldValue }) => getFieldValue(['measures', name, 'action']) === 'LIMIT' && (
                          <Form.Item name={[name, 'limitPercent']} label={t('warning.plan.limitPercent')} rules={[{ required: true }]}>
                            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                          </Form.Item>
                        )}
                      </Form.Item>
                    </Col>
                    {pollutants.map((p) => (
                      <Col xs={12} md={4} key={p}>
                        <Form.Item name={[name, p]} label={pollutantName[p]}>
                          <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('warning.plan.unit')} />
                        </Form.Item>
                      </Col>
                    ))}
                    <Col xs={24} md={4}>
                      <Form.Item>
                        <Popconfirm title={t('warning.plan.confirmRemove')} onConfirm={() => remove(name)}>
                          <Button danger icon={<DeleteOutlined />} aria-label={t('warning.plan.remove')} />
                        </Popconfirm>
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} className="section"
                onClick={() => add({ level: 'ORANGE', process: '', action: 'STOP' })}>{t('warning.plan.addMeasure')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('warning.plan.note')} className="section">
          <Input.TextArea rows={2} maxLength={limits.EmissionPlan.note} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
