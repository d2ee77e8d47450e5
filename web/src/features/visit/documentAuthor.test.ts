import { describe, expect, it } from 'vitest';
import { documentAuthor } from './documentAuthor';

const teleconsultation = { doctorId: 'doctor-1' };

describe('who attached a document', () => {
  it('is the signed-in user, whichever party they are', () => {
    expect(documentAuthor({ addedBy: 'doctor-1' }, teleconsultation, 'doctor-1')).toBe('you');
    expect(documentAuthor({ addedBy: 'patient-1' }, teleconsultation, 'patient-1')).toBe('you');
  });

  it('is otherwise the doctor or the patient', () => {
    expect(documentAuthor({ addedBy: 'doctor-1' }, teleconsultation, 'patient-1')).toBe('doctor');
    expect(documentAuthor({ addedBy: 'patient-1' }, teleconsultation, 'doctor-1')).toBe('patient');
  });
});
