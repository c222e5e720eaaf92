import { useRef, useState } from 'react';
import { Alert, Button, List, Modal, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, FilePdfOutlined, FileImageOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { checkFiles, clientKey } from '../files/checkFiles';

const AddMaterialsOp = graphql(`
  mutation AddTrainingMaterials($id: ID!, $files: [Upload!]!, $key: String) {
    addTrainingMaterials(trainingID: $id, files: $files, clientKey: $key) { id materials { id name contentType size url } }
  }
`);

const TrainingMaterialsOp = graphql(`
  query TrainingMaterials($id: ID!) { node(id: $id) { ... on Training { id materials { id name contentType size url } } } }
`);

const RemoveMaterialOp = graphql(`
  mutation RemoveTrainingMaterial($id: ID!) { removeTrainingMaterial(id: $id) { id materials { id name contentType size url } } }
`);

/** A training's material as the pages show it. */
export interface Material { id: string; name: string; contentType: string; size: number; url: string }

function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 培训资料: the files as links (opened in a new tab), with a way to remove each when onRemove is given. */
export function MaterialList({ items, onRemove }: { items: readonly Material[]; onRemove?(id: string): void }) {
  const { t } = useTranslation();
  return (
    <List size="small" className="materials" data-testid="materials" locale={{ emptyText: t('training.noMaterials') }} dataSource={[...items]}
      renderItem={(m) => (
        <List.Item actions={onRemove ? [
          <Popconfirm key="remove" title={t('training.removeMaterialSure', { name: m.name })} onConfirm={() => onRemove(m.id)}
            okText={t('training.remove')} cancelText={t('common.close')}>
            <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('files.remove', { name: m.name })} />
          </Popconfirm>] : undefined}>
          <a href={m.url} target="_blank" rel="noopener noreferrer">
            {m.contentType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />} {m.name}
          </a>
          <Typography.Text type="secondary"> {sizeText(m.size)}</Typography.Text>
        </List.Item>
      )} />
  );
}

/** 管理资料: add files to a training's materials and remove them (for those with viewerCan.manage). */
export function MaterialsModal({ training, onClose }: { training: { id: string; title: string }; onClose(): void }) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const [res] = useQuery({ query: TrainingMaterialsOp, variables: { id: training.id }, requestPolicy: 'network-only' });
  const [changed, setItems] = useState<readonly Material[] | null>(null);
  const loaded = res.data?.node?.__typename === 'Training' ? res.data.node.materials ?? [] : [];
  const items = changed ?? loaded;
  const [error, setError] = useState<string | null>(null);
  const [adding, add] = useMutation(AddMaterialsOp);
  const [, remove] = useMutation(RemoveMaterialOp);
  const [pending, setPending] = useState<{ files: File[]; key: string } | null>(null);

  async function send(files: File[], key: string) {
    setError(null);
    setPending({ files, key });
    const r = await add({ id: training.id, files, key });
    if (r.error || !r.data) {
      setError(errorMessage(r.error, t) ?? t('errors.NETWORK'));
      return;
    }
    setPending(null);
    setItems(r.data.addTrainingMaterials.materials ?? []);
  }

  return (
    <Modal open title={t('training.materialsOf', { title: training.title })} footer={null} onCancel={onClose} width={560}>
      <input ref={picker} type="file" accept="application/pdf,image/jpeg,image/png,image/webp" multiple hidden style={{ display: 'none' }}
        data-testid="materials-input" onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (!files.length) return;
          const problem = checkFiles(files, 0);
          if (problem) {
            setError(t(`files.${problem.key}`, problem.args));
            return;
          }
          void send(files, clientKey());
        }} />
      <Typography.Paragraph type="secondary">{t('training.materialsHint')}</Typography.Paragraph>
      <Button icon={<UploadOutlined />} loading={adding.fetching} onClick={() => picker.current?.click()}>{t('training.addMaterials')}</Button>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }}
        action={pending && <Button size="small" onClick={() => void send(pending.files, pending.key)}>{t('errors.retry')}</Button>} />}
      <MaterialList items={items} onRemove={async (id) => {
        const r = await remove({ id });
        if (r.error || !r.data) {
          setError(errorMessage(r.error, t));
          return;
        }
        setItems(r.data.removeTrainingMaterial.materials ?? []);
      }} />
    </Modal>
  );
}
