import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Input, List, Row, Space, Steps, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/errors';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CitationLink } from '../laws/CitationLink';
import { AskAbout } from '../consult/AskAbout';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { endOfDayShanghai, formatDate, formatDateTime } from '../../app/time';
import { DueTag } from './DueTag';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { clientKey } from '../files/checkFiles';
import { AuditTrail } from './AuditTrail';
import { SeverityTag } from './SeverityTag';
import { useFindingText } from './findingText';
import { DelegateReview } from './Delegate';
import { ExtensionDecision, ExtensionHistory, ExtensionRequestForm } from './Extension';
import { limits } from '../../gql/limits';
import { DateField } from '../../components/DateField';

const SubmitRectificationOp = graphql(`
  mutation SubmitRectification($input: SubmitRectificationInput!) {
    submitRectification(input: $input) { rectification { id decision } finding { id status open viewerCan { submitRectification requestExtension review delegate } } }
  }
`);

const ReviewRectificationOp = graphql(`
  mutation ReviewRectification($input: ReviewRectificationInput!) {
    reviewRectification(input: $input) { rectification { id decision reason } finding { id status open dueAt closedAt viewerCan { submitRectification requestExtension review delegate } } }
  }
`);

const FindingOp = graphql(`
  query Finding($id: ID!) {
    node(id: $id) {
      ... on Finding {
        id title titleEn description descriptionEn status open severity source dueAt closedAt createdAt
        visit { id kind heldOn }
        viewerCan { submitRectification requestExtension review delegate }
        guidanceZh guidanceEn
        legalBasis { instrument article citation confidence }
        enterprise { id name district { id nameZh nameEn } }
        delegate { id displayName }
        item { code }
        answer { id valueText note answeredAt attachments { id name contentType url takenAt } }
        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {
          edges { node { id measures decision reason submittedAt reviewedAt evidence { id name contentType url takenAt } } }
        }
        extensionRequests(first: 20, orderBy: { field: STATUS, direction: DESC }) {
          edges { node { id reason status answer requestedDueAt previousDueAt createdAt viewerCan { decide } } }
        }
      }
    }
  }
`);

