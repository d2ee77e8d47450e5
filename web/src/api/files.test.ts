import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setSessionToken } from './client';
import { uploadFile, uploadType } from './files';

/** Just enough of XMLHttpRequest to see what an upload sends and to answer it. */
class FakeRequest {
  static last: FakeRequest;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return null;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const file = (name: string, type: string) => ({ name, type, size: 4 }) as unknown as File;

describe('uploading a file', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setSessionToken(null);
  });

  it('takes the browser’s type, else the one the extension names', () => {
    expect(uploadType({ name: 'bilan.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(uploadType({ name: 'IMG_0042.HEIC', type: '' })).toBe('image/heic');
    expect(uploadType({ name: 'notes.txt', type: '' })).toBe('text/plain');
    expect(uploadType({ name: 'archive', type: '' })).toBe('application/octet-stream');
  });

  it('sends the raw file with its name percent-encoded and the session, and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    setSessionToken('token-1');
    const progress: number[] = [];
    const chosen = file('résultats analyse.pdf', 'application/pdf');
    const uploading = uploadFile(chosen, { onProgress: (sent) => progress.push(sent) });
    const request = FakeRequest.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/files');
    expect(request.body).toBe(chosen);
    expect(request.headers).toMatchObject({
      'Content-Type': 'application/pdf',
      'X-File-Name': 'r%C3%A9sultats%20analyse.pdf',
      Authorization: 'Bearer token-1',
    });
    request.upload.onprogress?.({ lengthComputable: true, loaded: 2, total: 4 });
    request.upload.onprogress?.({ lengthComputable: false, loaded: 3, total: 0 });
    request.answer(201, { _id: 'f1', name: 'résultats analyse.pdf' });
    await expect(uploading).resolves.toMatchObject({ _id: 'f1' });
    expect(progress).toEqual([0.5]);
  });

  it('fails with the server’s error: too large, or not a type it takes', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const tooLarge = uploadFile(file('scanner.pdf', 'application/pdf'));
    FakeRequest.last.answer(413, { error: { code: 'payload_too_large', message: 'The file is too large.' } });
    await expect(tooLarge).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });

    const wrongType = uploadFile(file('programme.pdf', 'application/pdf'));
    FakeRequest.last.answer(415, { error: { code: 'unsupported_file_type', message: 'Not accepted.' } });
    await expect(wrongType).rejects.toBeInstanceOf(ApiError);
    await expect(wrongType).rejects.toMatchObject({ status: 415, code: 'unsupported_file_type' });

    const lost = uploadFile(file('bilan.pdf', 'application/pdf'));
    FakeRequest.last.onerror?.();
    await expect(lost).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('stops when the upload is canceled', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const controller = new AbortController();
    const uploading = uploadFile(file('bilan.pdf', 'application/pdf'), { signal: controller.signal });
    controller.abort();
    await expect(uploading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
