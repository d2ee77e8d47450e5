import { api, downloadFile } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

/** The video room of an appointment booked by video, and where it stands. */
export type Teleconsultation = Schemas['Teleconsultation'];
export type RoomStatus = Schemas['RoomStatus'];
export type IceServers = Schemas['IceServers'];
/** A file one party attached to the consultation; `addedBy` is their user `_id`. */
export type TeleconsultationDocument = Schemas['TeleconsultationDocument'];
export type PrescriptionItem = Schemas['PrescriptionItem'];
/** The whole prescription, replacing any earlier one: 1 to 30 items; absent optional fields are left out. */
export type PrescriptionInput = Schemas['PrescriptionInput'];
/** A prescription as anyone holding its code sees it: the patient by their initials only. */
export type VerifiedPrescription = Schemas['VerifiedPrescription'];

const teleconsultation = (id: string) => `/teleconsultations/${encodeURIComponent(id)}`;

export const teleconsultationsApi = {
  get: (id: string, signal?: AbortSignal) => api.get<Teleconsultation>(teleconsultation(id), signal),
  /** 404 for an appointment at the practice, which has none. */
  ofAppointment: (appointmentId: string, signal?: AbortSignal) =>
    api.get<Teleconsultation>(`/appointments/${appointmentId}/teleconsultation`, signal),
  /** The RTCConfiguration's iceServers for the call; 409 room_closed once the room has closed. */
  iceServers: (id: string, signal?: AbortSignal) => api.get<IceServers>(`${teleconsultation(id)}/ice-servers`, signal),
  /**
   * The doctor writes the prescription, or rewrites it whole: 409 room_not_open before the room
   * opens, room_canceled, or rpps_number_missing while their profile has no RPPS number.
   */
  writePrescription: (id: string, prescription: PrescriptionInput) =>
    api.put<Teleconsultation>(`${teleconsultation(id)}/prescription`, prescription),
  /** The prescription as a PDF, downloaded with the session's token; 404 before one is written. */
  downloadPrescription: (id: string, prescribedAt: string) =>
    downloadFile(`${teleconsultation(id)}/prescription.pdf`, `ordonnance-${prescribedAt.slice(0, 10)}.pdf`),
  /** Either party attaches a file they uploaded; 409 room_canceled once the appointment was canceled. */
  addDocument: (id: string, fileId: string) =>
    api.post<Teleconsultation>(`${teleconsultation(id)}/documents`,
                               { fileId } satisfies Schemas['TeleconsultationDocumentInput']),
  /** Only the party who attached a document takes it out (403 not_document_owner for the other). */
  removeDocument: (id: string, fileId: string) =>
    api.delete<void>(`${teleconsultation(id)}/documents/${encodeURIComponent(fileId)}`),
  /** Public, without signing in: 404 for a code no prescription has. */
  verifyPrescription: (code: string, signal?: AbortSignal) =>
    api.get<VerifiedPrescription>(`/prescriptions/verify/${encodeURIComponent(code)}`, signal),
};
