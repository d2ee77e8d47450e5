import { describe, expect, it } from 'vitest';
import { blankPracticeBooking, toPracticeBooking } from './practiceBookingForm';

const start = '2026-12-01T08:00:00.000Z';

describe('toPracticeBooking', () => {
  it('books a known patient by id, with the reason and trimmed notes', () => {
    expect(toPracticeBooking({ ...blankPracticeBooking, patientId: 'p1', reasonId: 'r1', notes: ' Fever ' }, 'known', start))
      .toEqual({ appointmentDate: start, patientId: 'p1', reasonId: 'r1', notes: 'Fever' });
  });

  it('books a new patient with their phone as typed turned into E.164, and no empty fields', () => {
    const values = { ...blankPracticeBooking, patientId: 'ignored',
                     name: ' Léa Martin ', phone: '06 12 34 56 78', email: 'lea@example.com' };
    expect(toPracticeBooking(values, 'new', start)).toEqual({
      appointmentDate: start,
      patient: { name: 'Léa Martin', email: 'lea@example.com', phone: '+33612345678', language: 'fr' },
    });
  });
});
