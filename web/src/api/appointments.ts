import { api, downloadFile, queryString } from './client';

export type AppointmentStatus = 'confirmed' | 'canceled' | 'completed';

export interface Appointment {
  _id: string;
  patientId: string;
  doctorId: string;
  patientName: string;
  doctorName: string;
  appointmentDate: string;
  endDate: string;
  durationMinutes: number;
  status: AppointmentStatus;
  notes: string;
  cancelReason: string | null;
  canceledBy: 'patient' | 'doctor' | null;
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentPage {
  appointments: Appointment[];
  page: number;
  limit: number;
  total: number;
}

export interface AppointmentQuery {
  status?: AppointmentStatus;
  /** Instants or calendar days; see GET /api/v1/appointments. */
  from?: string;
  to?: string;
  page?: number;
  limit?: number;
}

export interface DoctorStats {
  total: number;
  byStatus: Record<AppointmentStatus, number>;
  percentages: Record<AppointmentStatus, number>;
}

export interface Counterpart {
  _id: string;
  name: string;
  appointmentCount: number;
  lastAppointmentDate: string;
}

export const appointmentsApi = {
  list: (query: AppointmentQuery, signal?: AbortSignal) =>
    api.get<AppointmentPage>(`/appointments${queryString({ ...query })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Appointment>(`/appointments/${id}`, signal),
  /** `idempotencyKey` makes a retried booking (after a lost answer) return the same appointment. */
  book: (booking: { doctorId: string; appointmentDate: string; notes?: string }, idempotencyKey: string) =>
    api.post<Appointment>('/appointments', booking, { 'Idempotency-Key': idempotencyKey }),
  cancel: (id: string, reason?: string) =>
    api.post<Appointment>(`/appointments/${id}/cancel`, reason ? { reason } : {}),
  reschedule: (id: string, appointmentDate: string) =>
    api.post<Appointment>(`/appointments/${id}/reschedule`, { appointmentDate }),
  complete: (id: string) => api.post<Appointment>(`/appointments/${id}/complete`),
  downloadCalendarFile: (id: string) =>
    downloadFile(`/appointments/${id}/calendar.ics`, `medimeet-${id}.ics`),
  rotateCalendarFeed: () => api.post<{ url: string }>('/calendar/feed/rotate'),
  stats: (signal?: AbortSignal) => api.get<DoctorStats>('/doctors/me/stats', signal),
  myPatients: (signal?: AbortSignal) => api.get<{ patients: Counterpart[] }>('/doctors/me/patients', signal),
  myDoctors: (signal?: AbortSignal) => api.get<{ doctors: Counterpart[] }>('/patients/me/doctors', signal),
};
