import type { ConsultationMode, VisitReason, VisitReasonChanges } from '@/api/doctors';
import { reasonModes } from '@/lib/consultationModes';

/** Who may book a reason: anyone, or only patients the doctor has already seen. */
export type ReasonPatients = 'all' | 'known';

/** A visit reason as its form edits it: text, since inputs hold text, and an empty fee means the doctor's. */
export interface VisitReasonValues {
  name: string;
  durationMinutes: string;
  price: string;
  mode: ConsultationMode;
  patients: ReasonPatients;
  instructions: string;
}

/** The form's fields that show the server's problems; the other choice's go to the form's alert. */
export const visitReasonFields = ['name', 'durationMinutes', 'price', 'mode', 'instructions'] as const;

/**
 * A new reason starts as the doctor's usual consultation: its length, their fee, for anyone, in
 * the first way they consult (at the practice, unless they consult by video only).
 */
export function newVisitReasonValues(consultationMinutes: number,
                                     doctorModes: readonly ConsultationMode[]): VisitReasonValues {
  return {
    name: '', durationMinutes: String(consultationMinutes), price: '', mode: reasonModes(doctorModes)[0]!,
    patients: 'all', instructions: '',
  };
}

export function toVisitReasonValues(reason: VisitReason): VisitReasonValues {
  return {
    name: reason.name,
    durationMinutes: String(reason.durationMinutes),
    price: reason.price === null ? '' : String(reason.price),
    mode: reason.mode,
    patients: reason.newPatients ? 'all' : 'known',
    instructions: reason.instructions,
  };
}

/** Every field, to add a reason or to change one: an emptied fee is sent as null, which clears it. */
export function toVisitReasonChanges(values: VisitReasonValues): VisitReasonChanges {
  return {
    name: values.name.trim(),
    durationMinutes: Number(values.durationMinutes),
    price: values.price.trim() === '' ? null : Number(values.price),
    mode: values.mode,
    newPatients: values.patients === 'all',
    instructions: values.instructions.trim(),
  };
}
