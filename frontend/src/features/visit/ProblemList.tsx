import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Form, Modal, Radio, Select, Space, Tag, Typography, message } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { problemReasons } from './messages';
import { graphql } from '../../gql';
import type { ProblemListQuery, ProblemReason, VisitKind } from '../../gql/graphql';
import { DataList, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { DistrictSelect } from '../admin/DistrictSelect';
import { errorMessage } from '../../app/errors';
import { clientKey } from '../files/checkFiles';
import { formatDate, shanghaiInstant, todayShanghai } from '../../app/time';
import { useAuth } from '../../app/auth';
import { ExportButton } from '../exchange/ExportButton';

const ProblemListOp = graphql(`
  query ProblemList($districtID: ID, $reason: ProblemReason, $offset: Int, $first: Int) {
    problemList(districtID: $districtID, reason: $reason, offset: $offset, first: $first) {
      totalCount
      byReason { reason count }
      entries {
        enterprise { id name district { id nameZh nameEn } }
        reasons { reason count }
        plannedVisit { id scheduledOn kind }
        lastVisit { id heldOn kind }
      }
    }
  }
`);

const TeamCandidatesOp = graphql(`
  query VisitTeamCandidates($enterpriseID: ID!) { visitTeamCandidates(enterpriseID: $enterpriseID) { id displayName role } }
`);

const PlanVisitOp = graphql(`
  mutation PlanVisit($input: PlanVisitInput!) { planVisit(input: $input) { id } }
`);

type Entry = ProblemListQuery['problemList']['entries'][number];

const keys = ['district', 'reason'] as const;
const noSort: Sort = { field: 'SCORE', direction: 'DESC' };

/**
 * 帮扶清单 (问题清单): the enterprises the platform surfaces — computed from
 * their findings, notices, self-checks and questions, each with its reasons
 * — filtered by district and reason in the address, paged by the server;
 * 安排帮扶 plans a visit from an entry in one step.
 */
export default function ProblemList() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const list = useListState({ keys, defaultSort: noSort });
  const f = list.filters;
  const { first, last, after, before } = list.pages.vars;
  const size = first ?? last ?? list.pages.pageSize;
  // The page as offsets: the list's cursors are the offsets of its bounds.
  const offset = after ? Number(after) : before ? Math.max(Number(before) - size, 0) : 0;
  const [res, refetch] = useQuery({
    query: ProblemListOp, requestPolicy: 'cache-and-network',
    variables: { districtID: f.district ?? null, reason: (f.reason as ProblemReason | undefined) ?? null, offset, first: size },
  });
  const [planning, setPlanning] = useState<Entry | null>(null);
  const data = res.data?.problemList;
  const conn = useMemo(() => data && ({
    totalCount: data.totalCount,
    pageInfo: { hasNextPage: offset + size < data.totalCount, endCursor: String(offset + size), startCursor: String(offset) },
    edges: data.entries.map((node) => ({ node })),
  }), [data, offset, size]);
  const en = i18n.language === 'en-US';
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('visit.problems')}</Typography.Title>
        <Button onClick={() => navigate('/visits')}>{t('visit.visits')}</Button>
      </div>
      <Typography.Paragraph type="secondary">{t('visit.problemsHelp')}</Typography.Paragraph>
      {data && data.byReason.length > 0 && (
        <Space wrap className="section" data-testid="by-reason">
          {data.byReason.map((r) => (
            <Tag.CheckableTag key={r.reason} checked={f.reason === r.reason} className="reason-chip"
              onChange={(on) => list.set({ reason: on ? r.reason : null })}>
              {t('visit.reasonEnterprises', { label: t(`visit.reason.${r.reason}`), count: r.count })}
            </Tag.CheckableTag>
          ))}
        </Space>
      )}
      <DataList<Entry> list={list} conn={conn} fetching={res.fetching} error={res.error} retry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('visit.empty')} testId="problem-list" rowKey={(e) => e.enterprise.id}
        extra={<ExportButton what={{ list: { problems: { districtID: f.district ?? null, reason: (f.reason as ProblemReason | undefined) ?? null } } }} />}
        filters={<>
          <DistrictSelect value={f.district} onChange={(v) => list.set({ district: v })} />
          <Select allowClear placeholder={t('visit.allReasons')} aria-label={t('visit.reasons')} style={{ minWidth: 200 }} value={f.reason}
            popupMatchSelectWidth={false} options={problemReasons.map((r) => ({ value: r, label: t(`visit.reason.${r}`) }))}
            onChange={(v) => list.set({ reason: v })} />
        </>}
        columns={[
          { key: 'enterprise', title: t('visit.enterprise'), render: (_: unknown, e) => <Link to={`/enterprises/${e.enterprise.id}`}>{e.enterprise.name}</Link> },
          { key: 'district', title: t('enterprises.district'), width: 100, render: (_: unknown, e) => (en ? e.enterprise.district.nameEn : e.enterprise.district.nameZh) },
          { key: 'reasons', title: t('visit.reasons'), render: (_: unknown, e) => (
            <Space size={4} wrap>{e.reasons.map((r) => <Tag key={r.reason} color="orange">{t('visit.reasonCount', { label: t(`visit.reason.${r.reason}`), count: r.count })}</Tag>)}</Space>
          ) },
          { key: 'last', title: t('visit.lastVisit'), width: 160, render: (_: unknown, e) => (e.lastVisit
            ? <Link to={`/visits/${e.lastVisit.id}`}>{formatDate(e.lastVisit.heldOn)} {t(`visit.kind.${e.lastVisit.kind}`)}</Link> : '—') },
          { key: 'visit', title: t('visit.planned'), width: 200, render: (_: unknown, e) => (e.plannedVisit
            ? <Link to={`/visits/${e.plannedVisit.id}`}>{formatDate(e.plannedVisit.scheduledOn)} {t(`visit.kind.${e.plannedVisit.kind}`)}</Link>
            : me?.can.planVisit ? <Button size="small" type="primary" onClick={() => setPlanning(e)}>{t('visit.plan')}</Button> : null) },
        ] satisfies DataColumn<Entry>[]} />
      {planning && <PlanVisitModal entry={planning} onClose={(id) => { setPlanning(null); if (id) navigate(`/visits/${id}`); }} />}
    </div>
  );
}

