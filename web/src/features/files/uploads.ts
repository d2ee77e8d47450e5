// Files being attached (to a record's entry, to a consultation), each uploaded as soon as it is
// chosen: its progress, its stored file once sent, or why the server refused it, shown next to it.
import type { AttachedFile, StoredFile } from '@/api/files';

export interface UploadItem {
  /** Stable while the list changes: the stored file's id, or one given when the file was chosen. */
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  /** Share of the body sent, 0 to 1. */
  sent: number;
  /** The stored file's id once uploaded. */
  fileId?: string;
  error?: unknown;
}

/** Files attached already, as items uploaded (editing an entry). */
export function fromAttachments(attachments: readonly AttachedFile[]): UploadItem[] {
  return attachments.map((file) => ({
    key: file._id, name: file.name, size: file.size, status: 'done', sent: 1, fileId: file._id,
  }));
}

export function started(items: UploadItem[], key: string, file: { name: string; size: number }): UploadItem[] {
  return [...items, { key, name: file.name, size: file.size, status: 'uploading', sent: 0 }];
}

const changed = (items: UploadItem[], key: string, change: Partial<UploadItem>) =>
  items.map((item) => (item.key === key ? { ...item, ...change } : item));

export function progressed(items: UploadItem[], key: string, sent: number): UploadItem[] {
  return changed(items, key, { sent: Math.min(1, Math.max(0, sent)) });
}

export function finished(items: UploadItem[], key: string, stored: StoredFile): UploadItem[] {
  return changed(items, key, { status: 'done', sent: 1, fileId: stored._id, name: stored.name, size: stored.size });
}

export function failed(items: UploadItem[], key: string, error: unknown): UploadItem[] {
  return changed(items, key, { status: 'failed', error });
}

export function removed(items: UploadItem[], key: string): UploadItem[] {
  return items.filter((item) => item.key !== key);
}

/** The files uploaded, in the order chosen: those to attach. */
export function uploadedFiles(items: readonly UploadItem[]): Array<{ key: string; fileId: string }> {
  return items.flatMap(({ key, status, fileId }) => (status === 'done' && fileId ? [{ key, fileId }] : []));
}

/** Whether a file is still on its way: attaching waits for it. */
export function isUploading(items: readonly UploadItem[]): boolean {
  return items.some((item) => item.status === 'uploading');
}

/** How many more files may be chosen, of `max`: failed ones do not count, as they will not be attached. */
export function roomLeft(items: readonly UploadItem[], max: number): number {
  return max - items.filter((item) => item.status !== 'failed').length;
}

/** The share sent as a whole percentage, never 100 before the server has answered. */
export function percentSent(item: Pick<UploadItem, 'status' | 'sent'>): number {
  if (item.status === 'done') return 100;
  return Math.min(99, Math.floor(item.sent * 100));
}
