import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Input, InputNumber, Modal, Progress, Radio, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CitationLink } from '../laws/CitationLink';
import { AskAbout } from '../consult/AskAbout';
import { graphql } from '../../gql';
import { FaqEntries, useItemFaqs } from '../consult/FaqList';
import type { SelfCheckQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../app/time';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { limits } from '../../gql/limits';
import { useAuth } from '../../app/auth';
import { list, subscribe } from '../../app/outbox';
import { useOnline } from '../../app/offline';
import { useKeptPage } from '../../app/keptPage';
import { answerClientKey, answerKey, keepAnswer, selfCheckGroup, sendAnswer, sentAnswer, type AnswerVars, type KeptUpload } from './answerOutbox';
import { DateField } from '../../components/DateField';

const SelfCheckOp = graphql(`
  query SelfCheck($id: ID!) {
    node(id: $id) {
      ... on SelfCheck {
        id status applicableCount answeredCount progress viewerCan { answer submit }
        task { id title dueAt }
        applicableItems {
          id code category questionZh questionEn answerType defaultDeadlineDays severity
          findingLabelZh findingLabelEn guidanceZh guidanceEn
          compliance { choices min max withinMonths aheadDays }
          legalRefs { instrument article citation confidence }
        }
        answers(first: 100) { edges { node { id value valueText note compliant item { id } attachments { id name contentType url takenAt } } } }
      }
    }
  }
`);

const SubmitOp = graphql(`
  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {
    submitSelfCheck(input: $input) { selfCheck { id status } findings { id } }
  }
`);

type SelfCheck = Extract<NonNullable<SelfCheckQuery['node']>, { __typename?: 'SelfCheck' }>;
type Item = SelfCheck['applicableItems'][number];
interface Saved {
  value: string; valueText?: string; compliant?: boolean | null; error?: string; note?: string; attachments?: Attachment[];
  /** Kept on this phone, not yet sent (待同步); with the photos chosen offline, still to upload. */
  pending?: boolean; uploads?: KeptUpload[];
}

/** The answers of a self-check kept on this device and not yet sent (the outbox), by item. */
function usePendingAnswers(userID: string | undefined, selfCheckID: string, onSent: () => void) {
  const [pending, setPending] = useState<Record<string, AnswerVars>>({});
  useEffect(() => {
    if (!userID) return;
    let live = true;
    let before = 0;
    const load = () => void list<AnswerVars>(userID, selfCheckGroup(selfCheckID)).then((es) => {
      if (!live) return;
      setPending(Object.fromEntries(es.map((e) => [e.vars.input.itemID, e.vars])));
      if (es.length < before) onSent(); // sent meanwhile (by the outbox): read the server's state
      before = es.length;
    });
    load();
    const off = subscribe(load);
    return () => { live = false; off(); };
  }, [userID, selfCheckID, onSent]);
  return pending;
}

/** Groups items by checklist category, keeping the checklist's order. */
export function byCategory<T extends { category: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(it.category, [...(groups.get(it.category) ?? []), it]);
  return [...groups.entries()];
}

/** 自查: one card per item; guidance appears as soon as an answer fails. */
export default function SelfCheckPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [res, refetch] = useQuery({ query: SelfCheckOp, variables: { id } });
  const client = useClient();
  const { me } = useAuth();
  const userID = me?.user.id;
  const [submitting, submit] = useMutation(SubmitOp);
  const [local, setLocal] = useState<Record<string, Saved>>({});
  const [confirm, setConfirm] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Without a network the page opens from the copy kept on this device.
  const kept = useKeptPage(`selfCheck:${id}`, res);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useOnline(reload);
  // Sent by the outbox meanwhile: the server's state replaces what was shown.
  const synced = useCallback(() => { setLocal({}); reload(); }, [reload]);
  const pending = usePendingAnswers(userID, id, synced);
  const sc = kept.data?.node?.__typename === 'SelfCheck' ? (kept.data.node as SelfCheck) : null;

  const answers = useMemo(() => {
    const m: Record<string, Saved> = {};
    for (const e of sc?.answers.edges ?? []) {
      if (e?.node) m[e.node.item.id] = { value: e.node.value, valueText: e.node.valueText, compliant: e.node.compliant, note: e.node.note, attachments: e.node.attachments ?? [] };
    }
    // What this device still has to send shows as given, marked 待同步.
    for (const [item, { input, uploads }] of Object.entries(pending)) {
      // Whether it complies is the server's to say, once it has it.
      m[item] = { ...m[item], ...local[item], value: input.value, note: input.note ?? m[item]?.note, pending: true, uploads,
        valueText: undefined, compliant: undefined, error: undefined };
    }
    for (const [item, a] of Object.entries(local)) if (!pending[item]) m[item] = a;
    return m;
  }, [sc, local, pending]);

  // The FAQ filed under the page's items (常见问题), in one request.
  const codes = useMemo(() => (sc?.applicableItems ?? []).map((it) => it.code), [sc]);
  const faqs = useItemFaqs(codes);

  if (!sc) {
    return <div className="page"><QueryState fetching={res.fetching} error={res.error} empty emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>{null}</QueryState></div>;
  }
  // Editable while the API says so: not submitted, task open, and the viewer may answer.
  const readOnly = !sc.viewerCan.answer;
  const answered = sc.applicableItems.filter((it) => answers[it.id]?.value).length;
  const unsent = Object.keys(pending).length;
  const failing = sc.applicableItems.filter((it) => answers[it.id]?.compliant === false);

  /**
   * Saves an answer (and, when given, its note or photos) as soon as it
   * changes: first on this device (the outbox), then to the server. Without
   * a network it stays on the device, marked 待同步, and is sent when the
   * connection returns (its client key makes a repeated send harmless).
   */
  async function answer(it: Item, value: string, extra: { note?: string; attachments?: Attachment[]; uploads?: KeptUpload[] } = {}) {
    const before = answers[it.id];
    // Photos chosen offline earlier stay with the answer until they are uploaded.
    const uploads = extra.uploads ?? before?.uploads;
    setLocal((l) => ({ ...l, [it.id]: { ...before, value, compliant: l[it.id]?.compliant ?? before?.compliant, ...extra, error: undefined } }));
    const ids = (extra.attachments ?? before?.attachments)?.map((a) => a.id);
    const base = { selfCheckID: sc!.id, itemID: it.id, value, note: extra.note ?? (uploads?.length ? before?.note : undefined),
      attachmentIDs: extra.attachments || uploads?.length ? ids : undefined };
    const vars = { input: { ...base, clientKey: answerClientKey(base) }, uploads };
    const at = userID ? await keepAnswer(userID, vars).catch(() => undefined) : undefined;
    const { sent, result: r } = await sendAnswer(client, vars);
    if (sent === 'retry') {
      // Kept on the device: shown as 待同步, not as an error (unless it could not be kept either).
      if (at === undefined) setLocal((l) => ({ ...l, [it.id]: { ...l[it.id], value, error: errorMessage(r?.error, t) ?? t('errors.NETWORK') } }));
      return;
    }
    if (at !== undefined) await sentAnswer({ key: answerKey(sc!.id, it.id), at });
    if (sent !== 'done' || !r?.data) {
      setLocal((l) => ({ ...l, [it.id]: { ...l[it.id], value, error: sent === 'done' ? t('errors.NETWORK') : sent.refused } }));
      return;
    }
    const a = r.data.saveAnswer;
    setLocal((l) => ({ ...l, [it.id]: { value: a.answer.value, valueText: a.answer.valueText, compliant: a.answer.compliant, note: a.answer.note, attachments: a.answer.attachments ?? [] } }));
  }

  async function doSubmit() {
    setSubmitError(null);
    const r = await submit({ input: { id: sc!.id, clientKey: `submit:${sc!.id}` } });
    if (r.error) {
      setSubmitError(errorMessage(r.error, t));
      return;
    }
    setConfirm(false);
    navigate('/rectifications');
  }

  return (
    <div className="page">
      <h1 className="page-title">{sc.task.title}</h1>
      <p className="secondary">{t('selfCheck.dueAt', { date: formatDate(sc.task.dueAt) })}</p>
      <div className="sticky-progress">
        <Progress percent={Math.round((answered / Math.max(1, sc.applicableCount)) * 100)} aria-label={t('home.progress')} />
        <span className="secondary">{t('selfCheck.answered', { answered, total: sc.applicableCount })}</span>
      </div>
      {kept.note}
      {unsent > 0 && <Alert type="info" showIcon title={t('offline.unsent', { count: unsent })} style={{ margin: '8px 0' }} data-testid="unsent" />}
      {sc.status === 'SUBMITTED' && <Alert type="success" showIcon title={t('selfCheck.submitted')} style={{ margin: '8px 0' }} />}
      {sc.status !== 'SUBMITTED' && readOnly && <Alert type="info" showIcon title={t('selfCheck.readOnly')} style={{ margin: '8px 0' }} />}
      {byCategory(sc.applicableItems).map(([cat, items]) => (
        <section key={cat} aria-label={t(`category.${cat}`)}>
          <h2 className="category">{t(`category.${cat}`)}</h2>
          {items.map((it) => {
            const a = answers[it.id];
            const guidance = en ? it.guidanceEn : it.guidanceZh;
            return (
              <article key={it.id} className="card item-card" data-testid={`item-${it.code}`}>
                <div className="item-code">{it.code}{a?.pending && <Tag color="gold" className="pending-tag" data-testid="pending">{t('offline.pending')}</Tag>}</div>
                <p className="question">{en ? it.questionEn : it.questionZh}</p>
                <ItemHelp itemID={it.id} faqs={faqs.get(it.code) ?? []} ask={!!me?.can.askQuestion} />
                {readOnly
                  // Submitted (or not the viewer's to answer): the answer as text, not greyed-out controls.
                  ? <p className="answer-read" data-testid="answer-read">{a?.valueText ?? a?.value ?? t('selfCheck.unanswered')}</p>
                  : <AnswerControl item={it} value={a?.value} disabled={readOnly} onAnswer={(v) => void answer(it, v)} />}
                {a?.error && <Alert type="error" showIcon title={a.error} style={{ marginTop: 8 }}
                  action={<Button size="small" onClick={() => void answer(it, a.value, { note: a.note, attachments: a.attachments })}>{t('errors.retry')}</Button>} />}
                {a?.value && !a.error && <NoteAndPhotos saved={a} readOnly={readOnly}
                  onNote={(note) => void answer(it, a.value, { note })}
                  onAttachments={(attachments) => void answer(it, a.value, { attachments })}
                  onOffline={(files, key) => void answer(it, a.value, { note: a.note, attachments: a.attachments, uploads: [...(a.uploads ?? []), { key, files }] })} />}
                {a?.compliant === false && (
                  <div className="guidance" role="status">
                    <div><Tag color="red">{en ? it.findingLabelEn : it.findingLabelZh}</Tag>
                      {t('selfCheck.deadline', { days: it.defaultDeadlineDays })}</div>
                    <strong>{t('findings.guidance')}</strong>
                    <ol>{(guidance ?? []).map((g) => <li key={g}>{g}</li>)}</ol>
                    <div className="secondary">
                      {t('findings.legalBasis')}{t('common.colon')}{(it.legalRefs ?? []).filter((l) => l.confidence !== 'U')
                        .map((l, i) => <span key={l.citation}>{i > 0 && t('findings.citationSep')}<CitationLink legal={l} /></span>)}
                    </div>
                  </div>
                )}
              </article>
            );
          })}
        </section>
      ))}
      {!readOnly && (
        <Button type="primary" block size="large" className="section" disabled={answered < sc.applicableCount || unsent > 0 || kept.offline || !sc.viewerCan.submit}
          onClick={() => setConfirm(true)}>
          {answered < sc.applicableCount ? t('selfCheck.remaining', { count: sc.applicableCount - answered })
            : unsent > 0 ? t('offline.submitAfterSync', { count: unsent }) : t('selfCheck.submit')}
        </Button>
      )}
      <Modal open={confirm} title={t('selfCheck.submit')} okText={t('selfCheck.confirmSubmit')} confirmLoading={submitting.fetching}
        onOk={() => void doSubmit()} onCancel={() => setConfirm(false)}>
        {submitError && <Alert type="error" showIcon title={submitError} style={{ marginBottom: 8 }} />}
        <p>{failing.length ? t('selfCheck.willCreate', { count: failing.length }) : t('selfCheck.allCompliant')}</p>
        <ul>{failing.map((it) => <li key={it.id}>{en ? it.findingLabelEn : it.findingLabelZh}（{it.code}）</li>)}</ul>
      </Modal>
    </div>
  );
}

