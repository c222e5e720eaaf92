import { useRef, useState } from 'react';
import { Alert, Button, Image, Space } from 'antd';
import { CameraOutlined, DeleteOutlined, FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorCode, errorMessage } from '../../app/errors';
import { formatDateTime } from '../../app/time';
import { checkFiles, clientKey } from './checkFiles';
import { openInBrowserInstead } from '../../app/wechat';

const UploadFilesOp = graphql(`
  mutation UploadFiles($input: UploadFilesInput!) {
    uploadFiles(input: $input) { attachments { id name contentType size url takenAt } }
  }
`);

/** An uploaded file as the pages show it. */
export interface Attachment {
  id: string; name: string; contentType: string; url: string;
  /** When the photo was taken (its EXIF time, read by the server), if it says. */
  takenAt?: string | null;
}

/**
 * 照片/附件: take a photo or choose files; each choice is uploaded at once
 * (a retry after a dropped connection sends the same key) and listed with
 * a way to remove it before the form is sent.
 */
export function EvidencePicker({ value, onChange, disabled, enterpriseID, onOffline, waiting = 0 }: {
  value: Attachment[]; onChange(v: Attachment[]): void; disabled?: boolean;
  /** The enterprise the files belong to, when an administrator uploads them (a spot check's photos). */
  enterpriseID?: string;
  /** Where a form keeps its work offline (a self-check answer): files that cannot be uploaded for want of a network go there. */
  onOffline?(files: File[], key: string): void;
  /** Files already kept offline (they count toward the limit). */
  waiting?: number;
}) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, upload] = useMutation(UploadFilesOp);
  const [pending, setPending] = useState<{ files: File[]; key: string } | null>(null);

  async function send(files: File[], key: string) {
    setError(null);
    setPending({ files, key });
    const r = await upload({ input: { files, clientKey: key, enterpriseID: enterpriseID ?? null } });
    if (onOffline && errorCode(r.error) === 'NETWORK') {
      setPending(null);
      onOffline(files, key);
      return;
    }
    if (r.error || !r.data) {
      setError(errorMessage(r.error, t) ?? t('errors.NETWORK'));
      return;
    }
    setPending(null);
    onChange([...value, ...r.data.uploadFiles.attachments]);
  }

  function chosen(list: FileList | null) {
    const files = [...(list ?? [])];
    if (!files.length) return;
    const problem = checkFiles(files, value.length + waiting);
    if (problem) {
      setError(t(`files.${problem.key}`, problem.args));
      return;
    }
    void send(files, clientKey());
  }

  return (
    <div className="evidence-picker">
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden style={{ display: 'none' }} data-testid="camera-input"
        onChange={(e) => { chosen(e.target.files); e.target.value = ''; }} />
      <input ref={picker} type="file" accept="image/jpeg,image/png,image/webp,application/pdf" multiple hidden style={{ display: 'none' }} data-testid="file-input"
        onChange={(e) => { chosen(e.target.files); e.target.value = ''; }} />
      <Space wrap>
        <Button icon={<CameraOutlined />} disabled={disabled || value.length + waiting >= 9} loading={state.fetching}
          onClick={() => camera.current?.click()}>{t('files.camera')}</Button>
        <Button icon={<PaperClipOutlined />} disabled={disabled || value.length + waiting >= 9} loading={state.fetching}
          onClick={() => picker.current?.click()}>{t('files.choose')}</Button>
        <span className="secondary">{t('files.hint')}</span>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }}
        action={pending && <Button size="small" onClick={() => void send(pending.files, pending.key)}>{t('errors.retry')}</Button>} />}
      <EvidenceGallery items={value} onRemove={disabled ? undefined : (id) => onChange(value.filter((a) => a.id !== id))} />
    </div>
  );
}

/** Photos as thumbnails that open full size; PDFs as links. */
export function EvidenceGallery({ items, onRemove }: { items: readonly Attachment[]; onRemove?(id: string): void }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <div className="evidence-gallery" aria-label={t('files.evidence')}>
      <Image.PreviewGroup>
        {items.map((a) => (
          <figure key={a.id} className="evidence-item">
            {a.contentType.startsWith('image/')
              ? <Image src={a.url} alt={a.name} width={72} height={72} style={{ objectFit: 'cover' }} />
              // WeChat may not open a PDF: it says how to open it in the phone's browser.
              : <a href={a.url} target="_blank" rel="noreferrer" className="evidence-doc"
                onClick={(e) => { if (openInBrowserInstead(a.url)) e.preventDefault(); }}><FilePdfOutlined /> PDF</a>}
            <figcaption title={a.name}>{a.name}</figcaption>
            {a.takenAt && <figcaption className="evidence-taken" title={formatDateTime(a.takenAt)}>
              {t('files.takenAt', { at: formatDateTime(a.takenAt).slice(5) })}</figcaption>}
            {onRemove && <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('files.remove', { name: a.name })}
              onClick={() => onRemove(a.id)} />}
          </figure>
        ))}
      </Image.PreviewGroup>
    </div>
  );
}
