import { describe, expect, it } from 'vitest';
import type { Doctor } from '@/api/doctors';
import { toDoctorChanges, toProfileValues } from './profileValues';
import { rppsProblem } from './rppsNumber';

const doctor = {
  specialty: 'general-practice', experience: 12, location: 'Paris', price: 30, consultationMinutes: 30,
  timezone: 'Europe/Paris', about: null, phone: '+33143550000', accessNotes: null, languages: ['fr', 'en'],
  consultationModes: ['inPerson'], rppsNumber: null, prepayment: 'none',
  address: { street: '3 rue de la République', postcode: '75011', city: 'Paris', country: 'FR',
             line: '3 rue de la République, 75011 Paris' },
} as Doctor;

describe('the practice profile form', () => {
  it('shows the practice phone as people read it and sends it back in E.164', () => {
    const values = toProfileValues(doctor);
    expect(values.phone).toBe('01 43 55 00 00');
    expect(toDoctorChanges({ ...values, phone: '01 43 55 66 77' }, doctor).phone).toBe('+33143556677');
    expect(toDoctorChanges({ ...values, phone: ' ' }, doctor).phone).toBeNull();
  });

  it('sends the address whole, an emptied one as null, and a new one in France unless told otherwise', () => {
    const values = toProfileValues(doctor);
    expect(toDoctorChanges({ ...values, street: ' 12 rue de la Roquette ' }, doctor).address)
      .toEqual({ street: '12 rue de la Roquette', postcode: '75011', city: 'Paris', country: 'FR' });
    expect(toDoctorChanges({ ...values, street: '', postcode: '', city: '' }, doctor).address).toBeNull();
    expect(toProfileValues({ ...doctor, address: null }).country).toBe('FR');
  });

  it('sends the specialty only when the doctor changed it, so a text from before the catalogue stays', () => {
    const legacy = { ...doctor, specialty: 'Médecin du sport et de la montagne' };
    expect(toDoctorChanges(toProfileValues(legacy), legacy)).not.toHaveProperty('specialty');
    expect(toDoctorChanges({ ...toProfileValues(legacy), specialty: 'sports-medicine' }, legacy).specialty)
      .toBe('sports-medicine');
    expect(toDoctorChanges({ ...toProfileValues(doctor), specialty: '' }, doctor).specialty).toBeNull();
  });

  it('sends the ways the doctor consults in the app’s order, and the RPPS number without its spaces', () => {
    const values = toProfileValues(doctor);
    expect(values.consultationModes).toEqual(['inPerson']);
    expect(values.rppsNumber).toBe('');
    expect(toDoctorChanges(values, doctor).rppsNumber).toBeNull();
    const changes = toDoctorChanges({ ...values, consultationModes: ['video', 'inPerson'],
                                      rppsNumber: ' 100 034 567 86 ' }, doctor);
    expect(changes.consultationModes).toEqual(['inPerson', 'video']);
    expect(changes.rppsNumber).toBe('10003456786');
    expect(toProfileValues({ ...doctor, rppsNumber: '10003456786' }).rppsNumber).toBe('10003456786');
  });

  it('sends the payment when booking only when the doctor changed it', () => {
    // An instance that no longer takes payments hides the choice and would refuse it.
    const prepaid = { ...doctor, prepayment: 'video' } as const;
    expect(toDoctorChanges(toProfileValues(prepaid), prepaid)).not.toHaveProperty('prepayment');
    expect(toDoctorChanges({ ...toProfileValues(doctor), prepayment: 'all' }, doctor).prepayment).toBe('all');
  });

  it('checks an RPPS number as the server does: 11 digits, the last the Luhn check digit', () => {
    expect(rppsProblem('')).toBeNull();
    expect(rppsProblem('10003456786')).toBeNull();
    expect(rppsProblem('100 034 567 86')).toBeNull();
    expect(rppsProblem('10000000009')).toBeNull();
    expect(rppsProblem('10003456789')).toBe('checkDigit');
    expect(rppsProblem('1000345678')).toBe('length');
    expect(rppsProblem('100034567860')).toBe('length');
    expect(rppsProblem('1000345678A')).toBe('length');
  });
});
