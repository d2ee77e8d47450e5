import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptedFileTypes, filesApi } from '@/api/files';
import type { EntryAttachment } from '@/api/medicalRecords';
import { useErrorText } from '@/ui/errors';
import { formatSize } from './recordViews';
import {
  failed, finished, fromAttachments, isUploading, maxAttachments, percentSent, progressed, removed, roomLeft,
  started, uploadedIds, type UploadItem,
} from './uploads';
import './records.css';

let uploadCount = 0;

export interface Uploads {
  items: UploadItem[];
  /** Starts uploading each file, as many as the entry has room for; says how many were left out. */
  add: (files: File[]) => number;
  remove: (key: string) => void;
  /** The uploaded files' ids, for the entry's `attachments`. */
  ids: string[];
  busy: boolean;
}

/** The files of an entry being written: those it has (editing) and those being uploaded. */
export function useUploads(initial: readonly EntryAttachment[] = []): Uploads {
  const [items, setItems] = useState(() => fromAttachments(initial));
  const uploads = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const running = uploads.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const add = (files: File[]) => {
    const taken = files.slice(0, Math.max(0, roomLeft(items)));
    for (const file of taken) {
      uploadCount += 1;
      const key = `upload-${uploadCount}`;
      const controller = new AbortController();
      uploads.current.set(key, controller);
      setItems((current) => started(current, key, file));
      filesApi.upload(file, {
        signal: controller.signal,
        onProgress: (sent) => setItems((current) => progressed(current, key, sent)),
      }).then(
        (stored) => setItems((current) => finished(current, key, stored)),
        (error: unknown) => {
          if (!controller.signal.aborted) setItems((current) => failed(current, key, error));
        },
      ).finally(() => uploads.current.delete(key));
    }
    return files.length - taken.length;
  };
  const remove = (key: string) => {
    uploads.current.get(key)?.abort();
    setItems((current) => removed(current, key));
  };
  return { items, add, remove, ids: uploadedIds(items), busy: isUploading(items) };
}

/**
 * The documents of an entry: chosen with the file picker or dropped on it, each uploaded at once
 * with its progress, and the server's refusal (too large, not a type it takes) shown next to it.
 */
export function AttachmentPicker({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation('records');
  const errorText = useErrorText();
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [leftOut, setLeftOut] = useState(0);
  const add = (files: File[]) => {
    if (files.length > 0) setLeftOut(uploads.add(files));
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add([...event.dataTransfer.files]);
  };
  return (
    <div className="field records-attachments">
      <label htmlFor={inputId}>{t('files.label')}</label>
      <p className="field-hint" id={hintId}>{t('files.hint', { max: maxAttachments })}</p>
      <div className={dragging ? 'records-drop records-drop-active' : 'records-drop'}
           onDragEnter={onDragOver} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
        <p className="records-drop-text">{t('files.drop')}</p>
        <input id={inputId} type="file" multiple accept={acceptedFileTypes} aria-describedby={hintId}
               onChange={(event) => {
                 add([...(event.target.files ?? [])]);
                 event.target.value = '';
               }} />
      </div>
      {leftOut > 0 && <p className="field-error" role="alert">{t('files.leftOut', { count: leftOut, max: maxAttachments })}</p>}
      {uploads.items.length > 0 && (
        <ul className="records-uploads" aria-label={t('files.chosen')}>
          {uploads.items.map((item) => (
            <li key={item.key} className={item.status === 'failed' ? 'records-upload records-upload-failed' : 'records-upload'}>
              <div className="records-upload-head">
                <span className="records-file-name">{item.name}</span>
                <span className="muted">{formatSize(item.size)}</span>
                {item.status === 'done' && <span className="badge badge-success">{t('files.uploaded')}</span>}
                <button type="button" className="link-button" onClick={() => uploads.remove(item.key)}>
                  {t(item.status === 'uploading' ? 'files.cancelUpload' : 'files.remove')}
                  <span className="visually-hidden"> {item.name}</span>
                </button>
              </div>
              {item.status === 'uploading' && (
                <div className="records-progress">
                  <progress max={100} value={percentSent(item)} aria-label={t('files.progress', { name: item.name })} />
                  <span aria-hidden="true">{t('files.percent', { percent: percentSent(item) })}</span>
                </div>
              )}
              {item.status === 'failed' && <p className="field-error" role="alert">{errorText(item.error)}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
