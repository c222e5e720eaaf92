import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Space, Tag, Typography, message } from 'antd';
import { CheckCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import type { QuestionThreadQuery } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { EvidenceGallery, EvidencePicker, type Attachment } from '../files/Evidence';
import { clientKey } from '../files/checkFiles';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../../app/time';
import { StatusTag } from './StatusTag';
import { useFindingText } from '../rectify/findingText';

const QuestionThreadOp = graphql(`
  query QuestionThread($id: ID!) {
    node(id: $id) {
      ... on Question {
        id title body status createdAt firstAnsweredAt resolvedAt confirmedAt escalatedAt faqPublished
        district { id nameZh nameEn }
        enterprise { id name }
        item { id code questionZh questionEn }
        finding { id title titleEn }
        notice { id warning { id title } }
        attachments { id name contentType url takenAt }
        viewerCan { answer reply resolve confirm publishFAQ }
        replies(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {
          edges { node { id body createdAt authorRole fromAsker expert { id name organization title } attachments { id name contentType url takenAt } } }
        }
      }
    }
  }
`);

const QuestionChangedOp = graphql(`
  subscription QuestionChanged($id: ID) { questionChanged(id: $id) { id status updatedAt } }
`);

const ReplyOp = graphql(`
  mutation ReplyToQuestion($input: ReplyToQuestionInput!) { replyToQuestion(input: $input) { id } }
`);
const ResolveOp = graphql(`
  mutation ResolveQuestion($id: ID!) { resolveQuestion(id: $id) { id status resolvedAt } }
`);
const ConfirmOp = graphql(`
  mutation ConfirmQuestion($id: ID!) { confirmQuestion(id: $id) { id status confirmedAt } }
`);
const FaqDraftOp = graphql(`
  query FaqDraft($id: ID!) { faqDraft(questionID: $id) { title body answer } }
`);

const PublishOp = graphql(`
  mutation PublishFAQ($input: PublishFAQInput!) { publishFAQ(input: $input) { id title } }
`);

type Question = Extract<NonNullable<QuestionThreadQuery['node']>, { __typename?: 'Question' }>;

/**
 * 咨询详情: a question's conversation for everyone who may read it — the
 * asking enterprise on its phone, the stationed expert, the administrators.
 * It follows the question live (questionChanged); what each may do comes
 * from viewerCan: answer or follow up, mark resolved, confirm, publish as FAQ.
 */
export default function QuestionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const findingText = useFindingText();
  const [res, refetch] = useQuery({ query: QuestionThreadOp, variables: { id }, requestPolicy: 'cache-and-network' });
  useSubscription({ query: QuestionChangedOp, variables: { id } }, (_, e) => {
    refetch({ requestPolicy: 'network-only' });
    return e;
  });
  const q = res.data?.node?.__typename === 'Question' ? (res.data.node as Question) : null;
  const en = i18n.language === 'en-US';
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className="page consult-thread">
      <QueryState fetching={res.fetching && !q} error={res.error} empty={!res.fetching && !q} emptyText={t('errors.NOT_FOUND')} retry={reload}>
        {q && (
          <>
            <Link to="/consult" className="back-link">← {t('consult.back')}</Link>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{q.title}</Typography.Title>
              <Space wrap>
                <StatusTag status={q.status} />
                {q.confirmedAt && <Tag color="green" icon={<CheckCircleOutlined />}>{t('consult.confirmed')}</Tag>}
                {q.escalatedAt && !q.firstAnsweredAt && <Tag color="red">{t('consult.escalated')}</Tag>}
              </Space>
            </div>
            <Typography.Paragraph type="secondary" className="thread-meta">
              {q.enterprise.name} · {en ? q.district.nameEn : q.district.nameZh} · {formatDateTime(q.createdAt)}
              {q.item && <> · {t('consult.about', { what: `${q.item.code} ${en ? q.item.questionEn : q.item.questionZh}` })}</>}
              {q.finding && <> · <Link to={`/findings/${q.finding.id}`}>{t('consult.about', { what: t('consult.aboutFinding', { title: findingText.title(q.finding) }) })}</Link></>}
              {q.notice && <> · {t('consult.about', { what: t('consult.aboutNotice', { title: q.notice.warning.title }) })}</>}
            </Typography.Paragraph>
            <Card size="small" className="thread-question" data-testid="question-body">
              <Typography.Paragraph className="pre-wrap">{q.body}</Typography.Paragraph>
              <EvidenceGallery items={q.attachments ?? []} />
            </Card>
            <Typography.Title level={5}>{t('consult.thread')}</Typography.Title>
            <div className="thread" data-testid="thread">
              {!q.replies.edges?.length && <Typography.Text type="secondary">{t('consult.noReplies')}</Typography.Text>}
              {(q.replies.edges ?? []).map((e) => e!.node!).map((r) => (
                <div key={r.id} className={`thread-msg ${r.fromAsker ? 'from-asker' : 'from-answerer'}`} data-testid="reply">
                  <div className="thread-who">
                    {t(`roles.${r.authorRole}`)}{r.expert && ` ${r.expert.name}${r.expert.title ? `（${r.expert.title}）` : ''}`}
                    <span className="thread-time">{formatDateTime(r.createdAt)}</span>
                  </div>
                  <div className="pre-wrap">{r.body}</div>
                  <EvidenceGallery items={r.attachments ?? []} />
                </div>
              ))}
            </div>
            <Actions q={q} onChange={reload} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function Actions({ q, onChange }: { q: Question; onChange(): void }) {
  const { t } = useTranslation();
  const [resolveState, resolve] = useMutation(ResolveOp);
  const [confirmState, confirm] = useMutation(ConfirmOp);
  const [publishing, setPublishing] = useState(false);
  const error = resolveState.error ?? confirmState.error;
  return (
    <div className="thread-actions">
      {error && <Alert type="error" showIcon message={errorMessage(error, t)} />}
      {q.viewerCan.confirm && (
        <Card size="small" className="confirm-card">
          <Typography.Paragraph>{t('consult.confirmHelp')}</Typography.Paragraph>
          <Popconfirm title={t('consult.confirmSure')} okText={t('consult.confirm')} cancelText={t('common.close')}
            onConfirm={async () => { const r = await confirm({ id: q.id }); if (!r.error) { void message.success(t('consult.confirmedDone')); onChange(); } }}>
            <Button type="primary" icon={<CheckCircleOutlined />} loading={confirmState.fetching}>{t('consult.confirm')}</Button>
          </Popconfirm>
        </Card>
      )}
      {q.confirmedAt && <Alert type="success" showIcon message={t('consult.closedNote')} />}
      {q.viewerCan.reply && <ReplyForm q={q} onSent={onChange} />}
      <Space wrap>
        {q.viewerCan.resolve && (
          <Popconfirm title={t('consult.resolveConfirm')} okText={t('consult.resolve')} cancelText={t('common.close')}
            onConfirm={async () => { const r = await resolve({ id: q.id }); if (!r.error) { void message.success(t('consult.resolved')); onChange(); } }}>
            <Button loading={resolveState.fetching}>{t('consult.resolve')}</Button>
          </Popconfirm>
        )}
        {q.viewerCan.publishFAQ && (
          <Button onClick={() => setPublishing(true)}>{q.faqPublished ? t('consult.republish') : t('consult.publish')}</Button>
        )}
        {q.faqPublished && <Tag color="blue">{t('consult.published')}</Tag>}
      </Space>
      {publishing && <PublishModal q={q} onClose={(done) => { setPublishing(false); if (done) onChange(); }} />}
    </div>
  );
}

/** 答复 / 追问: text and photos; a retry after a dropped connection sends the same key. */
function ReplyForm({ q, onSent }: { q: Question; onSent(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const [key, setKey] = useState(clientKey);
  const [state, send] = useMutation(ReplyOp);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Form form={form} layout="vertical" className="reply-form" onValuesChange={clearErrorsOnChange(form)}
      onFinish={async ({ body }) => {
        setOther(null);
        const r = await send({ input: { questionID: q.id, body, attachmentIDs: photos.map((p) => p.id), clientKey: key } });
        if (r.error) {
          if (!applyServerErrors(form, r.error, ['body'])) setOther(errorMessage(r.error, t));
          return;
        }
        form.resetFields();
        setPhotos([]);
        setKey(clientKey());
        void message.success(t('consult.sent'));
        onSent();
      }}>
      {other && <Alert type="error" showIcon message={other} />}
      <Form.Item name="body" label={q.viewerCan.answer ? t('consult.replyPlaceholder') : t('consult.followUpPlaceholder')}
        rules={[{ required: true, whitespace: true, message: t('consult.replyRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={limits.Reply.body} />
      </Form.Item>
      <Form.Item label={t('consult.fields.photos')}>
        <EvidencePicker value={photos} onChange={setPhotos} enterpriseID={q.enterprise.id} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={state.fetching}>{t('consult.send')}</Button>
    </Form>
  );
}

/** 发布为常见问题: the anonymised text the server proposes, to review and edit before publishing. */
function PublishModal({ q, onClose }: { q: Question; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title: string; body: string; answer: string }>();
  const [draft] = useQuery({ query: FaqDraftOp, variables: { id: q.id }, requestPolicy: 'network-only' });
  const [state, publish] = useMutation(PublishOp);
  const [other, setOther] = useState<string | null>(null);
  const d = draft.data?.faqDraft;
  return (
    <Modal open title={t('consult.publishTitle')} okText={t('consult.publish')} cancelText={t('common.close')} width={640}
      confirmLoading={state.fetching} okButtonProps={{ disabled: !d }} onCancel={() => onClose(false)} onOk={() => form.submit()}>
      <Typography.Paragraph type="secondary">{t('consult.publishHelp')}</Typography.Paragraph>
      {other && <Alert type="error" showIcon message={other} />}
      <QueryState fetching={draft.fetching && !d} error={draft.error} retry={() => undefined}>
        {d && (
          <Form form={form} layout="vertical" initialValues={d} onValuesChange={clearErrorsOnChange(form)}
            onFinish={async (v) => {
              const r = await publish({ input: { questionID: q.id, title: v.title, body: v.body, answer: v.answer } });
              if (r.error) {
                if (!applyServerErrors(form, r.error, ['title', 'body', 'answer'])) setOther(errorMessage(r.error, t));
                return;
              }
              void message.success(t('consult.published'));
              onClose(true);
            }}>
            <Form.Item name="title" label={t('consult.fields.title')} rules={[{ required: true, whitespace: true, message: t('consult.titleRequired') }]}>
              <Input maxLength={limits.FAQEntry.title} />
            </Form.Item>
            <Form.Item name="body" label={t('consult.fields.body')} rules={[{ required: true, whitespace: true, message: t('consult.bodyRequired') }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.FAQEntry.body} />
            </Form.Item>
            <Form.Item name="answer" label={t('consult.faqAnswer')} rules={[{ required: true, whitespace: true, message: t('consult.replyRequired') }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={limits.FAQEntry.answer} />
            </Form.Item>
          </Form>
        )}
      </QueryState>
    </Modal>
  );
}
