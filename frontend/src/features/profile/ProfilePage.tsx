import { Suspense, lazy } from 'react';
import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useAuth } from '../../app/auth';
import { QueryState } from '../../components/QueryState';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { formatDate } from '../../app/time';
import { ChangePasswordButton } from '../auth/ChangePassword';
import { Contacts } from '../admin/Contacts';

// 应急减排清单 with its editor: loaded with its messages, after the page.
const EmissionPlans = lazy(() => import('../warning/EmissionPlans'));

const ProfileOp = graphql(`
  query Profile($id: ID!) {
    node(id: $id) {
      ... on Enterprise {
        id name creditCode address industryCode industryName permitTier performanceGrade
        district { nameZh nameEn }
        contacts { name role phone email }
        viewerCan { updateContacts }
        permits(first: 10) { edges { node { id number tier validUntil status outlets } } }
        eiaApprovals(first: 10) { edges { node { id projectName documentNumber approvedOn acceptanceOn } } }
        facilities(first: 20) { edges { node { id code name kind technology } } }
      }
    }
  }
`);

/** 我的: the enterprise's profile — permits, EIA approvals, facilities, grade, contacts. */
export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const [res, refetch] = useQuery({ query: ProfileOp, variables: { id: me?.enterprise?.id ?? '' }, pause: !me?.enterprise });
  const e = res.data?.node?.__typename === 'Enterprise' ? res.data.node : null;
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">{t('profile.title')}</Typography.Title>
      <Link to="/trainings" className="profile-link"><Button block>{t('nav.trainings')}</Button></Link>
      <Link to="/visits" className="profile-link"><Button block>{t('nav.visits')}</Button></Link>
      <QueryState fetching={res.fetching} error={res.error} empty={!e} retry={() => refetch()}>
        {e && (
          <>
            <Descriptions column={1} size="small" bordered title={e.name}>
              <Descriptions.Item label={t('enterprises.creditCode')}>{e.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.district')}>{i18n.language === 'en-US' ? e.district.nameEn : e.district.nameZh}</Descriptions.Item>
              <Descriptions.Item label={t('profile.industry')}>{e.industryCode} {e.industryName}</Descriptions.Item>
              <Descriptions.Item label={t('profile.tier')}>{t(`tier.${e.permitTier}`)}</Descriptions.Item>
              <Descriptions.Item label={t('profile.grade')}>{t(`grade.${e.performanceGrade}`)}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.address')}>{e.address}</Descriptions.Item>
            </Descriptions>
            <Card size="small" title={t('enterprises.permits')} className="section">
              <List dataSource={e.permits.edges?.map((x) => x!.node!) ?? []} locale={{ emptyText: t('common.none') }}
                renderItem={(p) => (
                  <List.Item>
                    <List.Item.Meta title={<>{p.number} <Tag>{t(`tier.${p.tier}`)}</Tag></>}
                      description={`${t('enterprises.validUntil')} ${formatDate(p.validUntil)} · ${t('enterprises.outlets')} ${(p.outlets ?? []).join(', ')}`} />
                  </List.Item>
                )} />
            </Card>
            <Card size="small" title={t('enterprises.eia')} className="section">
              <List dataSource={e.eiaApprovals.edges?.map((x) => x!.node!) ?? []} locale={{ emptyText: t('common.none') }}
                renderItem={(a) => (
                  <List.Item>
                    <List.Item.Meta title={a.projectName}
                      description={`${a.documentNumber} · ${t('enterprises.approvedOn')} ${formatDate(a.approvedOn)}${a.acceptanceOn ? ` · ${t('enterprises.acceptanceOn')} ${formatDate(a.acceptanceOn)}` : ''}`} />
                  </List.Item>
                )} />
            </Card>
            <Card size="small" title={t('enterprises.facilities')} className="section">
              <List dataSource={e.facilities.edges?.map((x) => x!.node!) ?? []} locale={{ emptyText: t('common.none') }}
                renderItem={(f) => <List.Item>{f.code} {f.name}{f.technology ? ` · ${f.technology}` : ''}</List.Item>} />
            </Card>
            <Suspense fallback={null}><EmissionPlans enterpriseID={e.id} /></Suspense>
            <Contacts enterpriseID={e.id} contacts={e.contacts ?? []} canEdit={e.viewerCan.updateContacts} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
          </>
        )}
      </QueryState>
      <Space className="section" wrap>
        <ChangePasswordButton />
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={() => void logout()}>{t('app.logout')}</Button>
      </Space>
    </div>
  );
}
