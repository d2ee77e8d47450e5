import { describe, expect, it } from 'vitest';
import type { MedicalRecordEntry } from '@/api/medicalRecords';
import { descriptionLeft, descriptionMaxLength, entryDay, toChanges, toDraft, valuesOf } from './entryRules';

const entry: MedicalRecordEntry = {
  _id: 'e1', date: '2026-11-30T00:00:00.000Z', description: 'Bilan sanguin normal.', author: 'doctor',
  authorId: 'd1', attachments: [{ _id: 'f1', name: 'bilan.pdf', type: 'application/pdf', size: 1000 }],
  createdAt: '2026-11-30T10:00:00.000Z', updatedAt: '2026-11-30T10:00:00.000Z',
};

describe('the entry form', () => {
  it('counts the description as the server does: code points of the trimmed text', () => {
    expect(descriptionLeft('  Fièvre 👍 \n')).toBe(descriptionMaxLength - 8);
    expect(descriptionLeft('a'.repeat(descriptionMaxLength + 2))).toBe(-2);
  });

  it('dates a new entry today and an existing one by its calendar day', () => {
    expect(valuesOf(undefined, '2026-12-06')).toEqual({ date: '2026-12-06', description: '' });
    expect(valuesOf(entry, '2026-12-06')).toEqual({ date: '2026-11-30', description: 'Bilan sanguin normal.' });
    expect(entryDay({ date: '2026-11-30T23:30:00.000Z' })).toBe('2026-11-30');
  });

  it('sends a new entry trimmed, with its files', () => {
    expect(toDraft({ date: '2026-12-01', description: '  Vaccin grippe.\n' }, ['f1', 'f2']))
      .toEqual({ date: '2026-12-01', description: 'Vaccin grippe.', attachments: ['f1', 'f2'] });
  });

  it('sends only what changed of an entry', () => {
    expect(toChanges(entry, { date: '2026-11-30', description: 'Bilan sanguin normal. ' }, ['f1'])).toEqual({});
    expect(toChanges(entry, { date: '2026-11-29', description: 'Bilan sanguin normal.' }, ['f1']))
      .toEqual({ date: '2026-11-29' });
    expect(toChanges(entry, { date: '2026-11-30', description: 'Bilan à refaire.' }, []))
      .toEqual({ description: 'Bilan à refaire.', attachments: [] });
    expect(toChanges(entry, { date: '2026-11-30', description: 'Bilan sanguin normal.' }, ['f1', 'f2']))
      .toEqual({ attachments: ['f1', 'f2'] });
  });
});