/** A finding with its guidance (整改方向), legal basis and history. */
export default function FindingDetail() {
  const { t, i18n } = useTranslation();
  const text = useFindingText();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: FindingOp, variables: { id } });
  const f = res.data?.node?.__typename === 'Finding' ? res.data.node : null;
  const en = i18n.language === 'en-US';
  const guidance = (en ? f?.guidanceEn : f?.guidanceZh) ?? [];
  // Unverified citations (confidence U) are not shown; no card when none is left.
  const legal = (f?.legalBasis ?? []).filter((l) => l.confidence !== 'U');
  const { me } = useAuth();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // What the viewer may do is the API's verdict (viewerCan); the page only
  // finds the records the forms act on.
  const can = f?.viewerCan;
  const rectifications = f?.rectifications.edges?.map((e) => e!.node!) ?? [];
  const pending = rectifications.find((r) => r.decision === 'PENDING');
  // Sent back and still open (the latest rectification was decided with a reason): what to do
  // now comes first — the reviewer's reason and the deadline.
  const latest = rectifications[0];
  const sentBack = f?.open && latest && latest !== pending && latest.reason ? latest : null;
  const extensions = f?.extensionRequests.edges?.map((e) => e!.node!) ?? [];
  const pendingExtension = extensions.find((x) => x.status === 'PENDING');
  return (
    <div className="page">
      <QueryState fetching={res.fetching} error={res.error} empty={!f} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {f && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{text.title(f)}</Typography.Title>
              <AskAbout subject="finding" id={f.id} />
            </div>
            <Descriptions column={{ xs: 1, md: 2, xxl: 4 }} size="small" bordered>
              <Descriptions.Item label={t('findings.enterprise')}>{f.enterprise.name}</Descriptions.Item>
              <Descriptions.Item label={t('findings.status')}><Tag>{t(`status.${f.status}`)}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('findings.severity')}><SeverityTag severity={f.severity} /></Descriptions.Item>
              <Descriptions.Item label={t('findings.source')}>
                {f.visit ? <Link to={`/visits/${f.visit.id}`}>{t(`findingSource.${f.source}`)} {formatDate(f.visit.heldOn)}</Link> : t(`findingSource.${f.source}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('findings.dueAt')}>
                {f.open ? <DueTag dueAt={f.dueAt} /> : formatDateTime(f.closedAt) || formatDate(f.dueAt)}
              </Descriptions.Item>
            </Descriptions>
            {/* On a desk screen: what to do (reason, forms, guidance, law) beside the evidence
                (the answer, the rectifications, the history); on a phone one after the other. */}
            <Row gutter={16}>
            <Col xs={24} xl={13}>
              {sentBack && (
                <Alert type="warning" showIcon className="section" data-testid="sent-back"
                  title={t('findings.sentBack', { time: formatDateTime(sentBack.reviewedAt) })}
                  description={<>{sentBack.reason}<br />{t('findings.sentBackDue', { due: formatDate(f.dueAt) })}</>} />
              )}
              {/* A finding from an answer is described by the answer's card; others by their own words. */}
              {f.description && !f.answer && <Typography.Paragraph style={{ marginTop: 12 }}>{text.description(f)}</Typography.Paragraph>}
              {can?.submitRectification && <SubmitForm findingID={f.id} onDone={reload} />}
              {can?.review && pending && <ReviewForm rectificationID={pending.id} measures={pending.measures} evidence={pending.evidence ?? []} onDone={reload} />}
              {can?.delegate && <DelegateReview findingID={f.id} districtID={f.enterprise.district.id} delegate={f.delegate} onDone={reload} />}
              {pendingExtension?.viewerCan.decide && <ExtensionDecision request={pendingExtension} onDone={reload} />}
              {can?.requestExtension && !pendingExtension && <ExtensionRequestForm findingID={f.id} dueAt={f.dueAt} onDone={reload} />}
              <Card size="small" title={t('findings.guidance')} className="section">
                <Steps orientation="vertical" size="small" current={-1}
                  items={guidance.map((g) => ({ title: g }))} />
              </Card>
              {legal.length > 0 && (
                <Card size="small" title={t('findings.legalBasis')} className="section">
                  <ul className="citations">{legal.map((l) => <li key={l.citation}><CitationLink legal={l} /></li>)}</ul>
                </Card>
              )}
            </Col>
            <Col xs={24} xl={11}>
              {f.answer && (
                // The evidence behind the finding — the self-check answer — with what was done about it.
                <Card size="small" title={t('findings.answer')} className="section" data-testid="origin-answer">
                  <Descriptions column={1} size="small" items={[
                    { key: 'v', label: t('findings.answerValue'), children: <strong>{f.answer.valueText}</strong> },
                    { key: 'at', label: t('findings.answeredAt'), children: formatDateTime(f.answer.answeredAt) },
                    ...(f.answer.note ? [{ key: 'n', label: t('findings.answerNote'), children: f.answer.note }] : []),
                  ]} />
                  <EvidenceGallery items={f.answer.attachments ?? []} />
                </Card>
              )}
              <Card size="small" title={t('findings.rectifications')} className="section">
                <List
                  dataSource={f.rectifications.edges?.map((e) => e!.node!) ?? []}
                  locale={{ emptyText: t('common.none') }}
                  renderItem={(r) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<>{formatDateTime(r.submittedAt)} <Tag>{t(`status.${r.decision}`)}</Tag></>}
                        description={<>{r.measures}{r.reason && <div><Typography.Text type="danger">{t('findings.reason')}{t('common.colon')}{r.reason}</Typography.Text></div>}
                          <EvidenceGallery items={r.evidence ?? []} /></>}
                      />
                    </List.Item>
                  )}
                />
              </Card>
              <ExtensionHistory requests={extensions} />
              {me?.can.readAuditTrail && <AuditTrail key={`${f.status}:${f.dueAt}`} findingID={f.id} />}
            </Col>
            </Row>
          </>
        )}
      </QueryState>
    </div>
  );
}

/** 提交整改: what the enterprise did about the finding. */
function SubmitForm({ findingID, onDone }: { findingID: string; onDone(): void }) {
  const { t } = useTranslation();
  const [measures, setMeasures] = useState('');
  const [evidence, setEvidence] = useState<Attachment[]>([]);
  const [key, setKey] = useState(clientKey); // kept across retries of one submission
  const [error, setError] = useState<string | null>(null);
  const [state, submit] = useMutation(SubmitRectificationOp);
  return (
    <Card size="small" title={t('rectify.submitTitle')} className="section">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Input.TextArea rows={4} value={measures} onChange={(e) => setMeasures(e.target.value)} maxLength={limits.Rectification.measures} showCount
        placeholder={t('rectify.measuresPlaceholder')} aria-label={t('findings.measures')} />
      <div className="section"><EvidencePicker value={evidence} onChange={setEvidence} /></div>
      <Button type="primary" block className="section" loading={state.fetching} disabled={!measures.trim()}
        onClick={async () => {
          setError(null);
          const r = await submit({ input: { findingID, measures, evidenceIDs: evidence.map((a) => a.id), clientKey: key } });
          if (r.error) setError(errorMessage(r.error, t));
          else { setMeasures(''); setEvidence([]); setKey(clientKey()); onDone(); }
        }}>
        {t('rectify.submit')}
      </Button>
    </Card>
  );
}

/** 核查: approve (销号) or reject with a reason and, optionally, a new deadline. */
function ReviewForm({ rectificationID, measures, evidence, onDone }: { rectificationID: string; measures: string; evidence: readonly Attachment[]; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [due, setDue] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, review] = useMutation(ReviewRectificationOp);
  async function decide(approve: boolean) {
    setError(null);
    const r = await review({ input: { id: rectificationID, approve, reason: reason.trim() || undefined,
      dueAt: !approve && due ? endOfDayShanghai(due.format('YYYY-MM-DD')) : undefined } });
    if (r.error) setError(errorMessage(r.error, t));
    else onDone();
  }
  return (
    <Card size="small" title={t('rectify.reviewTitle')} className="section">
      <Typography.Paragraph>{measures}</Typography.Paragraph>
      <EvidenceGallery items={evidence} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('rectify.reasonPlaceholder')}
        aria-label={t('findings.reason')} />
      <Space wrap className="section">
        <DateField value={due} onChange={setDue} placeholder={t('rectify.newDue')} aria-label={t('rectify.newDue')} />
        <Button danger loading={state.fetching} onClick={() => void decide(false)}>{t('rectify.reject')}</Button>
        <Button type="primary" loading={state.fetching} onClick={() => void decide(true)}>{t('rectify.approve')}</Button>
      </Space>
    </Card>
  );
}
