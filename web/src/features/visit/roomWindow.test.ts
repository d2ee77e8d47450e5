import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { openingTime, untilOpening } from './roomWindow';

const opensAt = '2026-12-01T08:45:00.000Z';
const room = { state: 'scheduled' as const, opensAt, closesAt: '2026-12-01T10:30:00.000Z' };

describe('when the room opens', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('is said on the user’s clock, with the day when it is not today', async () => {
    await i18n.changeLanguage('en');
    expect(openingTime(opensAt, 'Europe/Paris', Date.parse('2026-12-01T07:00:00.000Z'))).toEqual({ time: '09:45', date: null });
    expect(openingTime(opensAt, 'America/New_York', Date.parse('2026-12-01T07:00:00.000Z')).time).toBe('03:45');
    const tomorrow = openingTime(opensAt, 'Europe/Paris', Date.parse('2026-11-30T07:00:00.000Z'));
    expect(tomorrow.date).toMatch(/^Tuesday,? 1 December 2026$/);
    await i18n.changeLanguage('fr');
    expect(openingTime(opensAt, 'Europe/Paris', Date.parse('2026-11-30T07:00:00.000Z')).date).toBe('mardi 1 décembre 2026');
  });

  it('is asked about again at the opening, and later when the clocks disagree', () => {
    expect(untilOpening(room, Date.parse(opensAt) - 60_000)).toBe(61_000);
    expect(untilOpening(room, Date.parse(opensAt) + 5_000)).toBe(15_000);
    expect(untilOpening(room, Date.parse(opensAt) - 30 * 24 * 60 * 60_000)).toBe(6 * 60 * 60_000);
    expect(untilOpening({ ...room, state: 'open' }, Date.parse(opensAt))).toBeNull();
  });
});
