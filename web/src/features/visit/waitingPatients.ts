// The patients waiting in a doctor's video rooms, as the event socket tells them: the agenda shows
// them live, whatever page the doctor had open when they arrived.
import type { EventData } from '@/api/events';

export interface WaitingPatient {
  teleconsultationId: string;
  patient: { _id: string; name: string };
}

/** With the patient of `waiting` in their room's waiting room (once, the latest news first). */
export function withWaiting(list: readonly WaitingPatient[], waiting: EventData<'room.waiting'>): WaitingPatient[] {
  const entry = { teleconsultationId: waiting.teleconsultationId, patient: { ...waiting.patient } };
  return [entry, ...list.filter((other) => other.teleconsultationId !== waiting.teleconsultationId)];
}

/** Without the room's patient: admitted, or gone. */
export function withoutRoom(list: readonly WaitingPatient[], teleconsultationId: string): WaitingPatient[] {
  return list.filter((other) => other.teleconsultationId !== teleconsultationId);
}
