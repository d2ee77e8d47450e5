import { addDays } from '@/lib/time';
import { mondayOf, zonedInstant } from '../zonedTime';

export type AgendaView = 'day' | 'week';

export interface AgendaRange {
  /** The calendar days shown, "YYYY-MM-DD" in the doctor's zone. */
  days: string[];
  /** The instants bounding those days, as GET /appointments takes them (`to` excluded). */
  from: string;
  to: string;
}

/** The days of the day or week containing `day`, and the instants between which they lie. */
export function agendaRange(view: AgendaView, day: string, timeZone: string): AgendaRange {
  const first = view === 'week' ? mondayOf(day) : day;
  const length = view === 'week' ? 7 : 1;
  return {
    days: Array.from({ length }, (_, index) => addDays(first, index)),
    from: zonedInstant(first, '00:00', timeZone).toISOString(),
    to: zonedInstant(addDays(first, length), '00:00', timeZone).toISOString(),
  };
}

/** Whether a URL parameter is a real calendar day "YYYY-MM-DD". */
export function isCalendarDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
