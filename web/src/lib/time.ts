// Dates and times as people read them: every instant from the API is UTC, shown in a named time
// zone (the browser's for the patient, the doctor's where it differs) with the Intl API.
import { currentLocale } from '../i18n';

/** The time zone this browser runs in, like "Europe/Paris". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function formatDateTime(instant: string | Date, timeZone: string,
                               options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone }).format(new Date(instant));
}

export function formatDate(instant: string | Date, timeZone: string,
                           options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  return formatDateTime(instant, timeZone, options);
}

export function formatTime(instant: string | Date, timeZone: string): string {
  return formatDateTime(instant, timeZone, { hour: '2-digit', minute: '2-digit' });
}

/** The calendar day `YYYY-MM-DD` an instant falls on in a time zone. */
export function localDay(instant: string | Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

/** Adds whole days to a `YYYY-MM-DD` day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day in words, like "lundi 7 décembre". */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** The short name of a time zone at an instant, like "CET" or "GMT-5". */
export function timeZoneLabel(timeZone: string, instant: string | Date = new Date()): string {
  const part = new Intl.DateTimeFormat(currentLocale(), { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part ? `${timeZone.replace(/_/g, ' ')} (${part.value})` : timeZone;
}

/** Whether two zones show the same wall-clock time at an instant. */
export function sameWallClock(a: string, b: string, instant: string | Date = new Date()): boolean {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', day: '2-digit', hourCycle: 'h23' };
  const format = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(new Date(instant));
  return format(a) === format(b);
}

export function formatPrice(amount: number, currency: string): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency }).format(amount);
}
