import { describe, expect, it } from 'vitest';
import type { MedicalRecord } from '@/api/medicalRecords';
import { formatSize, previewKind, shareableDoctors, sharedRecordsAbout, typeLabel } from './recordViews';

const record = (patientId: string, doctorId: string, shared: string[] = []): MedicalRecord => ({
  _id: `${patientId}-${doctorId}`, patientId, doctorId,
  patient: { _id: patientId, name: 'Lucie Fontaine' },
  doctor: { _id: doctorId, name: 'Hélène Martin', specialty: null },
  records: [],
  sharedWith: shared.map((id) => ({ doctorId: id, name: id, sharedAt: '2026-12-01T09:00:00.000Z' })),
  createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z',
});

const doctor = (id: string) => ({ _id: id, name: id, appointmentCount: 1, lastAppointmentDate: '2026-12-01T09:00:00.000Z' });

describe('records as the pages show them', () => {
  it('previews PDFs and the images browsers show, not HEIC or text', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/jpeg')).toBe('image');
    expect(previewKind('image/webp')).toBe('image');
    expect(previewKind('image/heic')).toBeNull();
    expect(previewKind('text/plain')).toBeNull();
  });

  it('names sizes and types in short', () => {
    expect(formatSize(820, 'en-GB')).toBe('820 bytes');
    expect(formatSize(1_230, 'en-GB')).toBe('1.2 kB');
    expect(formatSize(12_300, 'en-GB')).toBe('12 kB');
    // French puts a narrow no-break space before the unit.
    expect(formatSize(3_400_000, 'fr-FR').replace(/\s/gu, ' ')).toBe('3,4 Mo');
    expect(formatSize(250_000, 'en-GB')).toBe('250 kB');
    expect(typeLabel('application/pdf')).toBe('PDF');
    expect(typeLabel('application/x-new')).toBe('application/x-new');
  });

  it('offers to share with the patient’s other doctors only', () => {
    const shared = record('p1', 'd1', ['d2']);
    expect(shareableDoctors([doctor('d1'), doctor('d2'), doctor('d3')], shared).map((d) => d._id)).toEqual(['d3']);
  });

  it('shows a doctor the records about a patient that other doctors shared', () => {
    const records = [record('p1', 'd1'), record('p1', 'd2'), record('p2', 'd3')];
    expect(sharedRecordsAbout(records, 'p1', 'd1').map((r) => r._id)).toEqual(['p1-d2']);
  });
});
