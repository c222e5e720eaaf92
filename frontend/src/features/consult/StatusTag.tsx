import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './messages';
import type { QuestionStatus } from '../../gql/graphql';

const colors: Record<QuestionStatus, string> = { OPEN: 'orange', ANSWERED: 'blue', CLOSED: 'green' };

/** A question's statuses in their order (the schema's enum, typed complete by colors). */
export const questionStatuses = Object.keys(colors) as QuestionStatus[];

/** A question's status as people read it (待答复 / 已答复 / 已办结). */
export function StatusTag({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`consult.status.${status}`)}</Tag>;
}
