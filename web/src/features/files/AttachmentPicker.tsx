import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptedFileTypes, filesApi, type AttachedFile } from '@/api/files';
import { useErrorText } from '@/ui/errors';
import { formatSize } from './fileViews';
import {
  failed, finished, fromAttachments, isUploading, percentSent, progressed, removed, roomLeft, started, uploadedFiles,
  type UploadItem,
} from './uploads';
import './files.css';

let uploadCount = 0;

export interface Uploads {
  items: UploadItem[];
  /** Starts uploading each file, as many as there is room for; says how many were left out. */
  add: (files: File[]) => number;
  remove: (key: string) => void;
  /** The files uploaded, to attach: each with its item's key. */
  uploaded: Array<{ key: string; fileId: string }>;
  /** The uploaded files' ids. */
  ids: string[];
  busy: boolean;
  /** How many files may be attached at most. */
  max: number;
}

interface UploadsOptions {
  /** How many files may be attached at most, those attached already included. */
  max: number;
  /** The files attached already (an entry being edited). */
  initial?: readonly AttachedFile[];
}

/** Files being attached: those attached already and those being uploaded. */
export function useUploads({ max, initial = [] }: UploadsOptions): Uploads {
  const [items, setItems] = useState(() => fromAttachments(initial));
  const uploads = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const running = uploads.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const add = (files: File[]) => {
    const taken = files.slice(0, Math.max(0, roomLeft(items, max)));
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
  const uploaded = uploadedFiles(items);
  return {
    items, add, remove, uploaded, ids: uploaded.map((file) => file.fileId), busy: isUploading(items), max,
  };
}

interface AttachmentPickerProps {
  uploads: Uploads;
  label: string;
  /** What files are taken, and how many ("… up to 20 per entry"). */
  hint: string;
  /** The name of the list of chosen files, for screen readers ("Documents of this entry"). */
  listLabel: string;
}

/**
 * Documents to attach: chosen with the file picker or dropped on it, each uploaded at once with
 * its progress, and the server's refusal (too large, not a type it takes) shown next to it.
 */
export function AttachmentPicker({ uploads, label, hint, listLabel }: AttachmentPickerProps) {
  const { t } = useTranslation('files');
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
    <div className="field files-picker">
      <label htmlFor={inputId}>{label}</label>
      <p className="field-hint" id={hintId}>{hint}</p>
      <div className={dragging ? 'files-drop files-drop-active' : 'files-drop'}
           onDragEnter={onDragOver} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
        <p className="files-drop-text">{t('drop')}</p>
        <input id={inputId} type="file" multiple accept={acceptedFileTypes} aria-describedby={hintId}
               onChange={(event) => {
                 add([...(event.target.files ?? [])]);
                 event.target.value = '';
               }} />
      </div>
      {leftOut > 0 && <p className="field-error" role="alert">{t('leftOut', { count: leftOut, max: uploads.max })}</p>}
      {uploads.items.length > 0 && (
        <ul className="files-uploads" aria-label={listLabel}>
          {uploads.items.map((item) => (
            <li key={item.key} className={item.status === 'failed' ? 'files-upload files-upload-failed' : 'files-upload'}>
              <div className="files-upload-head">
                <span className="files-name">{item.name}</span>
                <span className="muted">{formatSize(item.size)}</span>
                {item.status === 'done' && <span className="badge badge-success">{t('uploaded')}</span>}
                <button type="button" className="link-button" onClick={() => uploads.remove(item.key)}>
                  {t(item.status === 'uploading' ? 'cancelUpload' : 'remove')}
                  <span className="visually-hidden"> {item.name}</span>
                </button>
              </div>
              {item.status === 'uploading' && (
                <div className="files-progress">
                  <progress max={100} value={percentSent(item)} aria-label={t('progress', { name: item.name })} />
                  <span aria-hidden="true">{t('percent', { percent: percentSent(item) })}</span>
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
