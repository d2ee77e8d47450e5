// The records' server state. Every key starts with 'records', so that after any change one
// invalidation by that prefix refreshes all that shows them, the access log included.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { appointmentsApi } from '@/api/appointments';
import { medicalRecordsApi, type MedicalRecord } from '@/api/medicalRecords';

export const recordKeys = {
  all: ['records'] as const,
  page: (page: number) => ['records', 'page', page] as const,
  /** Every record about a patient the user may read, all pages of them. */
  about: (patientId: string) => ['records', 'about', patientId] as const,
  ofPatient: (patientId: string) => ['records', 'patient', patientId] as const,
  accessLog: (page: number) => ['records', 'access-log', page] as const,
  /** Under the appointments' key: a new booking brings a doctor to share with. */
  myDoctors: ['appointments', 'my-doctors'] as const,
};

export const recordsPerPage = 10;
export const logEntriesPerPage = 20;
const largestPage = 100;

export function useRecordPage(page: number) {
  return useQuery({
    queryKey: recordKeys.page(page),
    queryFn: ({ signal }) => medicalRecordsApi.list({ page, limit: recordsPerPage }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every record about one patient the user may read, all pages of them (a doctor's patient page). */
async function recordsAbout(patientId: string, signal: AbortSignal): Promise<MedicalRecord[]> {
  const records: MedicalRecord[] = [];
  for (let page = 1; ; page += 1) {
    const result = await medicalRecordsApi.list({ patientId, page, limit: largestPage }, signal);
    records.push(...result.medicalRecords);
    if (result.medicalRecords.length < result.limit || records.length >= result.total) return records;
  }
}

export function useRecordsAbout(patientId: string) {
  return useQuery({
    queryKey: recordKeys.about(patientId),
    queryFn: ({ signal }) => recordsAbout(patientId, signal),
  });
}

/** The signed-in doctor's own record of a patient, written in or not yet. */
export function usePatientRecord(patientId: string) {
  return useQuery({
    queryKey: recordKeys.ofPatient(patientId),
    queryFn: ({ signal }) => medicalRecordsApi.ofPatient(patientId, signal),
  });
}

export function useAccessLog(page: number) {
  return useQuery({
    queryKey: recordKeys.accessLog(page),
    queryFn: ({ signal }) => medicalRecordsApi.accessLog({ page, limit: logEntriesPerPage }, signal),
    // The page shown stays until the next one is there, rather than a flash of "Loading".
    placeholderData: keepPreviousData,
  });
}

/** The doctors the signed-in patient has or had an appointment with: those a record may be shared with. */
export function useMyDoctors() {
  return useQuery({ queryKey: recordKeys.myDoctors, queryFn: ({ signal }) => appointmentsApi.myDoctors(signal) });
}

/** After any change to a record: everything shown of records, and the access log, is stale. */
export function useRefreshRecords(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: recordKeys.all });
}
