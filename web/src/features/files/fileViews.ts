// How files show: which ones the page can preview, their sizes in words and their types in short.
import { currentLocale } from '@/i18n';

export type PreviewKind = 'image' | 'pdf';

/** What the page can show of a file: browsers show these images and PDFs (not HEIC). */
export function previewKind(type: string): PreviewKind | null {
  if (type === 'application/pdf') return 'pdf';
  if (['image/png', 'image/jpeg', 'image/webp', 'image/gif'].includes(type)) return 'image';
  return null;
}

/** A file's size as people read it: "820 bytes", "12 kB", "3.4 MB" ("820 octets", "12 ko", "3,4 Mo"). */
export function formatSize(bytes: number, locale: string = currentLocale()): string {
  if (bytes < 1000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  }
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP', 'image/heic': 'HEIC',
  'text/plain': 'TXT',
};

/** A file's type in short ("PDF", "JPEG"); the media type itself for one without a short name. */
export function typeLabel(type: string): string {
  return typeLabels[type] ?? type;
}
