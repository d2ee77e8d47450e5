import { describe, expect, it } from 'vitest';
import type { MedicalRecord } from '@/api/medicalRecords';
import { shareableDoctors, sharedRecordsAbout } from './recordViews';

const record = (patientId: string, doctorId: string, shared: string[] = []): MedicalRecord => ({
  _id: `${patientId}-${doctorId}`, patientId, doctorId,
  patient: { _id: patientId, name: 'Lucie Fontaine' },
  doctor: { _id: doctorId, name: 'Hélène Martin', specialty: null },
  records: [],
  sharedWith: shared.map((id) => ({ doctorId: id, name: id, sharedAt: '2026-12-01T09:00:00.000Z' })),
  createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z',
});

const doctor = (id: string) => ({ _id: id, name: id, appointmentCount: 1, lastAppointmentDate: '2026-12-01T09:00:00.000Z' });

describe('sharing records', () => {
  it('offers to share with the patient’s other doctors only', () => {
    const shared = record('p1', 'd1', ['d2']);
    expect(shareableDoctors([doctor('d1'), doctor('d2'), doctor('d3')], shared).map((d) => d._id)).toEqual(['d3']);
  });

  it('shows a doctor the records about a patient that other doctors shared', () => {
    const records = [record('p1', 'd1'), record('p1', 'd2'), record('p2', 'd3')];
    expect(sharedRecordsAbout(records, 'p1', 'd1').map((r) => r._id)).toEqual(['p1-d2']);
  });
});
