import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingSeverity } from '../../gql/graphql';

// One colour per severity, on every page and screen size.
const colors: Record<FindingSeverity, string | undefined> = { HIGH: 'red', MEDIUM: 'orange', LOW: undefined };

/** The severities, most severe first (the schema's enum, typed complete by colors). */
export const findingSeverities = Object.keys(colors) as FindingSeverity[];

/** A finding's severity (严重 / 一般 / 轻微) in its colour. */
export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return <Tag color={colors[severity]}>{t(`severity.${severity}`)}</Tag>;
}
