// Which doctors a patient may still share a record with, and which shared records a doctor reads.
import type { Counterpart } from '@/api/appointments';
import type { MedicalRecord } from '@/api/medicalRecords';

/** The patient's doctors a record may still be shared with: not its own doctor, nor one it is shared with. */
export function shareableDoctors(doctors: readonly Counterpart[], record: MedicalRecord): Counterpart[] {
  const taken = new Set([record.doctorId, ...record.sharedWith.map((grant) => grant.doctorId)]);
  return doctors.filter((doctor) => !taken.has(doctor._id));
}

/** Of the records a doctor may read, those about one patient that other doctors keep (shared with them). */
export function sharedRecordsAbout(records: readonly MedicalRecord[], patientId: string,
                                   doctorId: string): MedicalRecord[] {
  return records.filter((record) => record.patientId === patientId && record.doctorId !== doctorId);
}
