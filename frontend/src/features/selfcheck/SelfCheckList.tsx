import { List, Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../app/time';
import { percent } from '../home/EnterpriseHome';
import { useKeptPage } from '../../app/keptPage';

const SelfChecksOp = graphql(`
  query SelfChecks($after: Cursor) {
    selfChecks(first: 20, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { id status applicableCount answeredCount submittedAt task { id title dueAt } } }
    }
  }
`);

/** 自查: the enterprise's self-checks, current first. */
export default function SelfCheckList() {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: SelfChecksOp });
  const kept = useKeptPage('selfChecks', res);
  const items = kept.data?.selfChecks.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">{t('selfCheck.title')}</Typography.Title>
      {kept.note}
      <QueryState fetching={res.fetching} error={kept.error} empty={!items.length} emptyText={t('selfCheck.empty')} retry={() => refetch()}>
        <List
          dataSource={items}
          renderItem={(sc) => (
            <List.Item>
              <List.Item.Meta
                title={<><Link to={`/selfchecks/${sc.id}`}>{sc.task.title}</Link> <Tag>{t(`status.${sc.status}`)}</Tag></>}
                description={
                  <>
                    <Progress percent={percent(sc.answeredCount, sc.applicableCount)} size="small" />
                    {t('selfCheck.answered', { answered: sc.answeredCount, total: sc.applicableCount })} · {t('selfCheck.dueAt', { date: formatDate(sc.task.dueAt) })}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </QueryState>
    </div>
  );
}
