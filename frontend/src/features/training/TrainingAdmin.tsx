import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Statistic, Typography, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import './messages';
import { graphql } from '../../gql';
import type { TrainingAudience, TrainingKind, TrainingOrderField } from '../../gql/graphql';
import { limits } from '../../gql/limits';
import { DataList, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { QueryState } from '../../components/QueryState';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import EChart from '../../components/EChart';
import { DistrictsSelect } from '../admin/DistrictSelect';
import { errorMessage } from '../../app/errors';
import { formatDateTime, shanghaiInstant } from '../../app/time';
import { useAuth } from '../../app/auth';
import { MaterialsModal } from './Materials';
import { ExportButton } from '../exchange/ExportButton';

const TrainingsOp = graphql(`
  query TrainingsAdmin($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: TrainingOrder) {
    trainings(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id title kind startsAt durationMinutes audience industryPrefixes replayURL districts { id nameZh nameEn }
        viewerCan { manage } materials { id } } }
    }
  }
`);

const CoverageOp = graphql(`
  query TrainingCoverage($id: ID) {
    trainingCoverage(trainingID: $id) {
      training { id title }
      total { registered attended completed heads }
      byDistrict { district { id nameZh nameEn } coverage { registered attended completed heads } }
      enterprises uncovered
    }
  }
`);

const SetReplayOp = graphql(`
  mutation SetTrainingReplay($id: ID!, $url: String!) { setTrainingReplay(id: $id, replayURL: $url) { id replayURL } }
`);

const ScheduleOp = graphql(`
  mutation ScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }
`);

const sortFields: readonly TrainingOrderField[] = ['STARTS_AT'];
const newest: Sort<TrainingOrderField> = { field: 'STARTS_AT', direction: 'DESC' };
const keys = ['training'] as const;

/** 培训管理 (administrators): the trainings, scheduling, and how far they reached (by district; who is not yet trained). */
export default function TrainingAdmin() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const list = useListState({ keys, sortFields, defaultSort: newest });
  const [res, refetch] = useQuery({ query: TrainingsOp, variables: { ...list.pages.vars, orderBy: list.sort }, requestPolicy: 'cache-and-network' });
  const [scheduling, setScheduling] = useState(false);
  const [replayOf, setReplayOf] = useState<{ id: string; url: string } | null>(null);
  type Row = NonNullable<NonNullable<NonNullable<NonNullable<typeof res.data>['trainings']['edges']>[number]>['node']>;
  const [materialsOf, setMaterialsOf] = useState<Row | null>(null);
  const en = i18n.language === 'en-US';
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('training.manage')}</Typography.Title>
        {me?.can.scheduleTraining && <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>{t('training.schedule')}</Button>}
      </div>
      <Coverage trainingID={list.filters.training} onAll={() => list.set({ training: null })} />
      <DataList extra={<ExportButton what={{ list: { trainings: { orderBy: list.sort } } }} />} list={list} conn={res.data?.trainings} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('training.empty')} testId="training-list"
        columns={[
          { key: 'title', title: t('training.fields.title'), render: (_: unknown, r) => (
            <a onClick={() => list.set({ training: list.filters.training === r.id ? null : r.id })}
              aria-current={list.filters.training === r.id || undefined} style={list.filters.training === r.id ? { fontWeight: 600 } : undefined}>{r.title}</a>) },
          { key: 'kind', title: t('training.fields.kind'), width: 80, render: (_: unknown, r) => t(`training.kind.${r.kind}`) },
          { key: 'startsAt', sortField: 'STARTS_AT', title: t('training.fields.startsAt'), width: 150, dataIndex: 'startsAt', render: formatDateTime },
          { key: 'audience', title: t('training.fields.audience'), width: 130, render: (_: unknown, r) => t(`training.audience.${r.audience}`) },
          { key: 'replay', title: t('training.fields.replayURL'), width: 140, render: (_: unknown, r) => (r.viewerCan.manage
            ? <a onClick={() => setReplayOf({ id: r.id, url: r.replayURL })}>{r.replayURL ? t('training.replayOnline') : t('training.setReplay')}</a>
            : r.replayURL ? t('training.replayOnline') : '—') },
          { key: 'materials', title: t('training.materials'), width: 110, render: (_: unknown, r) => (r.viewerCan.manage
            ? <a onClick={() => setMaterialsOf(r)}>{r.materials?.length ? t('training.materialCount', { count: r.materials.length }) : t('training.manageMaterials')}</a>
            : r.materials?.length ? t('training.materialCount', { count: r.materials.length }) : '—') },
          { key: 'districts', title: t('enterprises.district'), render: (_: unknown, r) => (r.districts ?? []).map((d) => (en ? d.nameEn : d.nameZh)).join(t('common.listSep')) || t('training.wholeCity') },
          { key: 'industries', title: t('training.fields.industriesShort'), width: 120, render: (_: unknown, r) => r.industryPrefixes.join(t('common.listSep')) || t('training.allIndustries') },
        ] satisfies DataColumn<Row>[]} />
      {materialsOf && <MaterialsModal training={{ id: materialsOf.id, title: materialsOf.title }}
        onClose={() => { setMaterialsOf(null); refetch({ requestPolicy: 'network-only' }); }} />}
      {replayOf && <ReplayModal training={replayOf} onClose={(done) => { setReplayOf(null); if (done) refetch({ requestPolicy: 'network-only' }); }} />}
      {scheduling && <ScheduleModal onClose={(done) => { setScheduling(false); if (done) refetch({ requestPolicy: 'network-only' }); }} />}
    </div>
  );
}

