import { useTranslation } from 'react-i18next';
import { daysUntil, formatDate } from '../../app/time';

/** A deadline: red when overdue, orange when three days or less remain. */
export function DueTag({ dueAt, now }: { dueAt: string; now?: Date }) {
  const { t } = useTranslation();
  const days = daysUntil(dueAt, now);
  if (days < 0) {
    return <span className="tag tag-red" data-overdue="true">{t('home.overdue', { days: -days })} · {formatDate(dueAt)}</span>;
  }
  return <span className={days <= 3 ? 'tag tag-orange' : 'tag'}>{t('home.daysLeft', { days })} · {formatDate(dueAt)}</span>;
}
