import { Button, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../app/time';
import { useAuth } from '../../app/auth';
import { StatusTag } from './StatusTag';
import { FaqSearch } from './FaqList';

const MyQuestionsOp = graphql(`
  query MyQuestions {
    questions(first: 50, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      edges { node { id title status createdAt updatedAt confirmedAt viewerCan { confirm } } }
    }
  }
`);

const AnyQuestionChangedOp = graphql(`
  subscription AnyQuestionChanged { questionChanged { id status updatedAt } }
`);

/**
 * 咨询 (enterprise phone): the FAQ to search first, the button to ask the
 * stationed experts, and the enterprise's questions, updated live as they
 * are answered.
 */
export default function ConsultHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: MyQuestionsOp, requestPolicy: 'cache-and-network' });
  useSubscription({ query: AnyQuestionChangedOp }, (_, e) => {
    refetch({ requestPolicy: 'network-only' });
    return e;
  });
  const questions = (res.data?.questions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <div className="page consult-home">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('consult.title')}</Typography.Title>
        {me?.can.askQuestion && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/consult/new')}>{t('consult.ask')}</Button>
        )}
      </div>
      <Typography.Title level={5}>{t('consult.mine')}</Typography.Title>
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={!res.fetching && !questions.length} emptyText={t('consult.empty')}
        retry={() => refetch({ requestPolicy: 'network-only' })}>
        <List data-testid="my-questions" dataSource={questions} renderItem={(q) => (
          <List.Item className="clickable" role="link" tabIndex={0} onClick={() => navigate(`/consult/${q.id}`)}
            onKeyDown={(e) => { if (e.key === 'Enter') navigate(`/consult/${q.id}`); }}>
            <List.Item.Meta title={q.title} description={formatDateTime(q.updatedAt)} />
            {q.viewerCan.confirm ? <Tag color="gold">{t('consult.pendingConfirm')}</Tag> : <StatusTag status={q.status} />}
          </List.Item>
        )} />
      </QueryState>
      <FaqSearch />
      <Typography.Paragraph className="section"><Link to="/laws" data-testid="laws-link">{t('nav.laws')}</Link></Typography.Paragraph>
    </div>
  );
}