/** 安排帮扶: kind, day and team (the district's staff and stationed experts); the entry's reasons go with it. */
function PlanVisitModal({ entry, onClose }: { entry: Entry; onClose(visitID?: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: VisitKind; scheduledOn: Dayjs; teamIDs: string[] }>();
  const [team] = useQuery({ query: TeamCandidatesOp, variables: { enterpriseID: entry.enterprise.id } });
  const [state, plan] = useMutation(PlanVisitOp);
  const [key] = useState(clientKey); // kept across retries of this plan
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal open title={t('visit.planTitle', { name: entry.enterprise.name })} okText={t('visit.plan')} cancelText={t('common.close')}
      confirmLoading={state.fetching} onCancel={() => onClose()} onOk={() => form.submit()}>
      <Space wrap size={4} className="section">
        {entry.reasons.map((r) => <Tag key={r.reason} color="orange">{t(`visit.reason.${r.reason}`)}</Tag>)}
      </Space>
      {other && <Alert type="error" showIcon message={other} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'ASSISTANCE', scheduledOn: todayShanghai().add(1, 'day') }}
        onValuesChange={clearErrorsOnChange(form)}
        onFinish={async (v) => {
          setOther(null);
          const r = await plan({ input: { enterpriseID: entry.enterprise.id, kind: v.kind, scheduledOn: shanghaiInstant(v.scheduledOn.startOf('day'))!,
            teamIDs: v.teamIDs, reasons: entry.reasons.map((x) => x.reason), clientKey: key } });
          if (r.error || !r.data) {
            if (!applyServerErrors(form, r.error, ['kind', 'scheduledOn', 'teamIDs'])) setOther(errorMessage(r.error, t));
            return;
          }
          void message.success(t('visit.plannedDone'));
          onClose(r.data.planVisit.id);
        }}>
        <Form.Item name="kind" label={t('visit.kindLabel')}>
          <Radio.Group optionType="button" options={(['ASSISTANCE', 'CONSULTATION'] as VisitKind[]).map((k) => ({ value: k, label: t(`visit.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="scheduledOn" label={t('visit.scheduledOn')} rules={[{ required: true, message: t('visit.dateRequired') }]}>
          <DatePicker disabledDate={(d) => d.isBefore(todayShanghai())} />
        </Form.Item>
        <Form.Item name="teamIDs" label={t('visit.team')} rules={[{ required: true, message: t('visit.teamRequired') }]}>
          <Select mode="multiple" loading={team.fetching} aria-label={t('visit.team')} optionFilterProp="label"
            options={(team.data?.visitTeamCandidates ?? []).map((u) => ({ value: u.id, label: t('visit.person', { name: u.displayName, role: t(`roles.${u.role}`) }) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
