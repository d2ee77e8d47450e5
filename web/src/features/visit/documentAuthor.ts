import type { Teleconsultation, TeleconsultationDocument } from '@/api/teleconsultations';

/** Who attached a document, as the signed-in user reads it: themselves, or the other party. */
export function documentAuthor(document: Pick<TeleconsultationDocument, 'addedBy'>,
                               teleconsultation: Pick<Teleconsultation, 'doctorId'>,
                               userId: string): 'you' | 'doctor' | 'patient' {
  if (document.addedBy === userId) return 'you';
  return document.addedBy === teleconsultation.doctorId ? 'doctor' : 'patient';
}
