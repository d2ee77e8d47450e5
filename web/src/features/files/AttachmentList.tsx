import { useEffect, useId, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { filesApi, type AttachedFile } from '@/api/files';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { QueryResult } from '@/ui/QueryResult';
import { formatSize, previewKind, typeLabel, type PreviewKind } from './fileViews';
import './files.css';

interface AttachmentListProps<Attached extends AttachedFile> {
  files: readonly Attached[];
  /** The list's name, for screen readers ("Attached documents"). */
  label: string;
  /** Said of each file after its name and type (who attached it, say). */
  note?: (file: Attached) => ReactNode;
  /** Buttons of each file's own, after Preview and Download. */
  actions?: (file: Attached) => ReactNode;
}

/** Attached files, each to preview (images and PDFs) or download. */
export function AttachmentList<Attached extends AttachedFile>({ files, label, note, actions }: AttachmentListProps<Attached>) {
  if (files.length === 0) return null;
  return (
    <ul className="files-list" aria-label={label}>
      {files.map((file) => (
        <AttachmentItem key={file._id} file={file} note={note?.(file)} actions={actions?.(file)} />
      ))}
    </ul>
  );
}

interface AttachmentItemProps {
  file: AttachedFile;
  note: ReactNode;
  actions: ReactNode;
}

function AttachmentItem({ file, note, actions }: AttachmentItemProps) {
  const { t } = useTranslation('files');
  const [open, setOpen] = useState(false);
  const previewId = useId();
  const kind = previewKind(file.type);
  const download = useMutation({ mutationFn: () => filesApi.download(file._id, file.name) });
  return (
    <li className="files-item">
      <div className="files-item-head">
        <p className="files-name">
          {file.name}{' '}
          <span className="muted">{t('facts', { type: typeLabel(file.type), size: formatSize(file.size) })}</span>
          {note && <> {note}</>}
        </p>
        <div className="files-actions">
          {kind && (
            <button type="button" className="button button-secondary button-small" aria-expanded={open}
                    aria-controls={open ? previewId : undefined} onClick={() => setOpen((shown) => !shown)}>
              {t(open ? 'hidePreview' : 'preview')}
              <span className="visually-hidden"> {file.name}</span>
            </button>
          )}
          <button type="button" className="button button-secondary button-small" disabled={download.isPending}
                  onClick={() => download.mutate()}>
            {t('download')}
            <span className="visually-hidden"> {file.name}</span>
          </button>
          {actions}
        </div>
      </div>
      <ErrorAlert error={download.error} />
      {open && kind && (
        <div id={previewId} className="files-preview">
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
function FilePreview({ file, kind }: { file: AttachedFile; kind: PreviewKind }) {
  const { t } = useTranslation('files');
  const content = useQuery({
    queryKey: ['files', file._id, 'inline'],
    queryFn: ({ signal }) => filesApi.preview(file._id, signal),
    staleTime: Infinity,
    // Medical documents: kept in memory only while a preview shows them.
    gcTime: 0,
  });
  const url = useObjectUrl(content.data);
  const title = t('previewOf', { name: file.name });
  return (
    <QueryResult query={content}>
      {() => url && (kind === 'image'
        ? <img className="files-preview-image" src={url} alt={title} />
        : <iframe className="files-preview-pdf" src={url} title={title} />)}
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
