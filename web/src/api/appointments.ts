import { api, downloadFile, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type AppointmentStatus = Schemas['AppointmentStatus'];
export type Appointment = Schemas['Appointment'];
export type AppointmentPage = Schemas['AppointmentPage'];
/** The filters and page of GET /api/v1/appointments (`from` and `to`: instants or calendar days). */
export type AppointmentQuery = NonNullable<operations['listAppointments']['parameters']['query']>;
export type DoctorStats = Schemas['DoctorStats'];
export type Counterpart = Schemas['Counterpart'];
export type PatientOfDoctor = Schemas['PatientOfDoctor'];
/** The search (`q`: part of a name, email or E.164 phone) and page of GET /api/v1/doctors/me/patients. */
export type PatientQuery = NonNullable<operations['listDoctorPatients']['parameters']['query']>;
/** How soon a slot may start, and until how long before its start a patient can change it online. */
export type BookingPolicy = Schemas['BookingPolicy'];

export const appointmentsApi = {
  policy: (signal?: AbortSignal) => api.get<BookingPolicy>('/booking-policy', signal),
  list: (query: AppointmentQuery, signal?: AbortSignal) =>
    api.get<AppointmentPage>(`/appointments${queryString({ ...query })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Appointment>(`/appointments/${id}`, signal),
  /** `idempotencyKey` makes a retried booking (after a lost answer) return the same appointment. */
  book: (booking: Schemas['BookingRequest'], idempotencyKey: string) =>
    api.post<Appointment>('/appointments', booking, { 'Idempotency-Key': idempotencyKey }),
  cancel: (id: string, reason?: string) =>
    api.post<Appointment>(`/appointments/${id}/cancel`, (reason ? { reason } : {}) satisfies Schemas['CancelRequest']),
  reschedule: (id: string, appointmentDate: string) =>
    api.post<Appointment>(`/appointments/${id}/reschedule`, { appointmentDate } satisfies Schemas['RescheduleRequest']),
  complete: (id: string) => api.post<Appointment>(`/appointments/${id}/complete`),
  /** The patient did not come: only the doctor, once it has started. */
  noShow: (id: string) => api.post<Appointment>(`/appointments/${id}/no-show`),
  downloadCalendarFile: (id: string) =>
    downloadFile(`/appointments/${id}/calendar.ics`, `medimeet-${id}.ics`),
  rotateCalendarFeed: () => api.post<Schemas['CalendarFeed']>('/calendar/feed/rotate'),
  stats: (signal?: AbortSignal) => api.get<DoctorStats>('/doctors/me/stats', signal),
  myPatients: (query: PatientQuery, signal?: AbortSignal) =>
    api.get<Schemas['PatientCounterparts']>(`/doctors/me/patients${queryString({ ...query })}`, signal),
  myDoctors: (signal?: AbortSignal) => api.get<Schemas['DoctorCounterparts']>('/patients/me/doctors', signal),
};
