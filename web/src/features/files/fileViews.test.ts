import { describe, expect, it } from 'vitest';
import { formatSize, previewKind, typeLabel } from './fileViews';

describe('files as the pages show them', () => {
  it('previews PDFs and the images browsers show, not HEIC or text', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/jpeg')).toBe('image');
    expect(previewKind('image/webp')).toBe('image');
    expect(previewKind('image/heic')).toBeNull();
    expect(previewKind('text/plain')).toBeNull();
  });

  it('names sizes and types in short', () => {
    expect(formatSize(820, 'en-GB')).toBe('820 bytes');
    expect(formatSize(1_230, 'en-GB')).toBe('1.2 kB');
    expect(formatSize(12_300, 'en-GB')).toBe('12 kB');
    // French puts a narrow no-break space before the unit.
    expect(formatSize(3_400_000, 'fr-FR').replace(/\s/gu, ' ')).toBe('3,4 Mo');
    expect(formatSize(250_000, 'en-GB')).toBe('250 kB');
    expect(typeLabel('application/pdf')).toBe('PDF');
    expect(typeLabel('application/x-new')).toBe('application/x-new');
  });
});
