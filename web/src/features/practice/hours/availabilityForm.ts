import type { Path } from 'react-hook-form';
import { ApiError } from '@/api/client';
import { weekdays, type AvailabilityWindow, type Weekday } from '@/api/doctors';

export interface WindowRow {
  startTime: string;
  endTime: string;
}

/** The weekly schedule as the editor shows it: each weekday's windows, in the order on screen. */
export interface HoursValues {
  days: Record<Weekday, WindowRow[]>;
}

export type RowPath = `days.${Weekday}.${number}`;

export function toHoursValues(availability: AvailabilityWindow[]): HoursValues {
  const days = Object.fromEntries(weekdays.map((day) => [day, [] as WindowRow[]])) as Record<Weekday, WindowRow[]>;
  for (const { day, startTime, endTime } of availability) days[day].push({ startTime, endTime });
  for (const day of weekdays) days[day].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return { days };
}

/**
 * The `availability` array to send, and for each of its indexes the row it came from: the server
 * names problems by index (`availability.3.endTime`), which only this list can bring back to a row.
 */
export function toAvailability(values: HoursValues): { availability: AvailabilityWindow[]; rows: RowPath[] } {
  const availability: AvailabilityWindow[] = [];
  const rows: RowPath[] = [];
  for (const day of weekdays) {
    values.days[day].forEach(({ startTime, endTime }, index) => {
      availability.push({ day, startTime, endTime });
      rows.push(`days.${day}.${index}`);
    });
  }
  return { availability, rows };
}

/** The form fields of the rows sent, and the server's name for each of them. */
export function rowFields(rows: RowPath[]): { formFields: Path<HoursValues>[]; fieldNames: Record<string, Path<HoursValues>> } {
  const formFields: Path<HoursValues>[] = [];
  const fieldNames: Record<string, Path<HoursValues>> = {};
  rows.forEach((row, index) => {
    for (const field of ['startTime', 'endTime'] as const) {
      formFields.push(`${row}.${field}`);
      fieldNames[`availability.${index}.${field}`] = `${row}.${field}`;
    }
  });
  return { formFields, fieldNames };
}

/** The weekday of a failed save's overlapping windows, which the server reports on `availability`. */
export function overlappingDay(error: unknown): Weekday | undefined {
  const problem = error instanceof ApiError ? error.problems.availability : undefined;
  if (problem?.code !== 'overlapping_windows') return undefined;
  return weekdays.find((weekday) => weekday === problem.params?.day);
}

/** Whether a row overlaps another row of its day (windows may touch, not overlap). */
export function overlapsAnother(rows: WindowRow[], index: number): boolean {
  const row = rows[index];
  if (!row || !(row.startTime < row.endTime)) return false;
  return rows.some((other, otherIndex) =>
    otherIndex !== index && other.startTime < other.endTime &&
    row.startTime < other.endTime && other.startTime < row.endTime);
}

/** A sensible next window for a day: the morning when it has none, else the hour after its last. */
export function suggestedWindow(rows: WindowRow[]): WindowRow {
  const last = rows.map((row) => row.endTime).filter(Boolean).sort().at(-1);
  if (!last) return { startTime: '09:00', endTime: '12:00' };
  const [hours = 0, minutes = 0] = last.split(':').map(Number);
  const end = Math.min(hours * 60 + minutes + 60, 23 * 60 + 59);
  const pad = (value: number) => String(value).padStart(2, '0');
  return { startTime: last, endTime: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` };
}
