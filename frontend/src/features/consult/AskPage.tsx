import { useState } from 'react';
import { Alert, Button, Form, Input, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { EvidencePicker, type Attachment } from '../files/Evidence';
import { clientKey } from '../files/checkFiles';
import { errorMessage } from '../../app/errors';
import { FaqEntries, useItemFaqs } from './FaqList';
import { useFindingText } from '../rectify/findingText';

const AskSubjectOp = graphql(`
  query AskSubject($id: ID!) {
    node(id: $id) {
      ... on ChecklistItem { id code questionZh questionEn }
      ... on Finding { id title titleEn }
      ... on WarningNotice { id warning { id title } }
    }
  }
`);

const AskQuestionOp = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }
`);

/**
 * 我要提问: a title, the question and photos, sent to the district's channel
 * (from a checklist item, `?item=<id>`, the question is about that item and
 * its FAQ shows first; `?finding=<id>` and `?notice=<id>` likewise). A retry after a dropped connection asks once.
 */
export default function AskPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const findingText = useFindingText();
  // What the question is about (?item=, ?finding= or ?notice=): shown above the form and sent with it.
  const subjectID = params.get('item') ?? params.get('finding') ?? params.get('notice');
  const [subjectRes] = useQuery({ query: AskSubjectOp, variables: { id: subjectID ?? '' }, pause: !subjectID });
  const subject = subjectRes.data?.node;
  const item = subject?.__typename === 'ChecklistItem' ? subject : null;
  const finding = subject?.__typename === 'Finding' ? subject : null;
  const notice = subject?.__typename === 'WarningNotice' ? subject : null;
  const faqs = useItemFaqs(item ? [item.code] : []).get(item?.code ?? '') ?? [];
  const [form] = Form.useForm<{ title: string; body: string }>();
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const [key] = useState(clientKey); // kept across retries of this question
  const [state, ask] = useMutation(AskQuestionOp);
  const [other, setOther] = useState<string | null>(null);
  return (
    <div className="page consult-ask">
      <Typography.Title level={4} className="page-title">{t('consult.askTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('consult.channelHint')}</Typography.Paragraph>
      {item && (
        <>
          <Typography.Paragraph>
            <Tag>{item.code}</Tag>{i18n.language === 'en-US' ? item.questionEn : item.questionZh}
          </Typography.Paragraph>
          {faqs.length > 0 && <><Typography.Text strong>{t('consult.faq.forItem', { count: faqs.length })}</Typography.Text><FaqEntries entries={faqs} /></>}
        </>
      )}
      {finding && <Typography.Paragraph data-testid="ask-subject">{t('consult.about', { what: t('consult.aboutFinding', { title: findingText.title(finding) }) })}</Typography.Paragraph>}
      {notice && <Typography.Paragraph data-testid="ask-subject">{t('consult.about', { what: t('consult.aboutNotice', { title: notice.warning.title }) })}</Typography.Paragraph>}
      {other && <Alert type="error" showIcon message={other} />}
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}
        onFinish={async ({ title, body }) => {
          setOther(null);
          const r = await ask({ input: { title, body, itemID: item?.id ?? null, findingID: finding?.id ?? null, noticeID: notice?.id ?? null, attachmentIDs: photos.map((p) => p.id), clientKey: key } });
          if (r.error || !r.data) {
            if (!applyServerErrors(form, r.error, ['title', 'body'])) setOther(errorMessage(r.error, t));
            return;
          }
          navigate(`/consult/${r.data.askQuestion.id}`, { replace: true });
        }}>
        <Form.Item name="title" label={t('consult.fields.title')} rules={[{ required: true, whitespace: true, message: t('consult.titleRequired') }]}>
          <Input maxLength={limits.Question.title} placeholder={t('consult.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="body" label={t('consult.fields.body')} rules={[{ required: true, whitespace: true, message: t('consult.bodyRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={limits.Question.body} placeholder={t('consult.bodyPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('consult.fields.photos')}>
          <EvidencePicker value={photos} onChange={setPhotos} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block icon={<SendOutlined />} loading={state.fetching}>{t('consult.submit')}</Button>
      </Form>
    </div>
  );
}
