import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import { QueryState } from '../../components/QueryState';
import { applyServerErrors } from '../../components/serverErrors';
import { formatDateTime } from '../../app/time';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { clientKey } from '../files/checkFiles';
import { AcknowledgeNoticeOp } from './WarningBanner';
import { levelColor } from './levels';
import { roundNote } from './roundNote';
import { LevelTag } from './LevelTag';
import { AskAbout } from '../consult/AskAbout';

const NoticeOp = graphql(`
  query WarningNotice($id: ID!) {
    node(id: $id) {
      ... on WarningNotice {
        id round kind level pushedAt effectiveAt acknowledgedAt measuresReportedAt reportUpdatedAt reportCount report
        measures { key process action limitPercent textZh textEn }
        reportItems { key status percent reason }
        evidence { id name contentType url takenAt }
        viewerCan { acknowledge report }
        warning { id title content status round effectiveFrom effectiveTo rounds { number content } }
      }
    }
  }
`);

const NoticesOp = graphql(`
  query WarningNotices {
    warningNotices(first: 30, orderBy: { field: PUSHED_AT, direction: DESC }) {
      edges { node { id kind level pushedAt acknowledgedAt reportCount viewerCan { acknowledge } warning { id title status } } }
    }
  }
`);

const ReportOp = graphql(`
  mutation ReportWarningMeasures($input: ReportWarningMeasuresInput!) {
    reportWarningMeasures(input: $input) {
      id measuresReportedAt reportUpdatedAt reportCount report
      reportItems { key status percent reason }
      evidence { id name contentType url takenAt }
    }
  }
`);

/** 预警通知: the enterprise's notices, newest first. */
export function NoticeList() {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: NoticesOp, requestPolicy: 'cache-and-network' });
  const rows = res.data?.warningNotices.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <h1 className="page-title">{t('warning.notice.history')}</h1>
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={false} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <section className="card section">
          {rows.length ? (
            <ul>
              {rows.map((n) => (
                <li key={n.id}>
                  <Link className="item-title" to={`/warnings/notices/${n.id}`}>{n.warning.title}</Link>
                  <div className="item-meta">
                    <LevelTag level={n.level} />
                    {t(`warning.kind.${n.kind}`)} · {formatDateTime(n.pushedAt)}
                    {n.viewerCan.acknowledge && <Tag color="red" style={{ marginLeft: 8 }}>{t('warning.notice.pending')}</Tag>}
                  </div>
                </li>
              ))}
            </ul>
          ) : <p className="empty">{t('warning.empty')}</p>}
        </section>
      </QueryState>
    </div>
  );
}

/** Whether a server error's field is one the report form shows. */
function onForm(field: unknown): boolean {
  return typeof field === 'string' && /^(note|items\.\d+\.(status|percent|reason))$/.test(field);
}

interface ItemValues { status?: string; percent?: number; reason?: string }

/** The notice of the route: a page of its own per notice (no state carried from the last one). */
export default function NoticeRoute() {
  const { id = '' } = useParams();
  return <NoticePage key={id} id={id} />;
}

