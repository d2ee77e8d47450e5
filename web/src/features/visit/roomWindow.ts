// When a room opens, in the words of the person waiting for it, on their own clock.
import type { RoomStatus } from '@/api/teleconsultations';
import { formatDate, formatTime, localDay } from '@/lib/time';

export interface OpeningTime {
  /** The time on the user's clock, like "09:45". */
  time: string;
  /** The day, when it is not today, like "Tuesday 1 December 2026". */
  date: string | null;
}

/** When the room opens, in the user's time zone: the time, and the day unless it is today. */
export function openingTime(opensAt: string, timeZone: string, now: number): OpeningTime {
  const sameDay = localDay(opensAt, timeZone) === localDay(new Date(now), timeZone);
  return { time: formatTime(opensAt, timeZone), date: sameDay ? null : formatDate(opensAt, timeZone) };
}

/** The longest wait between two checks: timers cannot wait more than about 24 days anyway. */
const longestWaitMs = 6 * 60 * 60_000;

/**
 * How long to wait before asking the server again whether a scheduled room has opened: until
 * `opensAt` on this browser's clock (plus a second); `retryMs` when that has passed already (a
 * browser whose clock runs ahead of the server's must not ask in a loop). Null for a room that is
 * not waiting to open.
 */
export function untilOpening(room: RoomStatus, now: number, retryMs = 15_000): number | null {
  if (room.state !== 'scheduled') return null;
  const wait = Date.parse(room.opensAt) - now + 1_000;
  return wait > 0 ? Math.min(wait, longestWaitMs) : retryMs;
}
