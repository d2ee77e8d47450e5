import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import {
  failed, finished, fromAttachments, isUploading, percentSent, progressed, removed, roomLeft, started, uploadedFiles,
  type UploadItem,
} from './uploads';

const stored = (id: string, name: string) =>
  ({ _id: id, name, type: 'application/pdf', size: 1200, sha256: 'ab', createdAt: '2026-12-01T09:00:00.000Z' });

describe('files being attached', () => {
  it('follows each upload from its progress to its stored file', () => {
    let items = started([], 'a', { name: 'bilan.pdf', size: 1200 });
    items = started(items, 'b', { name: 'radio.png', size: 5000 });
    expect(isUploading(items)).toBe(true);
    items = progressed(items, 'a', 0.5);
    expect(items[0]).toMatchObject({ status: 'uploading', sent: 0.5 });
    items = finished(items, 'a', stored('f1', 'bilan.pdf'));
    expect(uploadedFiles(items)).toEqual([{ key: 'a', fileId: 'f1' }]);
    expect(isUploading(items)).toBe(true);
    items = finished(items, 'b', stored('f2', 'radio.png'));
    expect(isUploading(items)).toBe(false);
    expect(uploadedFiles(items)).toEqual([{ key: 'a', fileId: 'f1' }, { key: 'b', fileId: 'f2' }]);
  });

  it('keeps a refused file in the list with its error, but never attaches it', () => {
    const tooLarge = new ApiError(413, 'payload_too_large', 'too large');
    let items = started([], 'a', { name: 'scanner.pdf', size: 30_000_000 });
    items = failed(items, 'a', tooLarge);
    expect(items[0]).toMatchObject({ status: 'failed', error: tooLarge });
    expect(uploadedFiles(items)).toEqual([]);
    expect(isUploading(items)).toBe(false);
    expect(removed(items, 'a')).toEqual([]);
  });

  it('starts from the entry’s own files when it is edited', () => {
    const items = fromAttachments([{ _id: 'f9', name: 'ordonnance.pdf', type: 'application/pdf', size: 800 }]);
    expect(uploadedFiles(items)).toEqual([{ key: 'f9', fileId: 'f9' }]);
    expect(uploadedFiles(removed(items, 'f9'))).toEqual([]);
  });

  it('leaves room for as many files as allowed, not counting those refused', () => {
    let items: UploadItem[] = [];
    for (let index = 0; index < 19; index += 1) items = started(items, `k${index}`, { name: 'x', size: 1 });
    expect(roomLeft(items, 20)).toBe(1);
    items = failed(items, 'k0', new ApiError(415, 'unsupported_file_type', 'no'));
    expect(roomLeft(items, 20)).toBe(2);
  });

  it('shows whole percentages, 100 only once the server has the file', () => {
    expect(percentSent({ status: 'uploading', sent: 0.256 })).toBe(25);
    expect(percentSent({ status: 'uploading', sent: 1 })).toBe(99);
    expect(percentSent({ status: 'done', sent: 1 })).toBe(100);
    expect(progressed(started([], 'a', { name: 'x', size: 1 }), 'a', 1.7)[0]?.sent).toBe(1);
  });
});