/** 培训覆盖: of every training, or of the one chosen in the list (named, with the way back to all). */
function Coverage({ trainingID, onAll }: { trainingID?: string; onAll(): void }) {
  const { t, i18n } = useTranslation();
  const [res, refetch] = useQuery({ query: CoverageOp, variables: { id: trainingID ?? null } });
  const c = res.data?.trainingCoverage;
  const en = i18n.language === 'en-US';
  return (
    <Card className="section" data-testid="training-coverage"
      title={c?.training ? t('training.coverageOf', { title: c.training.title }) : t('training.coverage')}
      extra={trainingID && <a onClick={onAll}>{t('training.allTrainings')}</a>}>
      <QueryState fetching={res.fetching && !c} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {c && (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={4}><Statistic title={t('training.registeredCount')} value={c.total.registered} /></Col>
              <Col xs={12} md={4}><Statistic title={t('training.attended')} value={c.total.attended} /></Col>
              <Col xs={12} md={4}><Statistic title={t('training.completedCount')} value={c.total.completed} /></Col>
              <Col xs={12} md={4}><Statistic title={t('training.heads')} value={c.total.heads} /></Col>
              <Col xs={24} md={8}>
                <Statistic title={c.training ? t('training.meantFor') : t('training.enterprises')} value={c.enterprises} />
                {c.training
                  ? <span data-testid="uncovered-one">{t('training.notReached', { count: c.uncovered })}</span>
                  : <Link to="/enterprises?untrained=1" data-testid="uncovered">{t('training.uncovered', { count: c.uncovered })}</Link>}
              </Col>
            </Row>
            {c.byDistrict.length > 0 && (
              <EChart label={t('training.byDistrict')} height={260} option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('training.attended'), t('training.completedCount')], top: 0, right: 0 },
                grid: { left: 48, right: 16, bottom: en ? 72 : 40, top: 48, containLabel: true },
                xAxis: { type: 'category', data: c.byDistrict.map((d) => (en ? d.district.nameEn : d.district.nameZh)), axisLabel: { interval: 0, rotate: en ? 30 : 0 } },
                yAxis: { type: 'value' },
                series: [
                  { name: t('training.attended'), type: 'bar', data: c.byDistrict.map((d) => d.coverage.attended) },
                  { name: t('training.completedCount'), type: 'bar', data: c.byDistrict.map((d) => d.coverage.completed) },
                ],
              }} />
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

interface ScheduleValues {
  title: string; description?: string; kind: TrainingKind; startsAt: Dayjs; durationMinutes: number; completionMinutes?: number;
  liveURL?: string; replayURL?: string; audience: TrainingAudience; districtIDs?: string[]; industryPrefixes?: string[];
}

/** 安排培训: the policy decides the scope (a district its own districts; the city any, or the whole city). */
function ScheduleModal({ onClose }: { onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [form] = Form.useForm<ScheduleValues>();
  const [state, schedule] = useMutation(ScheduleOp);
  const [other, setOther] = useState<string | null>(null);
  const fields = ['title', 'description', 'kind', 'startsAt', 'durationMinutes', 'completionMinutes', 'liveURL', 'replayURL', 'audience', 'districtIDs', 'industryPrefixes'];
  return (
    <Modal open title={t('training.schedule')} okText={t('training.schedule')} cancelText={t('common.close')} width={640}
      confirmLoading={state.fetching} onCancel={() => onClose(false)} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}
        initialValues={{ kind: 'LIVE', audience: 'ENTERPRISES', durationMinutes: 90, districtIDs: (me?.districts ?? []).map((d) => d.id) }}
        onFinish={async (v) => {
          setOther(null);
          const r = await schedule({ input: { title: v.title, description: v.description ?? '', kind: v.kind, startsAt: shanghaiInstant(v.startsAt)!,
            durationMinutes: v.durationMinutes, completionMinutes: v.completionMinutes ?? null, liveURL: v.liveURL ?? '', replayURL: v.replayURL ?? '',
            audience: v.audience, districtIDs: v.districtIDs ?? [], industryPrefixes: v.industryPrefixes ?? [] } });
          if (r.error) {
            if (!applyServerErrors(form, r.error, fields)) setOther(errorMessage(r.error, t));
            return;
          }
          void message.success(t('training.scheduled'));
          onClose(true);
        }}>
        <Form.Item name="title" label={t('training.fields.title')} rules={[{ required: true, whitespace: true, message: t('training.titleRequired') }]}>
          <Input maxLength={limits.Training.title} />
        </Form.Item>
        <Form.Item name="description" label={t('training.fields.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={limits.Training.description} />
        </Form.Item>
        <Form.Item name="kind" label={t('training.fields.kind')}>
          <Radio.Group optionType="button" options={(['LIVE', 'RECORDED'] as TrainingKind[]).map((k) => ({ value: k, label: t(`training.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('training.fields.startsAt')} rules={[{ required: true, message: t('training.dateRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('training.fields.duration')} rules={[{ required: true }]}>
          <InputNumber min={1} max={600} />
        </Form.Item>
        <Form.Item name="completionMinutes" label={t('training.fields.completion')} extra={t('training.fields.completionHelp')}>
          <InputNumber min={1} max={600} />
        </Form.Item>
        <Form.Item name="liveURL" label={t('training.fields.liveURL')}><Input maxLength={limits.Training.liveUrl} placeholder="https://" /></Form.Item>
        <Form.Item name="replayURL" label={t('training.fields.replayURL')}><Input maxLength={limits.Training.replayUrl} placeholder="https://" /></Form.Item>
        <Form.Item name="audience" label={t('training.fields.audience')}>
          <Select options={(['ENTERPRISES', 'ADMINISTRATORS', 'EVERYONE'] as TrainingAudience[]).map((a) => ({ value: a, label: t(`training.audience.${a}`) }))} />
        </Form.Item>
        <Form.Item name="districtIDs" label={me?.districts?.length ? t('training.fields.ownDistricts') : t('training.fields.districts')}>
          <DistrictsSelect onlyMine />
        </Form.Item>
        <Form.Item name="industryPrefixes" label={t('training.fields.industries')} extra={t('training.fields.industriesHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} placeholder={t('training.allIndustries')} />
        </Form.Item>
      </Form>
      {/* Beside the button that sent it: a refusal not tied to one field. */}
      {other && <Alert type="error" showIcon message={other} data-testid="schedule-error" />}
    </Modal>
  );
}

/** 设置回放链接: after a live session, its replay (a training the viewer may change; the server says so). */
function ReplayModal({ training, onClose }: { training: { id: string; url: string }; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ replayURL: string }>();
  const [state, save] = useMutation(SetReplayOp);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal open title={t('training.setReplay')} okText={t('training.save')} cancelText={t('common.close')}
      confirmLoading={state.fetching} onCancel={() => onClose(false)} onOk={() => form.submit()}>
      {other && <Alert type="error" showIcon message={other} />}
      <Form form={form} layout="vertical" initialValues={{ replayURL: training.url }} onValuesChange={clearErrorsOnChange(form)}
        onFinish={async (v) => {
          const r = await save({ id: training.id, url: v.replayURL ?? '' });
          if (r.error) {
            if (!applyServerErrors(form, r.error, ['replayURL'])) setOther(errorMessage(r.error, t));
            return;
          }
          onClose(true);
        }}>
        <Form.Item name="replayURL" label={t('training.fields.replayURL')}><Input maxLength={limits.Training.replayUrl} placeholder="https://" /></Form.Item>
      </Form>
    </Modal>
  );
}
