// The slot calendar shows weeks of the patient's own days, while the server counts free slots by
// the doctor's calendar days: these helpers translate between the two.
import type { Slot } from '@/api/doctors';
import { addDays, localDay } from '@/lib/time';

const DAY_MS = 86_400_000;

/** The seven days (`YYYY-MM-DD`) of week `week`, week 0 starting on `today`. */
export function weekDays(today: string, week: number): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(today, week * 7 + index));
}

/**
 * The doctor's calendar days to ask for so that every slot falling on the patient's `days` is
 * included: two zones are at most 26 hours apart, so a patient's day lies within the doctor's
 * days from two before to two after it.
 */
export function doctorDayRange(days: string[]): { from: string; to: string } {
  return { from: addDays(days[0]!, -2), to: addDays(days[days.length - 1]!, 2) };
}

/** The slots starting on each of `days` in the patient's zone, in order. */
export function slotsByDay(slots: Slot[], days: string[], patientZone: string): Map<string, Slot[]> {
  const byDay = new Map(days.map((day) => [day, [] as Slot[]]));
  for (const slot of slots) byDay.get(localDay(slot.start, patientZone))?.push(slot);
  return byDay;
}

/** The week (0 for the one starting on `today`) that `day` falls in. */
export function weekOf(today: string, day: string): number {
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  return Math.max(0, Math.floor(days / 7));
}
