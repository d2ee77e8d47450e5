import { describe, expect, it } from 'vitest';
import { mondayOf, wallTime, weekdayOf, zonedInstant } from './zonedTime';
import { agendaRange } from './agenda/agendaRange';

describe('zonedInstant', () => {
  it('reads a wall-clock time in winter and in summer', () => {
    expect(zonedInstant('2026-12-01', '09:30', 'Europe/Paris').toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(zonedInstant('2026-07-01', '09:30', 'Europe/Paris').toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(zonedInstant('2026-07-01', '09:30', 'America/New_York').toISOString()).toBe('2026-07-01T13:30:00.000Z');
  });

  it('pushes a time in the spring gap forward by the gap', () => {
    // 02:30 does not happen in Paris on 29 March 2026: clocks jump from 02:00 to 03:00.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier of a time that happens twice in the fall', () => {
    // 02:30 happens twice in Paris on 25 October 2026: first in summer time (UTC+2).
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('crosses the date line', () => {
    expect(zonedInstant('2026-12-01', '08:00', 'Pacific/Auckland').toISOString()).toBe('2026-11-30T19:00:00.000Z');
  });
});

describe('wallTime, mondayOf and weekdayOf', () => {
  it('shows an instant on a zone’s clock', () => {
    expect(wallTime('2026-12-01T08:30:00.000Z', 'Europe/Paris')).toBe('09:30');
    expect(wallTime('2026-12-01T00:15:00.000Z', 'America/Los_Angeles')).toBe('16:15');
  });

  it('finds the Monday of any day of the week', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('names the weekday of a day as availability windows do', () => {
    expect(weekdayOf('2026-11-23')).toBe('monday');
    expect(weekdayOf('2026-11-29')).toBe('sunday');
  });
});

describe('agendaRange', () => {
  it('bounds a week of the doctor’s days, including the short day of the clock change', () => {
    const week = agendaRange('week', '2026-03-26', 'Europe/Paris');
    expect(week.days).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27',
                               '2026-03-28', '2026-03-29']);
    expect(week.from).toBe('2026-03-22T23:00:00.000Z');
    expect(week.to).toBe('2026-03-29T22:00:00.000Z');
  });

  it('bounds one day', () => {
    expect(agendaRange('day', '2026-12-01', 'Asia/Tokyo')).toEqual({
      days: ['2026-12-01'], from: '2026-11-30T15:00:00.000Z', to: '2026-12-01T15:00:00.000Z',
    });
  });
});