/** Under an item: its FAQ (常见问题, folded) and a way to ask the stationed experts about it. */
function ItemHelp({ itemID, faqs, ask }: { itemID: string; faqs: Parameters<typeof FaqEntries>[0]['entries']; ask: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!faqs.length && !ask) return null;
  return (
    <div className="item-help" data-testid="item-help">
      {faqs.length > 0 && <Button type="link" size="small" onClick={() => setOpen(!open)} aria-expanded={open}>{t('consult.faq.forItem', { count: faqs.length })}</Button>}
      {ask && <AskAbout subject="item" id={itemID} />}
      {open && <FaqEntries entries={faqs} />}
    </div>
  );
}

/** 备注与照片: optional, under an answered item; photos from the camera. */
function NoteAndPhotos({ saved, readOnly, onNote, onAttachments, onOffline }: {
  saved: Saved; readOnly: boolean; onNote(n: string): void; onAttachments(a: Attachment[]): void;
  /** Files chosen without a network: kept with the answer, uploaded when back online. */
  onOffline(files: File[], key: string): void;
}) {
  const { t } = useTranslation();
  const has = !!saved.note || !!saved.attachments?.length || !!saved.uploads?.length;
  const [open, setOpen] = useState(has);
  const [note, setNote] = useState(saved.note ?? '');
  if (readOnly) {
    return has ? (
      <div className="note-photos">
        {saved.note && <p className="answer-note">{saved.note}</p>}
        <EvidenceGallery items={saved.attachments ?? []} />
      </div>
    ) : null;
  }
  if (!open) {
    return <Button type="link" size="small" className="note-toggle" onClick={() => setOpen(true)}>{t('files.addNote')}</Button>;
  }
  return (
    <div className="note-photos">
      <Input.TextArea rows={2} value={note} maxLength={limits.Answer.note} showCount disabled={readOnly} placeholder={t('files.note')} aria-label={t('files.note')}
        onChange={(e) => setNote(e.target.value)} onBlur={() => { if (note !== (saved.note ?? '')) onNote(note); }} />
      <EvidencePicker value={saved.attachments ?? []} onChange={onAttachments} disabled={readOnly} onOffline={onOffline}
        waiting={(saved.uploads ?? []).reduce((n, u) => n + u.files.length, 0)} />
      {!!saved.uploads?.length && <KeptFiles uploads={saved.uploads} />}
    </div>
  );
}

