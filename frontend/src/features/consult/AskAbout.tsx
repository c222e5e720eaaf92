import { Link } from 'react-router-dom';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import './messages';
import { useAuth } from '../../app/auth';

/** What a question can be about: a checklist item, a finding, a warning notice (AskQuestionInput's itemID, findingID, noticeID). */
export type AskSubject = 'item' | 'finding' | 'notice';

/** 就此提问: opens 我要提问 about this item, finding or notice — for those who may ask (me.can.askQuestion). */
export function AskAbout({ subject, id, className }: { subject: AskSubject; id: string; className?: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  if (!me?.can.askQuestion) return null;
  return (
    <Link className={className ?? 'ask-link'} to={`/consult/new?${subject}=${encodeURIComponent(id)}`} data-testid={`ask-about-${subject}`}>
      <QuestionCircleOutlined /> {t(`consult.askAbout.${subject}`)}
    </Link>
  );
}
