import type { ConsultationMode, PracticeBooking } from '@/api/doctors';
import { bookingMode, orderedModes } from '@/lib/consultationModes';
import { phoneForServer } from '@/features/accounts/phoneRules';
import type { Language } from '@/i18n';

/** One of the doctor's patients, picked from their list, or a new one, whose account the booking opens. */
export type PatientChoice = 'known' | 'new';

export interface PracticeBookingValues {
  patientId: string;
  name: string;
  phone: string;
  email: string;
  /** Of the new patient's emails. */
  language: Language;
  reasonId: string;
  /** How the visit happens, for a doctor without reasons (a reason fixes it); empty until chosen. */
  mode: ConsultationMode | '';
  notes: string;
}

export const blankPracticeBooking: PracticeBookingValues = {
  patientId: '', name: '', phone: '', email: '', language: 'fr', reasonId: '', mode: '', notes: '',
};

export const practiceBookingFields = ['patientId', 'name', 'phone', 'email', 'reasonId', 'mode', 'notes'] as const;

/** The server's fields as the form shows them: the new patient's are nested under `patient`. */
export const practiceBookingFieldNames = {
  'patient.name': 'name', 'patient.phone': 'phone', 'patient.email': 'email',
} as const;

/**
 * The request for the slot starting at `start`: the picked patient's id, or the new patient, phone
 * in E.164. Without a reason, the mode chosen among the doctor's `modes` (by default the first:
 * a doctor who consults by video only is not booked at the practice); a reason brings its own.
 */
export function toPracticeBooking(values: PracticeBookingValues, who: PatientChoice, start: string,
                                  modes: readonly ConsultationMode[]): PracticeBooking {
  const notes = values.notes.trim();
  return {
    appointmentDate: start,
    ...(notes && { notes }),
    ...(values.reasonId
      ? { reasonId: values.reasonId }
      : { mode: bookingMode(orderedModes(modes), values.mode || null) }),
    ...(who === 'known'
      ? { patientId: values.patientId }
      : { patient: { name: values.name.trim(), email: values.email.trim(), phone: phoneForServer(values.phone),
                     language: values.language } }),
  };
}
