import { api } from './client';

export type Gender = 'female' | 'male' | 'other' | 'undisclosed';
export const genders: readonly Gender[] = ['female', 'male', 'other', 'undisclosed'];
export const bloodTypes = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export type BloodType = (typeof bloodTypes)[number];

export interface PersonalInfo {
  firstName?: string;
  lastName?: string;
  preferredLanguage?: string;
  emergencyContactName?: string;
  emergencyContactPhone?: string;
  bloodType?: BloodType;
  allergies?: string;
  insuranceNumber?: string;
}

export interface MedicalHistoryEntry {
  _id: string;
  condition: string;
  diagnosisDate: string | null;
  notes: string;
}

export interface Patient {
  _id: string;
  name: string;
  personalInfo: PersonalInfo;
  dateOfBirth: string | null;
  gender: Gender | null;
  address: string | null;
  medicalHistory: MedicalHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

/** An entry to keep (with its `_id`), change (with its `_id`) or add (without). */
export interface MedicalHistoryEntryChanges {
  _id?: string;
  condition: string;
  /** A calendar day "YYYY-MM-DD" or null. */
  diagnosisDate?: string | null;
  notes?: string | null;
}

/**
 * Absent fields stay as they are; null clears. `personalInfo` and `medicalHistory` each replace
 * the stored value as a whole. See PATCH /api/v1/patients/me.
 */
export type PatientChanges = Partial<{
  personalInfo: PersonalInfo | null;
  dateOfBirth: string | null;
  gender: Gender | null;
  address: string | null;
  medicalHistory: MedicalHistoryEntryChanges[] | null;
}>;

export const patientsApi = {
  me: (signal?: AbortSignal) => api.get<Patient>('/patients/me', signal),
  update: (changes: PatientChanges) => api.patch<Patient>('/patients/me', changes),
  /** A patient as their doctor sees them (404 unless the doctor has an appointment with them). */
  get: (id: string, signal?: AbortSignal) => api.get<Patient>(`/patients/${id}`, signal),
};
