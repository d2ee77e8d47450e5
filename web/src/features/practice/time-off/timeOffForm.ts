import { addDays } from '@/lib/time';
import { zonedInstant } from '../zonedTime';

/** Whole days off (the usual case), or a period between two times. */
export type TimeOffKind = 'days' | 'times';

export interface TimeOffValues {
  kind: TimeOffKind;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  reason: string;
}

export const timeOffFields = ['startDate', 'endDate', 'startTime', 'endTime', 'reason'] as const;

/** The server's fields as the form shows them: a bad start or end is shown on its date. */
export const timeOffFieldNames = { start: 'startDate', end: 'endDate' } as const;

/** The period in the doctor's zone; whole days run from the first day's midnight to the one after the last. */
export function timeOffPeriod(values: TimeOffValues, timeZone: string): { start: Date; end: Date } {
  if (values.kind === 'days') {
    return {
      start: zonedInstant(values.startDate, '00:00', timeZone),
      end: zonedInstant(addDays(values.endDate, 1), '00:00', timeZone),
    };
  }
  return {
    start: zonedInstant(values.startDate, values.startTime, timeZone),
    end: zonedInstant(values.endDate, values.endTime, timeZone),
  };
}

export function toTimeOffRequest(values: TimeOffValues, timeZone: string) {
  const { start, end } = timeOffPeriod(values, timeZone);
  return { start: start.toISOString(), end: end.toISOString(), reason: values.reason.trim() || undefined };
}
