import { weekdays, type Weekday } from '@/api/doctors';
import { addDays, formatTime } from '@/lib/time';

// Wall-clock arithmetic in the doctor's time zone, which may differ from the browser's: the agenda's
// days, time off and availability are all the doctor's local days and times.

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = wallClockFormat(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'),
                             part('second'));
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

const dayMs = 86_400_000;

/**
 * The instant at which the zone's wall clock shows `day` ("YYYY-MM-DD") at `time` ("HH:MM").
 * Around a DST change the offsets of the day before and the day after both may fit: a wall time
 * that happens twice (clocks going back) gives the earlier instant, as the server does for slots;
 * one that never happens (clocks going forward) is pushed forward by the gap, as Temporal does.
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const before = wall - zoneOffset(wall - dayMs, timeZone);
  const after = wall - zoneOffset(wall + dayMs, timeZone);
  const fitting = [before, after].filter((instant) => zoneOffset(instant, timeZone) === wall - instant);
  return new Date(fitting.length > 0 ? Math.min(...fitting) : before);
}

/** The wall-clock time "HH:MM" of an instant in a zone. */
export function wallTime(instant: string | Date, timeZone: string): string {
  const parts = wallClockFormat(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** A wall-clock time given in minutes since midnight, as the language writes times ("14:30", "2:30 PM"). */
export function formatWallMinutes(minutes: number): string {
  return formatTime(new Date(Date.UTC(2000, 0, 1, 0, minutes)), 'UTC');
}

/** How many days a "YYYY-MM-DD" day comes after the Monday of its week (weeks run Monday to Sunday in both locales). */
function daysSinceMonday(day: string): number {
  return (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week of a "YYYY-MM-DD" day. */
export function mondayOf(day: string): string {
  return addDays(day, -daysSinceMonday(day));
}

/** The weekday of a "YYYY-MM-DD" day, as availability windows name it. */
export function weekdayOf(day: string): Weekday {
  return weekdays[daysSinceMonday(day)]!;
}
