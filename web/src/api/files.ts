import { ApiError, downloadFile, failureOf, fetchBlob, getSessionToken } from './client';
import type { components } from './schema';

/** A file as the server stored it (POST /api/v1/files). */
export type StoredFile = components['schemas']['StoredFile'];

/** What the app shows of a file attached to something (a record's entry, a consultation). */
export type AttachedFile = Pick<StoredFile, '_id' | 'name' | 'type' | 'size'>;

// What the server accepts (it reads the content to be sure); a browser that cannot tell a file's
// type (HEIC often) leaves it empty, and the name's extension then says what it is.
const typesByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  heic: 'image/heic',
  txt: 'text/plain',
};

/** The types a file picker offers: those the server accepts. */
export const acceptedFileTypes = [...new Set(Object.values(typesByExtension))].join(',');

/** The Content-Type to upload a file with: the browser's, else one its extension names. */
export function uploadType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return typesByExtension[extension] ?? 'application/octet-stream';
}

export interface UploadOptions {
  /** Called as the body goes out, with the share sent so far, 0 to 1. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads a file as the raw body, its name percent-encoded in X-File-Name. XMLHttpRequest rather
 * than fetch: only it reports how much of the body has been sent.
 */
export function uploadFile(file: File, { onProgress, signal }: UploadOptions = {}): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/files');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Content-Type', uploadType(file));
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    const token = getSessionToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        try {
          resolve(JSON.parse(request.responseText) as StoredFile);
        } catch {
          reject(new ApiError(request.status, 'http_error', 'The answer could not be read.'));
        }
      } else {
        reject(failureOf(request.status, request.responseText, request.getResponseHeader('Retry-After')));
      }
    };
    request.onerror = () => reject(new ApiError(0, 'network_error', 'The server could not be reached.'));
    request.onabort = () => reject(new DOMException('The upload was canceled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

const filePath = (id: string) => `/files/${encodeURIComponent(id)}`;

export const filesApi = {
  upload: uploadFile,
  /** The file's content to show in the page (images and PDFs), asked for as `inline`. */
  preview: (id: string, signal?: AbortSignal) => fetchBlob(`${filePath(id)}?inline=1`, signal),
  download: (id: string, name: string) => downloadFile(filePath(id), name),
};
