import { useState } from 'react';
import { Alert, Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { formatDate, endOfDayShanghai } from '../../app/time';
import { limits } from '../../gql/limits';
import { DateField } from '../../components/DateField';

const RequestExtensionOp = graphql(`
  mutation RequestExtension($input: RequestExtensionInput!) {
    requestExtension(input: $input) { request { id status } finding { id dueAt } }
  }
`);

const DecideExtensionOp = graphql(`
  mutation DecideExtension($input: DecideExtensionInput!) {
    decideExtension(input: $input) { request { id status answer } finding { id dueAt overdue } }
  }
`);

interface Request { id: string; reason: string; status: string; answer: string; requestedDueAt: string; previousDueAt: string }

/** 申请延期: a reason and the deadline asked for (at most 90 days more). */
export function ExtensionRequestForm({ findingID, dueAt, onDone }: { findingID: string; dueAt: string; onDone(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [due, setDue] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, request] = useMutation(RequestExtensionOp);
  if (!open) {
    return <Button block className="section" onClick={() => setOpen(true)}>{t('extension.ask')}</Button>;
  }
  const current = dayjs(dueAt);
  return (
    <Card size="small" title={t('extension.ask')} className="section">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        <DateField value={due} onChange={setDue} placeholder={t('extension.newDue')} aria-label={t('extension.newDue')}
          disabledDate={(d) => d.isBefore(current, 'day') || d.isSame(current, 'day') || d.isAfter(current.add(90, 'day'))} />
        <Input.TextArea rows={3} value={reason} maxLength={limits.ExtensionRequest.reason} showCount onChange={(e) => setReason(e.target.value)}
          placeholder={t('extension.reasonPlaceholder')} aria-label={t('extension.reason')} />
        <Button type="primary" block loading={state.fetching} disabled={!reason.trim() || !due}
          onClick={async () => {
            setError(null);
            const r = await request({ input: { findingID, reason, dueAt: endOfDayShanghai(due!.format('YYYY-MM-DD')) } });
            if (r.error) setError(errorMessage(r.error, t));
            else { setOpen(false); onDone(); }
          }}>{t('extension.send')}</Button>
      </Space>
    </Card>
  );
}

/** 延期审批: grant (moving the deadline) or refuse with a reason. */
export function ExtensionDecision({ request, onDone }: { request: Request; onDone(): void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, decide] = useMutation(DecideExtensionOp);
  async function send(grant: boolean) {
    setError(null);
    const r = await decide({ input: { id: request.id, grant, answer: answer.trim() || undefined } });
    if (r.error) setError(errorMessage(r.error, t));
    else onDone();
  }
  return (
    <Card size="small" title={t('extension.decide')} className="section">
      <Typography.Paragraph>
        {t('extension.asked', { from: formatDate(request.previousDueAt), to: formatDate(request.requestedDueAt) })}{t('common.colon')}{request.reason}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Input.TextArea rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} placeholder={t('extension.answerPlaceholder')}
        aria-label={t('extension.answer')} />
      <Space className="section">
        <Button danger loading={state.fetching} onClick={() => void send(false)}>{t('extension.refuse')}</Button>
        <Button type="primary" loading={state.fetching} onClick={() => void send(true)}>{t('extension.grant')}</Button>
      </Space>
    </Card>
  );
}

/** The requests made so far and their answers. */
export function ExtensionHistory({ requests }: { requests: Request[] }) {
  const { t } = useTranslation();
  if (!requests.length) return null;
  return (
    <Card size="small" title={t('extension.history')} className="section">
      <List dataSource={requests} renderItem={(r) => (
        <List.Item>
          <List.Item.Meta
            title={<>{t('extension.asked', { from: formatDate(r.previousDueAt), to: formatDate(r.requestedDueAt) })} <Tag>{t(`extension.${r.status}`)}</Tag></>}
            description={<>{r.reason}{r.answer && <div><Typography.Text type="secondary">{t('extension.answer')}{t('common.colon')}{r.answer}</Typography.Text></div>}</>} />
        </List.Item>
      )} />
    </Card>
  );
}
