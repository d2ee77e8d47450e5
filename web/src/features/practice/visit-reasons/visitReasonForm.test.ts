import { describe, expect, it } from 'vitest';
import type { VisitReason } from '@/api/doctors';
import { newVisitReasonValues, toVisitReasonChanges, toVisitReasonValues } from './visitReasonForm';

const reason: VisitReason = {
  _id: '6760c3d4e5f6012345678901',
  doctorId: '6740a1b2c3d4e5f601234568',
  name: 'Première consultation',
  durationMinutes: 45,
  price: 50,
  currency: 'EUR',
  mode: 'video',
  newPatients: false,
  instructions: 'Apportez vos derniers examens.',
  createdAt: '2026-11-20T14:02:11.512Z',
  updatedAt: '2026-11-20T14:02:11.512Z',
};

describe('the visit reason form', () => {
  it('starts a new reason as the doctor’s usual consultation', () => {
    const blank = newVisitReasonValues(30, ['inPerson', 'video']);
    expect(blank).toEqual({
      name: '', durationMinutes: '30', price: '', mode: 'inPerson', patients: 'all', instructions: '',
    });
    expect(toVisitReasonChanges({ ...blank, name: '  Vaccination ' })).toEqual({
      name: 'Vaccination', durationMinutes: 30, price: null, mode: 'inPerson', newPatients: true, instructions: '',
    });
    // A doctor who consults by video only: the server would refuse a reason at the practice.
    expect(newVisitReasonValues(20, ['video']).mode).toBe('video');
  });

  it('gives back the reason it edits, and an emptied fee as null', () => {
    const values = toVisitReasonValues(reason);
    expect(values).toEqual({
      name: 'Première consultation', durationMinutes: '45', price: '50', mode: 'video', patients: 'known',
      instructions: 'Apportez vos derniers examens.',
    });
    expect(toVisitReasonChanges(values)).toEqual({
      name: 'Première consultation', durationMinutes: 45, price: 50, mode: 'video', newPatients: false,
      instructions: 'Apportez vos derniers examens.',
    });
    expect(toVisitReasonChanges({ ...values, price: '' }).price).toBeNull();
    expect(toVisitReasonValues({ ...reason, price: null, currency: null }).price).toBe('');
  });
});
