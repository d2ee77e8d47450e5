// What each day of the agenda holds, on the doctor's wall clock: working hours, time off (and the
// bookings it covers), bookings and free slots. Pure, so that it is tested without a browser.
import type { Appointment } from '@/api/appointments';
import type { AvailabilityWindow, Slot, TimeOff } from '@/api/doctors';
import { addDays } from '@/lib/time';
import { wallTime, weekdayOf, zonedInstant } from '../zonedTime';
import { dayMinutes, minutesOf, type Span } from './calendarGrid';

/**
 * What of a period [start, end) lies on `day` in the zone, in minutes of that day; null when none.
 * The day's bounds are found once, for all the periods asked about.
 */
export function spanOnDay(day: string, timeZone: string): (start: string, end: string) => Span | null {
  const dayStart = zonedInstant(day, '00:00', timeZone).getTime();
  const dayEnd = zonedInstant(addDays(day, 1), '00:00', timeZone).getTime();
  return (start, end) => {
    if (Date.parse(end) <= dayStart || Date.parse(start) >= dayEnd) return null;
    const from = Date.parse(start) <= dayStart ? 0 : minutesOf(wallTime(start, timeZone));
    const to = Date.parse(end) >= dayEnd ? dayMinutes : minutesOf(wallTime(end, timeZone));
    // The hour the clocks go back happens twice: keep an appointment in it at least its row long.
    return { start: from, end: Math.max(to, from + 5) };
  };
}

/** Whether `spans` together cover every one of `targets`. */
function covers(spans: readonly Span[], targets: readonly Span[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return targets.every((target) => {
    let reached = target.start;
    for (const span of sorted) {
      if (span.start > reached) break;
      reached = Math.max(reached, span.end);
    }
    return reached >= target.end;
  });
}

function overlaps(appointment: Appointment, timeOff: TimeOff): boolean {
  return Date.parse(appointment.appointmentDate) < Date.parse(timeOff.end) &&
    Date.parse(appointment.endDate) > Date.parse(timeOff.start);
}

export interface TimeOffOnDay extends Span {
  timeOff: TimeOff;
  /** The day's confirmed appointments it overlaps: booked before it, still to be seen to. */
  bookings: Appointment[];
}

export type CalendarEntry = Span & ({ kind: 'booking'; appointment: Appointment } | { kind: 'free'; slot: Slot });

export interface CalendarDay {
  /** "YYYY-MM-DD" in the doctor's zone. */
  day: string;
  /** The working hours of its weekday, in order. */
  windows: Span[];
  timeOff: TimeOffOnDay[];
  /** Whether time off covers all its working hours (the whole day when it has none). */
  off: boolean;
  /** Its bookings of any status and free slots, in start order. */
  entries: CalendarEntry[];
}

export interface CalendarSource {
  days: readonly string[];
  timeZone: string;
  availability: readonly AvailabilityWindow[];
  appointments: readonly Appointment[];
  timeOff: readonly TimeOff[];
  slots: readonly Slot[];
}

/** Lays the doctor's week (or day) out day by day. */
export function calendarDays({ days, timeZone, availability, appointments, timeOff, slots }: CalendarSource): CalendarDay[] {
  return days.map((day) => {
    const onDay = spanOnDay(day, timeZone);
    const windows = availability
      .filter((window) => window.day === weekdayOf(day))
      .map((window) => ({ start: minutesOf(window.startTime), end: minutesOf(window.endTime) }))
      .sort((a, b) => a.start - b.start);
    const bookings = appointments.flatMap((appointment) => {
      const span = onDay(appointment.appointmentDate, appointment.endDate);
      return span ? [{ ...span, kind: 'booking' as const, appointment }] : [];
    });
    const free = slots.flatMap((slot) => {
      const span = onDay(slot.start, slot.end);
      return span ? [{ ...span, kind: 'free' as const, slot }] : [];
    });
    const periods = timeOff.flatMap((period) => {
      const span = onDay(period.start, period.end);
      if (!span) return [];
      const covered = bookings
        .filter(({ appointment }) => appointment.status === 'confirmed' && overlaps(appointment, period))
        .map(({ appointment }) => appointment);
      return [{ ...span, timeOff: period, bookings: covered }];
    });
    return {
      day,
      windows,
      timeOff: periods.sort((a, b) => a.start - b.start),
      off: periods.length > 0 && covers(periods, windows.length > 0 ? windows : [{ start: 0, end: dayMinutes }]),
      entries: [...bookings, ...free].sort((a, b) => a.start - b.start),
    };
  });
}
