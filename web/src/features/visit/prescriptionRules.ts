// What the prescription form starts from, checks and sends, as the server counts: 1 to 30 lines,
// each a medication (1 to 200 characters) with an optional dosage, frequency and duration (200
// each) and instructions (1000), and notes (2000); characters are code points, once trimmed. The
// server refuses an optional field sent empty: one left blank is not sent.
import type { Path } from 'react-hook-form';
import type { PrescriptionInput, PrescriptionItem, Teleconsultation } from '@/api/teleconsultations';

export const maxLines = 30;
export const notesMaxLength = 2000;

export const lineMaxLengths = {
  medication: 200, dosage: 200, frequency: 200, duration: 200, instructions: 1000,
} as const;

export type LineField = keyof typeof lineMaxLengths;

/** One line as the form holds it: every field a string, `''` when left blank. */
type LineValues = Record<LineField, string>;

/** Named like the API's fields, so that `items.1.medication` problems need no mapping. */
export interface PrescriptionValues {
  items: LineValues[];
  notes: string;
}

export const emptyLine: LineValues = { medication: '', dosage: '', frequency: '', duration: '', instructions: '' };

const optionalFields = ['dosage', 'frequency', 'duration', 'instructions'] as const;

/** The form's start: the prescription written so far, or one blank line. */
export function prescriptionValues(
  { prescriptionItems, prescriptionNotes }: Pick<Teleconsultation, 'prescriptionItems' | 'prescriptionNotes'>,
): PrescriptionValues {
  const items = prescriptionItems.map((item) => ({
    medication: item.medication,
    dosage: item.dosage ?? '',
    frequency: item.frequency ?? '',
    duration: item.duration ?? '',
    instructions: item.instructions ?? '',
  }));
  return { items: items.length > 0 ? items : [emptyLine], notes: prescriptionNotes ?? '' };
}

/** The PUT's body: every text trimmed, the optional ones left blank not sent. */
export function toPrescriptionInput({ items, notes }: PrescriptionValues): PrescriptionInput {
  const input: PrescriptionInput = {
    items: items.map((line) => {
      const item: PrescriptionItem = { medication: line.medication.trim() };
      for (const field of optionalFields) {
        const text = line[field].trim();
        if (text) item[field] = text;
      }
      return item;
    }),
  };
  if (notes.trim()) input.notes = notes.trim();
  return input;
}

/** The form's fields the server may report problems on, for `count` lines. */
export function prescriptionFieldPaths(count: number): Path<PrescriptionValues>[] {
  const lineFields = Array.from({ length: count }, (_, index) =>
    (Object.keys(lineMaxLengths) as LineField[]).map((field) => `items.${index}.${field}` as const));
  return ['notes', ...lineFields.flat()];
}

/** "1 gélule — 3 fois par jour — 7 jours": the parts of an item the doctor filled in. */
export function itemDetails(item: PrescriptionItem): string {
  return [item.dosage, item.frequency, item.duration].filter((part) => part).join(' — ');
}

/**
 * What the signed-in user does with the consultation's prescription: its doctor writes it once the
 * room has opened (and after it closed), waits before; the patient, and everyone once the
 * appointment was canceled, only read it.
 */
export function prescriptionRole(teleconsultation: Pick<Teleconsultation, 'doctorId' | 'room'>,
                                 userId: string): 'write' | 'wait' | 'read' {
  if (userId !== teleconsultation.doctorId) return 'read';
  switch (teleconsultation.room.state) {
    case 'scheduled': return 'wait';
    case 'open':
    case 'closed': return 'write';
    case 'canceled': return 'read';
  }
}
