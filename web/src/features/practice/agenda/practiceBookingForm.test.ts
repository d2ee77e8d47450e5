import { describe, expect, it } from 'vitest';
import { blankPracticeBooking, toPracticeBooking } from './practiceBookingForm';

const start = '2026-12-01T08:00:00.000Z';

describe('toPracticeBooking', () => {
  it('books a known patient by id, with the reason and trimmed notes', () => {
    const values = { ...blankPracticeBooking, patientId: 'p1', reasonId: 'r1', notes: ' Fever ' };
    expect(toPracticeBooking(values, 'known', start, ['inPerson', 'video']))
      .toEqual({ appointmentDate: start, patientId: 'p1', reasonId: 'r1', notes: 'Fever' });
  });

  it('books a new patient with their phone as typed turned into E.164, and no empty fields', () => {
    const values = { ...blankPracticeBooking, patientId: 'ignored',
                     name: ' Léa Martin ', phone: '06 12 34 56 78', email: 'lea@example.com' };
    expect(toPracticeBooking(values, 'new', start, ['inPerson'])).toEqual({
      appointmentDate: start,
      mode: 'inPerson',
      patient: { name: 'Léa Martin', email: 'lea@example.com', phone: '+33612345678', language: 'fr' },
    });
  });

  it('books without a reason in the mode chosen, else the doctor’s first', () => {
    const known = { ...blankPracticeBooking, patientId: 'p1' };
    expect(toPracticeBooking({ ...known, mode: 'video' }, 'known', start, ['inPerson', 'video']).mode).toBe('video');
    expect(toPracticeBooking(known, 'known', start, ['video', 'inPerson']).mode).toBe('inPerson');
    expect(toPracticeBooking(known, 'known', start, ['video']).mode).toBe('video');
    // A choice the doctor no longer offers: their own way.
    expect(toPracticeBooking({ ...known, mode: 'video' }, 'known', start, ['inPerson']).mode).toBe('inPerson');
  });
});
