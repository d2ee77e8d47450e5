import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '@/api/teleconsultations';
import {
  emptyLine, itemDetails, prescriptionFieldPaths, prescriptionRole, prescriptionValues,
  toPrescriptionInput,
} from './prescriptionRules';

const paracetamol = {
  medication: 'Paracétamol 500 mg', dosage: '1 comprimé', frequency: '3 fois par jour', duration: '5 jours',
  instructions: '',
};

describe('the prescription form', () => {
  it('starts from one blank line without a prescription', () => {
    expect(prescriptionValues({ prescriptionItems: [], prescriptionNotes: null }))
      .toEqual({ items: [emptyLine], notes: '' });
  });

  it('starts from the prescription written so far, blank where the doctor left a field out', () => {
    const values = prescriptionValues({
      prescriptionItems: [paracetamol, { medication: 'Ibuprofène 200 mg' }], prescriptionNotes: 'Repos.',
    });
    expect(values.items).toEqual([paracetamol, { ...emptyLine, medication: 'Ibuprofène 200 mg' }]);
    expect(values.notes).toBe('Repos.');
  });

  it('sends every text trimmed, and no optional field or notes left blank', () => {
    const input = toPrescriptionInput({
      items: [
        { medication: '  Paracétamol 500 mg ', dosage: ' 1 comprimé', frequency: '', duration: '   ', instructions: 'Au repas.\n' },
        { ...emptyLine, medication: 'Ibuprofène 200 mg' },
      ],
      notes: '  \n ',
    });
    expect(input).toEqual({
      items: [
        { medication: 'Paracétamol 500 mg', dosage: '1 comprimé', instructions: 'Au repas.' },
        { medication: 'Ibuprofène 200 mg' },
      ],
    });
    expect(toPrescriptionInput({ items: [paracetamol], notes: ' Repos.\nBoire beaucoup. ' }).notes)
      .toBe('Repos.\nBoire beaucoup.');
  });

  it('takes the server’s problems on the notes and on each field of each line', () => {
    const paths = prescriptionFieldPaths(2);
    expect(paths).toContain('notes');
    expect(paths).toContain('items.0.medication');
    expect(paths).toContain('items.1.instructions');
    expect(paths).not.toContain('items.2.medication');
    expect(paths).toHaveLength(11);
  });

  it('shows the parts of a line the doctor filled in', () => {
    expect(itemDetails(paracetamol)).toBe('1 comprimé — 3 fois par jour — 5 jours');
    expect(itemDetails({ medication: 'Ibuprofène 200 mg', dosage: '', frequency: 'le soir' })).toBe('le soir');
  });
});

describe('who writes the prescription', () => {
  const room = (state: RoomStatus['state']) =>
    ({ doctorId: 'doctor-1', room: { state, opensAt: '2026-12-01T07:45:00.000Z', closesAt: '2026-12-01T09:30:00.000Z' } });

  it('is the consultation’s doctor, once its room has opened', () => {
    expect(prescriptionRole(room('scheduled'), 'doctor-1')).toBe('wait');
    expect(prescriptionRole(room('open'), 'doctor-1')).toBe('write');
    expect(prescriptionRole(room('closed'), 'doctor-1')).toBe('write');
  });

  it('is nobody for a canceled appointment; the patient only reads it', () => {
    expect(prescriptionRole(room('canceled'), 'doctor-1')).toBe('read');
    expect(prescriptionRole(room('open'), 'patient-1')).toBe('read');
  });
});
