import { Card, Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../app/time';

const AuditTrailOp = graphql(`
  query FindingAuditTrail($subjectID: Int!) {
    auditEntries(first: 50, where: { subjectType: "Finding", subjectID: $subjectID }, orderBy: { field: CREATED_AT, direction: ASC }) {
      edges { node { id createdAt actorName action fromValue toValue comment } }
    }
  }
`);

/** 处理记录: every transition of a finding, who made it and why (administrators). */
export function AuditTrail({ findingID }: { findingID: string }) {
  const { t } = useTranslation();
  const [res] = useQuery({ query: AuditTrailOp, variables: { subjectID: Number(findingID) }, requestPolicy: 'network-only' });
  const entries = res.data?.auditEntries.edges?.map((e) => e!.node!) ?? [];
  if (!entries.length) return null;
  // Every action in words; one without a label yet says 其他处理, never its code.
  const label = (action: string) => t(`audit.${action.replace('finding.', '')}`, { defaultValue: t('audit.other') });
  return (
    <Card size="small" title={t('audit.title')} className="section" data-testid="audit-trail">
      <Timeline items={entries.map((e) => ({
        key: e.id,
        content: (
          <>
            <Typography.Text strong>{label(e.action)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(e.createdAt)} · {e.actorName}</Typography.Text>
            {e.comment && <div>{e.comment}</div>}
          </>
        ),
      }))} />
    </Card>
  );
}
