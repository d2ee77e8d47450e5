// When a message was sent, as short as it can be said: the time alone for today, the day for
// older messages, the year only when it is not this one. Always on the browser's clock.
import { browserTimeZone, formatDateTime, localDay } from '@/lib/time';

const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The format for an instant seen at `now`; `withTime` adds the time to a day that is not today. */
export function sentTimeFormat(instant: string, now: number, timeZone: string,
                               withTime: boolean): Intl.DateTimeFormatOptions {
  const day = localDay(instant, timeZone);
  if (day === localDay(new Date(now), timeZone)) return time;
  const date: Intl.DateTimeFormatOptions = day.slice(0, 4) === localDay(new Date(now), timeZone).slice(0, 4)
    ? { day: 'numeric', month: 'short' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return withTime ? { ...date, ...time } : date;
}

/** For a message in its thread: "14:02", "6 Dec, 14:02". */
export function sentAt(instant: string, now: number): string {
  const zone = browserTimeZone();
  return formatDateTime(instant, zone, sentTimeFormat(instant, now, zone, true));
}

/** For a conversation in the list: "14:02", "6 Dec". */
export function sentOn(instant: string, now: number): string {
  const zone = browserTimeZone();
  return formatDateTime(instant, zone, sentTimeFormat(instant, now, zone, false));
}
