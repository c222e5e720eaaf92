import { Card, Descriptions, List, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../app/time';
import { DueTag } from './DueTag';

const FindingDocument = graphql(`
  query Finding($id: ID!) {
    node(id: $id) {
      ... on Finding {
        id title description status severity source dueAt closedAt createdAt
        guidanceZh guidanceEn
        legalBasis { instrument article confidence }
        enterprise { id name district { nameZh nameEn } }
        item { code }
        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {
          edges { node { id measures decision reason submittedAt reviewedAt } }
        }
      }
    }
  }
`);

/** A finding with its guidance (整改方向), legal basis and history. */
export default function FindingDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: FindingDocument, variables: { id } });
  const f = res.data?.node?.__typename === 'Finding' ? res.data.node : null;
  const en = i18n.language === 'en-US';
  const guidance = (en ? f?.guidanceEn : f?.guidanceZh) ?? [];
  return (
    <div className="page">
      <QueryState fetching={res.fetching} error={res.error} empty={!f} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {f && (
          <>
            <Typography.Title level={4} className="page-title">{f.title}</Typography.Title>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('findings.enterprise')}>{f.enterprise.name}</Descriptions.Item>
              <Descriptions.Item label={t('findings.status')}><Tag>{t(`status.${f.status}`)}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('findings.severity')}>{t(`severity.${f.severity}`)}</Descriptions.Item>
              <Descriptions.Item label={t('findings.dueAt')}>
                {f.status === 'CLOSED' ? formatDateTime(f.closedAt) : <DueTag dueAt={f.dueAt} />}
              </Descriptions.Item>
            </Descriptions>
            {f.description && <Typography.Paragraph style={{ marginTop: 12 }}>{f.description}</Typography.Paragraph>}
            <Card size="small" title={t('findings.guidance')} className="section">
              <Steps orientation="vertical" size="small" current={-1}
                items={guidance.map((g, i) => ({ title: `${i + 1}`, description: g }))} />
            </Card>
            <Card size="small" title={t('findings.legalBasis')} className="section">
              {(f.legalBasis ?? []).filter((l) => l.confidence !== 'U').map((l) => (
                <Tag key={l.instrument + l.article}>{l.instrument}{l.article ? ` 第${l.article}条` : ''}</Tag>
              ))}
            </Card>
            <Card size="small" title={t('findings.rectifications')} className="section">
              <List
                dataSource={f.rectifications.edges?.map((e) => e!.node!) ?? []}
                locale={{ emptyText: t('common.none') }}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<>{formatDateTime(r.submittedAt)} <Tag>{t(`status.${r.decision}`)}</Tag></>}
                      description={<>{r.measures}{r.reason && <div><Typography.Text type="danger">{t('findings.reason')}：{r.reason}</Typography.Text></div>}</>}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}
