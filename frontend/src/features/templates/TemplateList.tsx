import { useRef, useState } from 'react';
import { Alert, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../app/errors';
import { formatDate } from '../../app/time';
import { useAuth } from '../../app/auth';
import { download } from '../../app/download';
import { limits } from '../../gql/limits';

const TemplatesOp = graphql(`
  query ChecklistTemplates {
    checklistTemplates(first: 50, orderBy: { field: VERSION, direction: DESC }) {
      edges { node { id name version status publishedAt items(first: 0) { totalCount } tasks(first: 0) { totalCount } viewerCan { draft } } }
    }
  }
`);

const DraftOp = graphql(`
  mutation DraftChecklistTemplate($fromID: ID!) { draftChecklistTemplate(fromID: $fromID) { id } }
`);

const CreateOp = graphql(`
  mutation CreateChecklistTemplate($name: String!) { createChecklistTemplate(name: $name) { id } }
`);

const ImportOp = graphql(`
  mutation ImportChecklistTemplate($file: Upload!) { importChecklistTemplate(file: $file) { id } }
`);

/** 自查清单: versions, drafts, exchange as JSON or Excel. */
export default function TemplateList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: TemplatesOp });
  const [, draft] = useMutation(DraftOp);
  const [importing, importFile] = useMutation(ImportOp);
  const [creating, create] = useMutation(CreateOp);
  const [newName, setNewName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const rows = res.data?.checklistTemplates.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('templates.title')}</Typography.Title>
        {me?.can.editChecklists && (
          <>
            <input ref={file} type="file" hidden accept=".json,.xlsx,application/json" data-testid="template-import"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (!f) return;
                setError(null);
                const r = await importFile({ file: f });
                if (r.error || !r.data) setError(errorMessage(r.error, t) ?? t('errors.NETWORK'));
                else navigate(`/templates/${r.data.importChecklistTemplate.id}`);
              }} />
            <Space>
              <Button icon={<UploadOutlined />} loading={importing.fetching} onClick={() => file.current?.click()}>{t('templates.import')}</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewName('')}>{t('templates.create')}</Button>
            </Space>
            <Modal open={newName !== null} title={t('templates.create')} confirmLoading={creating.fetching} okButtonProps={{ disabled: !newName?.trim() }}
              onCancel={() => setNewName(null)} onOk={async () => {
                setError(null);
                const r = await create({ name: newName!.trim() });
                if (r.error || !r.data) { setError(errorMessage(r.error, t) ?? t('errors.NETWORK')); setNewName(null); }
                else navigate(`/templates/${r.data.createChecklistTemplate.id}`);
              }}>
              <Input value={newName ?? ''} onChange={(e) => setNewName(e.target.value)} aria-label={t('templates.name')} placeholder={t('templates.name')} maxLength={limits.ChecklistTemplate.name} />
            </Modal>
          </>
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} className="section" />}
      <QueryState fetching={res.fetching && !res.data} error={res.error} retry={() => refetch()}>
        <Table rowKey="id" dataSource={rows} pagination={false} size="middle"
          columns={[
            { title: t('templates.name'), render: (_, r) => <Link to={`/templates/${r.id}`}>{r.name}</Link> },
            { title: t('templates.version'), render: (_, r) => `v${r.version}` },
            { title: t('tasks.status'), render: (_, r) => <Tag color={r.status === 'PUBLISHED' ? 'green' : r.status === 'DRAFT' ? 'blue' : undefined}>{t(`templates.${r.status}`)}</Tag> },
            { title: t('templates.items'), render: (_, r) => r.items.totalCount },
            { title: t('templates.tasks'), render: (_, r) => r.tasks.totalCount },
            { title: t('templates.publishedAt'), render: (_, r) => formatDate(r.publishedAt) },
            {
              title: '', render: (_, r) => (
                <Space wrap>
                  <Button size="small" onClick={() => void download(`/exports/checklist/${r.id}?format=xlsx`)}>Excel</Button>
                  <Button size="small" onClick={() => void download(`/exports/checklist/${r.id}?format=json`)}>JSON</Button>
                  {r.viewerCan.draft && (
                    <Button size="small" type="primary" onClick={async () => {
                      setError(null);
                      const d = await draft({ fromID: r.id });
                      if (d.error || !d.data) setError(errorMessage(d.error, t) ?? t('errors.NETWORK'));
                      else navigate(`/templates/${d.data.draftChecklistTemplate.id}`);
                    }}>{t('templates.newDraft')}</Button>
                  )}
                </Space>
              ),
            },
          ]} />
      </QueryState>
    </div>
  );
}
