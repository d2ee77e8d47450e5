// A slot calendar (English): going to the next week, and its first free time.
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/** A free time's button starts with its time, "09:30". */
export const SLOT_TIME = /^\d{2}:\d{2}/;

/** The week the calendar shows, "7 December to 13 December". */
export const WEEK_RANGE = /^\d{1,2} \S+ to \d{1,2} \S+$/;

/**
 * Goes to the next week and waits until it shows: until then the first free time found would be
 * the week before's (which has some on the early days of a week).
 */
export async function showNextWeek(calendar: Locator) {
  const range = calendar.getByText(WEEK_RANGE);
  const shown = await range.textContent();
  await calendar.getByRole('button', { name: 'Next week' }).click();
  await expect(range).not.toHaveText(shown ?? '');
  await expect(calendar.getByRole('button', { name: SLOT_TIME }).first()).toBeVisible();
}

/** The first free time the calendar offers, and the instant it starts. */
export async function firstSlot(calendar: Locator): Promise<{ button: Locator; start: string }> {
  const button = calendar.getByRole('button', { name: SLOT_TIME }).first();
  const start = await button.locator('time').getAttribute('datetime');
  expect(start).toBeTruthy();
  return { button, start: start! };
}