/** One notice: what the enterprise must do, its acknowledgement and its measures report (措施落实上报). */
function NoticePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const [res, refetch] = useQuery({ query: NoticeOp, variables: { id } });
  const [ack, acknowledge] = useMutation(AcknowledgeNoticeOp);
  const [state, report] = useMutation(ReportOp);
  const [form] = Form.useForm<{ items: ItemValues[]; note: string }>();
  const [evidence, setEvidence] = useState<Attachment[]>([]);
  const [key, setKey] = useState(clientKey);
  const [done, setDone] = useState(false);
  const n = res.data?.node?.__typename === 'WarningNotice' ? res.data.node : null;
  const statuses = Form.useWatch('items', form) ?? [];
  return (
    <div className="page">
      <QueryState fetching={res.fetching && !n} error={res.error} empty={!n} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {n && (
          <>
            <div className="warning-strip" style={{ background: levelColor[n.level ?? 'ORANGE'].bg, color: levelColor[n.level ?? 'ORANGE'].fg }}>
              <strong>{t(`warning.level.${n.level}`)}</strong>
              {n.kind !== 'PUBLISH' && ` · ${t(`warning.kind.${n.kind}`)}`}
              {' · '}{t(`warning.phase.${n.warning.status === 'LIFTED' ? 'lifted' : n.round < n.warning.round ? 'superseded'
                : n.effectiveAt && new Date(n.effectiveAt) > new Date() ? 'upcoming' : 'inEffect'}`)}
            </div>
            <div className="page-head">
              <h1 className="page-title">{n.warning.title}</h1>
              <AskAbout subject="notice" id={n.id} />
            </div>
            <p className="secondary">{n.warning.status === 'LIFTED' && n.warning.effectiveTo && n.effectiveAt && n.warning.effectiveTo <= n.effectiveAt
              // Lifted before it took effect: no period to show.
              ? t('warning.liftedBeforeEffect', { from: formatDateTime(n.effectiveAt), time: formatDateTime(n.warning.effectiveTo) })
              : <>{t('warning.effective', { from: formatDateTime(n.effectiveAt) })} {n.warning.effectiveTo && t('warning.until', { to: formatDateTime(n.warning.effectiveTo) })}</>}</p>
            {roundNote(n) && <Alert type="info" showIcon title={roundNote(n)} style={{ marginBottom: 8 }} />}
            <p>{n.kind === 'LIFT' ? t('warning.notice.lifted') : n.warning.content}</p>
            {n.acknowledgedAt
              ? <Alert type="success" showIcon title={t('warning.notice.acknowledged', { time: formatDateTime(n.acknowledgedAt) })} />
              : n.viewerCan.acknowledge && (
                <Button type="primary" size="large" block loading={ack.fetching} onClick={() => void acknowledge({ id: n.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>
                  {t('warning.notice.acknowledge')}
                </Button>
              )}
            {n.kind !== 'LIFT' && (
              <section className="card section" aria-label={t('warning.notice.yourMeasures')}>
                <header><h2>{t('warning.notice.yourMeasures')}</h2></header>
                <ul>{(n.measures ?? []).map((m) => {
                  const r = n.reportItems?.find((x) => x.key === m.key);
                  return (
                    <li key={m.key}>
                      <div>{en && m.textEn ? m.textEn : m.textZh}</div>
                      {r && <div className="item-meta"><Tag color={r.status === 'DONE' ? 'green' : r.status === 'PARTLY' ? 'gold' : 'red'}>{t(`warning.reportStatus.${r.status}`)}</Tag>
                        {r.percent != null && `${r.percent}%`} {r.reason}</div>}
                    </li>
                  );
                })}</ul>
              </section>
            )}
            {n.reportCount > 0 && (
              <section className="card section">
                <header><h2>{t('warning.notice.submitted')}</h2></header>
                <p style={{ padding: '8px 12px', margin: 0 }}>{t('warning.notice.reported', { n: n.reportCount, time: formatDateTime(n.reportUpdatedAt) })}</p>
                {n.report && <p style={{ padding: '0 12px 8px', margin: 0 }}>{n.report}</p>}
                <div style={{ padding: '0 12px 8px' }}><EvidenceGallery items={n.evidence ?? []} /></div>
              </section>
            )}
            {n.viewerCan.report && !done && (
              <section className="card section" aria-label={t('warning.notice.reportTitle')}>
                <header><h2>{n.reportCount > 0 ? t('warning.notice.dailyUpdate') : t('warning.notice.reportTitle')}</h2></header>
                <Form form={form} layout="vertical" style={{ padding: 12 }} initialValues={{ items: (n.measures ?? []).map(() => ({ status: 'DONE' })), note: '' }}
                  onFinish={async (v) => {
                    const r = await report({ input: {
                      noticeID: n.id, note: v.note ?? '', evidenceIDs: evidence.map((a) => a.id), clientKey: key,
                      items: (n.measures ?? []).map((m, i) => ({ key: m.key, status: v.items[i]?.status ?? 'DONE',
                        percent: v.items[i]?.status === 'PARTLY' ? v.items[i]?.percent : null,
                        reason: v.items[i]?.status === 'NOT_POSSIBLE' ? v.items[i]?.reason : null })),
                    } });
                    if (r.error) applyServerErrors(form, r.error, ['items', 'note']);
                    else { setDone(true); setEvidence([]); setKey(clientKey()); }
                  }}>
                  {(n.measures ?? []).map((m, i) => (
                    <div key={m.key} className="measure-report">
                      <div className="item-title">{en && m.textEn ? m.textEn : m.textZh}</div>
                      <Form.Item name={['items', i, 'status']} style={{ marginBottom: 8 }}>
                        <Radio.Group optionType="button" buttonStyle="solid" size="small"
                          options={['DONE', 'PARTLY', 'NOT_POSSIBLE'].map((s) => ({ value: s, label: t(`warning.reportStatus.${s}`) }))} />
                      </Form.Item>
                      {statuses[i]?.status === 'PARTLY' && (
                        <Form.Item name={['items', i, 'percent']} label={t('warning.notice.percent')} rules={[{ required: true }]}>
                          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
                        </Form.Item>
                      )}
                      {statuses[i]?.status === 'NOT_POSSIBLE' && (
                        <Form.Item name={['items', i, 'reason']} label={t('warning.notice.reason')} rules={[{ required: true }]}>
                          <Input maxLength={limits.MeasureReport.reason} />
                        </Form.Item>
                      )}
                    </div>
                  ))}
                  <Form.Item name="note" label={t('warning.notice.note')}><Input.TextArea rows={2} maxLength={limits.WarningNotice.report} /></Form.Item>
                  <div className="section"><EvidencePicker value={evidence} onChange={setEvidence} /></div>
                  {state.error && !onForm(state.error.graphQLErrors[0]?.extensions?.field) && <Alert type="error" showIcon title={state.error.graphQLErrors[0]?.message ?? state.error.message} />}
                  <Button type="primary" htmlType="submit" block size="large" loading={state.fetching} style={{ marginTop: 12 }}>{t('warning.notice.submit')}</Button>
                </Form>
              </section>
            )}
            <p style={{ marginTop: 12 }}><Link to="/warnings/notices">{t('warning.notice.readAll')}</Link></p>
          </>
        )}
      </QueryState>
    </div>
  );
}
