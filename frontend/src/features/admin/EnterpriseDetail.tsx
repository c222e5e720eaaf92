import { Contacts } from './Contacts';
import { Suspense, lazy, useMemo, useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { EnterpriseForm } from './EnterpriseForm';
import { RegistryForm, type RegistryKind, type RegistryRecord } from './RegistryForms';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import '../visit/messages';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../app/time';
import { DueTag } from '../rectify/DueTag';
import { useFindingText } from '../rectify/findingText';

// 应急减排清单 with its editor: loaded with its messages, after the page.
const EmissionPlans = lazy(() => import('../warning/EmissionPlans'));

const EnterpriseOp = graphql(`
  query Enterprise($id: ID!) {
    node(id: $id) {
      ... on Enterprise {
        id name creditCode address industryCode industryName permitTier performanceGrade airRelated keySupervised vocUser hazardousWaste status
        longitude latitude districtID
        viewerCan { update updateContacts editRegistry }
        district { nameZh nameEn }
        contacts { name role phone email }
        permits(first: 10) { edges { node { id number tier issuedOn validUntil status outlets } } }
        eiaApprovals(first: 10) { edges { node { id projectName documentNumber reportType approvedOn acceptanceOn } } }
        facilities(first: 30) { edges { node { id code name kind capacity capacityUnit technology status } } }
        findings(first: 50, orderBy: { field: DUE_AT, direction: DESC }) {
          totalCount
          edges { node { id title titleEn status open severity dueAt } }
        }
        visits(first: 20, orderBy: { field: SCHEDULED_ON, direction: DESC }) {
          totalCount
          edges { node { id kind status scheduledOn heldOn confirmedAt } }
        }
      }
    }
  }
`);

export default function EnterpriseDetail() {
  const { t, i18n } = useTranslation();
  const text = useFindingText();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: EnterpriseOp, variables: { id } });
  const e = res.data?.node?.__typename === 'Enterprise' ? res.data.node : null;
  const can = e?.viewerCan;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<RegistryKind | null>(null);
  const [record, setRecord] = useState<RegistryRecord | null>(null);
  const edit = (kind: RegistryKind, id: string, values: Record<string, unknown>) =>
    can?.editRegistry ? <Button size="small" type="link" onClick={() => { setRecord({ id, values }); setAdding(kind); }}>{t('admin.edit')}</Button> : null;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Stable while the record is the same, so the open form is not reset.
  const initial = useMemo(() => e && {
    name: e.name, creditCode: e.creditCode, districtID: e.districtID, address: e.address, industryCode: e.industryCode,
    industryName: e.industryName, permitTier: e.permitTier, performanceGrade: e.performanceGrade, airRelated: e.airRelated,
    keySupervised: e.keySupervised, vocUser: e.vocUser, hazardousWaste: e.hazardousWaste, longitude: e.longitude, latitude: e.latitude,
  }, [e]);
  const add = (kind: RegistryKind) => (can?.editRegistry ? <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(kind)}>{t('admin.add')}</Button> : null);
  return (
    <div>
      <QueryState fetching={res.fetching} error={res.error} empty={!e} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {e && (
          <>
            <div className="page-head">
              <Typography.Title level={3}>{e.name}</Typography.Title>
              {can?.update && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('admin.edit')}</Button>}
            </div>
            <EnterpriseForm open={editing} id={e.id} initial={initial ?? undefined}
              onClose={(saved) => { setEditing(false); if (saved) reload(); }} />
            <RegistryForm kind={adding} enterpriseID={e.id} record={record}
              onClose={(saved) => { setAdding(null); setRecord(null); if (saved) reload(); }} />
            <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={t('enterprises.creditCode')}>{e.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.district')}>{i18n.language === 'en-US' ? e.district.nameEn : e.district.nameZh}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.industry')}>{e.industryCode} {e.industryName}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.permitTier')}>{t(`tier.${e.permitTier}`)}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.grade')}>{t(`grade.${e.performanceGrade}`)}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.address')}>{e.address}</Descriptions.Item>
            </Descriptions>
            <Contacts enterpriseID={e.id} contacts={e.contacts ?? []} canEdit={!!can?.updateContacts} onSaved={reload} />
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Card size="small" title={t('enterprises.permits')} className="section" extra={add('permit')}>
                  <Table size="small" rowKey="id" pagination={false} scroll={{ x: 'max-content' }} dataSource={e.permits.edges?.map((x) => x!.node!) ?? []}
                    columns={[
                      { title: t('enterprises.number'), dataIndex: 'number' },
                      { title: t('enterprises.permitTier'), render: (_, p) => t(`tier.${p.tier}`) },
                      { title: t('enterprises.validUntil'), render: (_, p) => formatDate(p.validUntil) },
                      { title: t('enterprises.outlets'), render: (_, p) => (p.outlets ?? []).join(', ') },
                      { key: 'edit', render: (_, p) => edit('permit', p.id, { number: p.number, tier: p.tier, issuedOn: dayjs(p.issuedOn),
                        validUntil: dayjs(p.validUntil), outlets: (p.outlets ?? []).join(', ') }) },
                    ]} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title={t('enterprises.eia')} className="section" extra={add('eia')}>
                  <Table size="small" rowKey="id" pagination={false} scroll={{ x: 'max-content' }} dataSource={e.eiaApprovals.edges?.map((x) => x!.node!) ?? []}
                    columns={[
                      { title: t('enterprises.project'), dataIndex: 'projectName' },
                      { title: t('enterprises.document'), dataIndex: 'documentNumber' },
                      { title: t('enterprises.approvedOn'), render: (_, a) => formatDate(a.approvedOn) },
                      { title: t('enterprises.acceptanceOn'), render: (_, a) => formatDate(a.acceptanceOn) || '—' },
                      { key: 'edit', render: (_, a) => edit('eia', a.id, { projectName: a.projectName, documentNumber: a.documentNumber,
                        reportType: a.reportType, approvedOn: dayjs(a.approvedOn), acceptanceOn: a.acceptanceOn ? dayjs(a.acceptanceOn) : undefined }) },
                    ]} />
                </Card>
              </Col>
            </Row>
            <Card size="small" title={t('enterprises.facilities')} className="section" extra={add('facility')}>
              <Table size="small" rowKey="id" pagination={false} scroll={{ x: 'max-content' }} dataSource={e.facilities.edges?.map((x) => x!.node!) ?? []}
                columns={[
                  { title: t('enterprises.code'), dataIndex: 'code' },
                  { title: t('enterprises.facilityName'), dataIndex: 'name' },
                  { title: t('enterprises.capacity'), render: (_, f) => (f.capacity ? `${f.capacity} ${f.capacityUnit}` : '—') },
                  { title: t('enterprises.technology'), dataIndex: 'technology' },
                  { key: 'edit', render: (_, f) => edit('facility', f.id, { code: f.code, name: f.name, kind: f.kind, capacity: f.capacity,
                    capacityUnit: f.capacityUnit, technology: f.technology }) },
                ]} />
            </Card>
            <Suspense fallback={null}><EmissionPlans enterpriseID={e.id} /></Suspense>
            <Card size="small" title={`${t('enterprises.findings')} (${e.findings.totalCount})`} className="section">
              <Table size="small" rowKey="id" pagination={false} scroll={{ x: 'max-content' }} dataSource={e.findings.edges?.map((x) => x!.node!) ?? []}
                columns={[
                  { title: t('findings.title'), render: (_, f) => <Link to={`/findings/${f.id}`}>{text.title(f)}</Link> },
                  { title: t('findings.status'), render: (_, f) => <Tag>{t(`status.${f.status}`)}</Tag> },
                  { title: t('findings.severity'), render: (_, f) => t(`severity.${f.severity}`) },
                  { title: t('findings.dueAt'), render: (_, f) => (f.open ? <DueTag dueAt={f.dueAt} /> : formatDate(f.dueAt)) },
                ]} />
            </Card>
            <Card size="small" title={`${t('visit.visits')} (${e.visits.totalCount})`} className="section" data-testid="enterprise-visits">
              <Table size="small" rowKey="id" pagination={false} scroll={{ x: 'max-content' }} dataSource={e.visits.edges?.map((x) => x!.node!) ?? []}
                locale={{ emptyText: t('visit.noVisits') }}
                columns={[
                  { title: t('visit.kindLabel'), render: (_, v) => <Link to={`/visits/${v.id}`}>{t(`visit.kind.${v.kind}`)}</Link> },
                  { title: t('visit.scheduledOn'), render: (_, v) => formatDate(v.scheduledOn) },
                  { title: t('findings.status'), render: (_, v) => <>
                    <Tag>{t(`visit.status.${v.status}`)}</Tag>{v.confirmedAt && <Tag color="green">{t('visit.confirmed')}</Tag>}</> },
                ]} />
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}
