import { api } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Gender = Schemas['Gender'];
export const genders: readonly Gender[] = ['female', 'male', 'other', 'undisclosed'];
export type BloodType = Schemas['BloodType'];
export const bloodTypes: readonly BloodType[] = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'];

export type PersonalInfo = Schemas['PersonalInfo'];
export type MedicalHistoryEntry = Schemas['MedicalHistoryEntry'];
export type Patient = Schemas['Patient'];
/** An entry to keep (with its `_id`), change (with its `_id`) or add (without). */
export type MedicalHistoryEntryChanges = Schemas['MedicalHistoryEntryChanges'];
/**
 * Absent fields stay as they are; null clears. `personalInfo` and `medicalHistory` each replace
 * the stored value as a whole. See PATCH /api/v1/patients/me.
 */
export type PatientChanges = Schemas['PatientChanges'];

export const patientsApi = {
  me: (signal?: AbortSignal) => api.get<Patient>('/patients/me', signal),
  update: (changes: PatientChanges) => api.patch<Patient>('/patients/me', changes),
  /** A patient as their doctor sees them (404 unless the doctor has an appointment with them). */
  get: (id: string, signal?: AbortSignal) => api.get<Patient>(`/patients/${id}`, signal),
};