function AnswerControl({ item, value, disabled, onAnswer }: { item: Item; value?: string; disabled: boolean; onAnswer(v: string): void }) {
  const { t } = useTranslation();
  switch (item.answerType) {
    case 'YES_NO':
    case 'YES_NO_NA':
      return (
        <Radio.Group value={value} disabled={disabled} onChange={(e) => onAnswer(e.target.value)} optionType="button" buttonStyle="solid"
          aria-label={item.code}
          options={[{ value: 'YES', label: t('common.yes') }, { value: 'NO', label: t('common.no') },
            ...(item.answerType === 'YES_NO_NA' ? [{ value: 'NA', label: t('selfCheck.na') }] : [])]} />
      );
    case 'NUMBER':
      // The phone's number pad, with a decimal point.
      return <InputNumber value={value === undefined ? undefined : Number(value)} disabled={disabled} aria-label={item.code}
        inputMode="decimal" style={{ width: 180 }} onBlur={(e) => { const v = e.target.value.trim(); if (v && v !== value) onAnswer(v); }} />;
    case 'DATE':
      return <DateField value={value ? dayjs(value) : null} disabled={disabled} aria-label={item.code}
        onChange={(d) => d && onAnswer(d.format('YYYY-MM-DD'))} />;
    default:
      return <Select value={value} disabled={disabled} aria-label={item.code} style={{ width: 220 }}
        options={(item.compliance.choices ?? []).map((c) => ({ value: c, label: c }))} onChange={onAnswer} />;
  }
}

/** Photos kept on the phone until they can be uploaded: shown from the phone itself, marked 待同步. */
function KeptFiles({ uploads }: { uploads: KeptUpload[] }) {
  const { t } = useTranslation();
  const files = useMemo(() => uploads.flatMap((u) => u.files), [uploads]);
  const urls = useMemo(() => files.map((f) => (f.type.startsWith('image/') ? URL.createObjectURL(f) : null)), [files]);
  useEffect(() => () => urls.forEach((u) => u && URL.revokeObjectURL(u)), [urls]);
  return (
    <div className="evidence-gallery" data-testid="kept-files">
      {files.map((f, i) => (
        <figure key={`${f.name}-${i}`} className="evidence-item">
          {urls[i] ? <img src={urls[i]!} alt={f.name} width={72} height={72} style={{ objectFit: 'cover' }} /> : <div className="evidence-doc">PDF</div>}
          <figcaption title={f.name}>{f.name}</figcaption>
          <figcaption className="evidence-taken">{t('offline.pending')}</figcaption>
        </figure>
      ))}
    </div>
  );
}
