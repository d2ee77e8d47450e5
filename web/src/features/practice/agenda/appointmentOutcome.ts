import type { Appointment } from '@/api/appointments';

/**
 * Whether the doctor can record how an appointment went, completed or missed: it is still
 * confirmed and has started. The server has the last word (409 not_started, not_confirmed).
 */
export function awaitsOutcome(appointment: Pick<Appointment, 'status' | 'appointmentDate'>, now: number): boolean {
  return appointment.status === 'confirmed' && now >= Date.parse(appointment.appointmentDate);
}
