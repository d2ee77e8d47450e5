import { describe, expect, it } from 'vitest';
import { doctorDayRange, slotsByDay, weekDays, weekOf } from './slotWeeks';

const slot = (start: string) => ({ start, end: start, local: '' });

describe('the slot calendar’s weeks', () => {
  it('puts each slot on the patient’s own day', () => {
    // 23:30 in Paris on 1 December is 17:30 the same day in New York, 07:30 the next day in Tokyo.
    const late = slot('2026-12-01T22:30:00.000Z');
    const days = weekDays('2026-12-01', 0);
    expect(slotsByDay([late], days, 'America/New_York').get('2026-12-01')).toEqual([late]);
    expect(slotsByDay([late], days, 'Asia/Tokyo').get('2026-12-02')).toEqual([late]);
  });

  it('asks the server for two doctor’s days either side of the patient’s week', () => {
    expect(doctorDayRange(weekDays('2026-12-28', 0))).toEqual({ from: '2026-12-26', to: '2027-01-05' });
  });

  it('finds the week of a day', () => {
    expect(weekOf('2026-12-01', '2026-12-07')).toBe(0);
    expect(weekOf('2026-12-01', '2026-12-08')).toBe(1);
    expect(weekOf('2026-12-01', '2026-11-20')).toBe(0);
  });
});
