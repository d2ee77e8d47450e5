// What the entry form checks and sends, as the server counts: a description of 1 to 20000
// characters (code points) once trimmed, dated a calendar day that is not in the future, with at
// most 20 documents.
import type { EntryChanges, EntryDraft, MedicalRecordEntry } from '@/api/medicalRecords';
import { localDay } from '@/lib/time';

export const descriptionMaxLength = 20_000;
export const maxEntryAttachments = 20;

export interface EntryValues {
  /** `YYYY-MM-DD`. */
  date: string;
  description: string;
}

/** How many more characters the description may take; negative when it is too long. */
export function descriptionLeft(text: string): number {
  return descriptionMaxLength - [...text.trim()].length;
}

/** The day an entry is dated: a day is sent as such and kept as midnight UTC. */
export function entryDay(entry: Pick<MedicalRecordEntry, 'date'>): string {
  return localDay(entry.date, 'UTC');
}

export function valuesOf(entry: MedicalRecordEntry | undefined, today: string): EntryValues {
  return entry ? { date: entryDay(entry), description: entry.description } : { date: today, description: '' };
}

export function toDraft(values: EntryValues, attachments: string[]): EntryDraft {
  return { date: values.date, description: values.description.trim(), attachments };
}

/**
 * Only what changed: an entry dated with an instant (not midnight UTC) keeps it unless its day
 * is changed, and an unchanged list of files is not sent again.
 */
export function toChanges(entry: MedicalRecordEntry, values: EntryValues, attachments: string[]): EntryChanges {
  const changes: EntryChanges = {};
  if (values.date !== entryDay(entry)) changes.date = values.date;
  const description = values.description.trim();
  if (description !== entry.description) changes.description = description;
  const before = entry.attachments.map((file) => file._id);
  if (before.length !== attachments.length || before.some((id, index) => id !== attachments[index])) {
    changes.attachments = attachments;
  }
  return changes;
}
