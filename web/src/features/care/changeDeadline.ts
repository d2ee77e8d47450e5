import type { BookingPolicy } from '@/api/appointments';

/**
 * The last instant a patient can cancel or move online an appointment starting at `start`: the
 * policy's change notice before it, as the server computes an appointment's `changeableUntil`.
 */
export function changeDeadline(start: string, policy: Pick<BookingPolicy, 'changeNoticeMinutes'>): string {
  return new Date(Date.parse(start) - policy.changeNoticeMinutes * 60_000).toISOString();
}

/**
 * Whether the patient can still cancel or move it online at `now` (milliseconds): the server
 * refuses only once the deadline has passed. A slot booked within the change notice (the
 * minimum notice may be shorter) cannot be changed online from the start.
 */
export function changeableOnline(deadline: string, now: number): boolean {
  return now <= Date.parse(deadline);
}
