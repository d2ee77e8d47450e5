import type { Appointment } from '@/api/appointments';

/** Router state for /appointments: what just happened, to confirm it at the top of the page. */
export interface AppointmentsNotice {
  booked?: Appointment;
  rescheduled?: Appointment;
}
