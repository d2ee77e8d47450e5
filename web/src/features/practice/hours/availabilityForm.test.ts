import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import { overlappingDay, overlapsAnother, rowFields, toAvailability, toHoursValues } from './availabilityForm';

describe('the weekly hours form', () => {
  it('brings a server problem on availability.N back to the row it came from', () => {
    const values = toHoursValues([
      { day: 'tuesday', startTime: '14:00', endTime: '18:00' },
      { day: 'monday', startTime: '09:00', endTime: '12:00' },
      { day: 'tuesday', startTime: '08:00', endTime: '12:00' },
    ]);
    const { availability, rows } = toAvailability(values);
    expect(availability).toEqual([
      { day: 'monday', startTime: '09:00', endTime: '12:00' },
      { day: 'tuesday', startTime: '08:00', endTime: '12:00' },
      { day: 'tuesday', startTime: '14:00', endTime: '18:00' },
    ]);
    const { fieldNames } = rowFields(rows);
    expect(fieldNames['availability.2.endTime']).toBe('days.tuesday.1.endTime');
  });

  it('reads the day of an overlap problem, and sees overlaps but not windows that touch', () => {
    const refused = (code: string, params?: Record<string, string>) =>
      new ApiError(400, 'validation_failed', 'invalid', {
        problems: { availability: { code, message: 'in English', ...(params ? { params } : {}) } },
      });
    expect(overlappingDay(refused('overlapping_windows', { day: 'friday' }))).toBe('friday');
    expect(overlappingDay(refused('not_an_array'))).toBeUndefined();
    expect(overlappingDay(new ApiError(400, 'validation_failed', 'invalid'))).toBeUndefined();
    const rows = [{ startTime: '09:00', endTime: '12:00' }, { startTime: '12:00', endTime: '14:00' },
                  { startTime: '13:00', endTime: '15:00' }];
    expect(overlapsAnother(rows, 0)).toBe(false);
    expect(overlapsAnother(rows, 1)).toBe(true);
  });
});
