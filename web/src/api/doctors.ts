import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type Weekday = Schemas['Weekday'];
export const weekdays: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export type AvailabilityWindow = Schemas['AvailabilityWindow'];
/** The public fields of a doctor's profile. */
export type DoctorProfile = Schemas['DoctorProfile'];
/** The doctor's own profile: public fields and whether it is complete enough to be listed. */
export type Doctor = Schemas['Doctor'];
export type Slot = Schemas['Slot'];
export type DoctorListing = Schemas['DoctorListing'];
export type DoctorPage = Schemas['DoctorPage'];
/** A specialty of the fixed catalogue: its code, its names, its practitioners' title and how many are listed. */
export type Specialty = Schemas['SpecialtyList']['specialties'][number];
export type DoctorSlots = Schemas['DoctorSlots'];
/** The filters, order and page of GET /api/v1/doctors. */
export type DoctorSearch = NonNullable<operations['searchDoctors']['parameters']['query']>;
export type DoctorChanges = Schemas['DoctorChanges'];
export type TimeOff = Schemas['TimeOff'];
export type ConsultationMode = Schemas['ConsultationMode'];
/** Which bookings are paid as they are booked: none, video consultations, or all. */
export type Prepayment = DoctorProfile['prepayment'];
/** What a patient books a doctor for, with its own length, fee and mode. */
export type VisitReason = Schemas['VisitReason'];
export type VisitReasonChanges = Schemas['VisitReasonChanges'];
/** A booking made by the practice, for one of its patients (`patientId`) or a new one (`patient`). */
export type PracticeBooking = operations['bookForPatient']['requestBody']['content']['application/json'];

export const directoryApi = {
  search: (search: DoctorSearch, signal?: AbortSignal) =>
    api.get<DoctorPage>(`/doctors${queryString({ ...search })}`, signal),
  specialties: (signal?: AbortSignal) =>
    api.get<Schemas['SpecialtyList']>('/doctors/specialties', signal),
  popular: (signal?: AbortSignal) => api.get<Schemas['PopularDoctors']>('/doctors/popular', signal),
  doctor: (id: string, signal?: AbortSignal) => api.get<DoctorListing>(`/doctors/${id}`, signal),
  /**
   * Free slots on the doctor's calendar days `from` to `to` ("YYYY-MM-DD", at most 31 days), of
   * the length of the visit reason `reasonId` when given, else of the doctor's consultation.
   */
  slots: (id: string, from: string, to: string, reasonId: string | undefined, signal?: AbortSignal) =>
    api.get<DoctorSlots>(`/doctors/${id}/slots${queryString({ from, to, reasonId })}`, signal),
  /** The reasons a listed doctor is booked for; none for a doctor booked for their consultation length. */
  visitReasons: (id: string, signal?: AbortSignal) =>
    api.get<Schemas['VisitReasonList']>(`/doctors/${id}/visit-reasons`, signal),
};

export const practiceApi = {
  me: (signal?: AbortSignal) => api.get<Doctor>('/doctors/me', signal),
  update: (changes: DoctorChanges) => api.patch<Doctor>('/doctors/me', changes),
  timeOff: (signal?: AbortSignal) => api.get<Schemas['TimeOffList']>('/doctors/me/time-off', signal),
  /** `start` and `end` are instants or calendar days in the doctor's zone. */
  addTimeOff: (timeOff: Schemas['TimeOffRequest']) =>
    api.post<TimeOff>('/doctors/me/time-off', timeOff),
  removeTimeOff: (id: string) => api.delete<void>(`/doctors/me/time-off/${id}`),
  /** Cancels the confirmed bookings the time off covers; each patient is told why (`reason`, else the time off's). */
  cancelTimeOffBookings: (id: string, reason?: string) =>
    api.post<{ canceled: Schemas['Appointment'][] }>(`/doctors/me/time-off/${id}/cancel-bookings`, reason ? { reason } : {}),
  visitReasons: (signal?: AbortSignal) =>
    api.get<Schemas['VisitReasonList']>('/doctors/me/visit-reasons', signal),
  addVisitReason: (reason: VisitReasonChanges) => api.post<VisitReason>('/doctors/me/visit-reasons', reason),
  updateVisitReason: (id: string, changes: VisitReasonChanges) =>
    api.patch<VisitReason>(`/doctors/me/visit-reasons/${id}`, changes),
  /** Books a free slot for a patient on the phone; a new patient is emailed to choose a password. */
  bookForPatient: (booking: PracticeBooking) => api.post<Schemas['Appointment']>('/doctors/me/appointments', booking),
  /** Stops offering the reason; appointments booked for it keep it. */
  archiveVisitReason: (id: string) => api.delete<void>(`/doctors/me/visit-reasons/${id}`),
};
