import { SeverityTag } from './SeverityTag';
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { DueTag } from './DueTag';
import { useFindingText } from './findingText';
import { useKeptPage } from '../../app/keptPage';

const OpenFindingsOp = graphql(`
  query OpenFindings {
    findings(first: 50, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {
      totalCount
      edges { node { id title titleEn status severity dueAt } }
    }
  }
`);

/** 整改: the enterprise's findings still to rectify, nearest deadline first. */
export default function RectificationList() {
  const { t } = useTranslation();
  const text = useFindingText();
  const [res, refetch] = useQuery({ query: OpenFindingsOp });
  const kept = useKeptPage('rectifications', res);
  const items = kept.data?.findings.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">{t('rectification.title')}</Typography.Title>
      {kept.note}
      <QueryState fetching={res.fetching} error={kept.error} empty={!items.length} emptyText={t('rectification.empty')} retry={() => refetch()}>
        <List
          dataSource={items}
          renderItem={(f) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/findings/${f.id}`}>{text.title(f)}</Link>}
                description={<><SeverityTag severity={f.severity} /><Tag>{t(`status.${f.status}`)}</Tag><DueTag dueAt={f.dueAt} /></>}
              />
            </List.Item>
          )}
        />
      </QueryState>
    </div>
  );
}
