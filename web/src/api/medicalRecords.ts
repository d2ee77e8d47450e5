import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/**
 * What one doctor keeps about one patient; `_id` is null for a doctor's record of a patient not
 * written in yet.
 */
export type MedicalRecord = Schemas['MedicalRecord'];
export type MedicalRecordEntry = Schemas['MedicalRecordEntry'];
export type EntryAttachment = Schemas['EntryAttachment'];
/** A new entry: `date` a calendar day (`YYYY-MM-DD`) or an instant, not in the future. */
export type EntryDraft = Schemas['EntryDraft'];
/** Absent fields stay as they are; `attachments` replaces the list. */
export type EntryChanges = Schemas['EntryChanges'];
export type MedicalRecordPage = Schemas['MedicalRecordPage'];
export type AccessLogEntry = Schemas['AccessLogEntry'];
export type AccessLogAction = Schemas['AccessLogAction'];
export type AccessLogPage = Schemas['AccessLogPage'];
/** A page of records; `patientId` keeps those about one patient. */
export type RecordQuery = NonNullable<operations['listMedicalRecords']['parameters']['query']>;
export type PageQuery = Pick<RecordQuery, 'page' | 'limit'>;

const record = (id: string) => `/medical-records/${encodeURIComponent(id)}`;
const patientRecord = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/medical-record`;

export const medicalRecordsApi = {
  /** A patient's records about them; a doctor's own records and those shared with them. */
  list: (query: RecordQuery, signal?: AbortSignal) =>
    api.get<MedicalRecordPage>(`/medical-records${queryString({ ...query })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<MedicalRecord>(record(id), signal),
  /** The signed-in doctor's record of a patient (404 without an appointment between them). */
  ofPatient: (patientId: string, signal?: AbortSignal) => api.get<MedicalRecord>(patientRecord(patientId), signal),
  /** The signed-in doctor writes in their record of a patient, creating it with the first entry. */
  addToPatient: (patientId: string, draft: EntryDraft) =>
    api.post<MedicalRecord>(`${patientRecord(patientId)}/entries`, draft),
  addEntry: (recordId: string, draft: EntryDraft) => api.post<MedicalRecord>(`${record(recordId)}/entries`, draft),
  updateEntry: (recordId: string, entryId: string, changes: EntryChanges) =>
    api.patch<MedicalRecord>(`${record(recordId)}/entries/${encodeURIComponent(entryId)}`, changes),
  deleteEntry: (recordId: string, entryId: string) =>
    api.delete<void>(`${record(recordId)}/entries/${encodeURIComponent(entryId)}`),
  share: (recordId: string, doctorId: string) =>
    api.post<MedicalRecord>(`${record(recordId)}/share`, { doctorId } satisfies Schemas['RecordShare']),
  unshare: (recordId: string, doctorId: string) =>
    api.delete<void>(`${record(recordId)}/share/${encodeURIComponent(doctorId)}`),
  /** Who read or changed the signed-in patient's data, newest first. */
  accessLog: (query: PageQuery, signal?: AbortSignal) =>
    api.get<AccessLogPage>(`/patients/me/access-log${queryString({ ...query })}`, signal),
};
