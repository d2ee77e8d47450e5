import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { filesApi } from '@/api/files';
import type { EntryAttachment } from '@/api/medicalRecords';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { QueryResult } from '@/ui/QueryResult';
import { formatSize, previewKind, typeLabel, type PreviewKind } from './recordViews';
import './records.css';

/** An entry's files, each to preview (images and PDFs) or download. */
export function AttachmentList({ attachments }: { attachments: readonly EntryAttachment[] }) {
  const { t } = useTranslation('records');
  if (attachments.length === 0) return null;
  return (
    <ul className="records-files" aria-label={t('files.attached')}>
      {attachments.map((file) => <AttachmentItem key={file._id} file={file} />)}
    </ul>
  );
}

function AttachmentItem({ file }: { file: EntryAttachment }) {
  const { t } = useTranslation('records');
  const [open, setOpen] = useState(false);
  const previewId = useId();
  const kind = previewKind(file.type);
  const download = useMutation({ mutationFn: () => filesApi.download(file._id, file.name) });
  return (
    <li className="records-file">
      <div className="records-file-head">
        <p className="records-file-name">
          {file.name}{' '}
          <span className="muted">{t('files.facts', { type: typeLabel(file.type), size: formatSize(file.size) })}</span>
        </p>
        <div className="records-file-actions">
          {kind && (
            <button type="button" className="button button-secondary button-small" aria-expanded={open}
                    aria-controls={open ? previewId : undefined} onClick={() => setOpen((shown) => !shown)}>
              {t(open ? 'files.hidePreview' : 'files.preview')}
              <span className="visually-hidden"> {file.name}</span>
            </button>
          )}
          <button type="button" className="button button-secondary button-small" disabled={download.isPending}
                  onClick={() => download.mutate()}>
            {t('files.download')}
            <span className="visually-hidden"> {file.name}</span>
          </button>
        </div>
      </div>
      <ErrorAlert error={download.error} />
      {open && kind && (
        <div id={previewId} className="records-preview">
          <FilePreview file={file} kind={kind} />
        </div>
      )}
    </li>
  );
}

/**
 * The file shown in the page: fetched with the session (a plain link could not send it) and handed
 * to an <img> or a frame as a blob URL, which lives as long as the preview is open.
 */
function FilePreview({ file, kind }: { file: EntryAttachment; kind: PreviewKind }) {
  const { t } = useTranslation('records');
  const content = useQuery({
    queryKey: ['files', file._id, 'inline'],
    queryFn: ({ signal }) => filesApi.preview(file._id, signal),
    staleTime: Infinity,
    // Medical documents: kept in memory only while a preview shows them.
    gcTime: 0,
  });
  const url = useObjectUrl(content.data);
  const title = t('files.previewOf', { name: file.name });
  return (
    <QueryResult query={content}>
      {() => url && (kind === 'image'
        ? <img className="records-preview-image" src={url} alt={title} />
        : <iframe className="records-preview-pdf" src={url} title={title} />)}
    </QueryResult>
  );
}

function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return undefined;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [blob]);
  return url;
}
