import { api, downloadFile } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

/** The video room of an appointment booked by video, and where it stands. */
export type Teleconsultation = Schemas['Teleconsultation'];
export type RoomStatus = Schemas['RoomStatus'];
export type IceServers = Schemas['IceServers'];
export type PrescriptionItem = Schemas['PrescriptionItem'];

export const teleconsultationsApi = {
  get: (id: string, signal?: AbortSignal) => api.get<Teleconsultation>(`/teleconsultations/${id}`, signal),
  /** 404 for an appointment at the practice, which has none. */
  ofAppointment: (appointmentId: string, signal?: AbortSignal) =>
    api.get<Teleconsultation>(`/appointments/${appointmentId}/teleconsultation`, signal),
  /** The RTCConfiguration's iceServers for the call; 409 room_closed once the room has closed. */
  iceServers: (id: string, signal?: AbortSignal) => api.get<IceServers>(`/teleconsultations/${id}/ice-servers`, signal),
  /** The prescription as a PDF, downloaded with the session's token; 404 before one is written. */
  downloadPrescription: (id: string, prescribedAt: string) =>
    downloadFile(`/teleconsultations/${id}/prescription.pdf`, `ordonnance-${prescribedAt.slice(0, 10)}.pdf`),
};
