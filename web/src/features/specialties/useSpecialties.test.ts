import { describe, expect, it } from 'vitest';
import type { Specialty } from '@/api/doctors';
import { namedAndSorted } from './useSpecialties';

const catalogue: Specialty[] = [
  { specialty: 'physiotherapy', names: { fr: 'Kinésithérapie', en: 'Physiotherapy' }, title: null, count: 1 },
  { specialty: 'ent', names: { fr: 'ORL', en: 'Ear, nose and throat' }, title: 'Dr', count: 0 },
  { specialty: 'cardiology', names: { fr: 'Cardiologie', en: 'Cardiology' }, title: 'Dr', count: 2 },
  { specialty: 'endocrinology', names: { fr: 'Endocrinologie', en: 'Endocrinology' }, title: 'Dr', count: 1 },
];

describe('the specialty catalogue', () => {
  it('names each specialty in the language asked and sorts by that name', () => {
    expect(namedAndSorted(catalogue, 'fr').map((entry) => entry.name))
      .toEqual(['Cardiologie', 'Endocrinologie', 'Kinésithérapie', 'ORL']);
    expect(namedAndSorted(catalogue, 'en').map((entry) => entry.name))
      .toEqual(['Cardiology', 'Ear, nose and throat', 'Endocrinology', 'Physiotherapy']);
  });

  it('keeps the code, the title and the count with the name', () => {
    expect(namedAndSorted(catalogue, 'en')[0])
      .toEqual({ specialty: 'cardiology', names: catalogue[2]!.names, title: 'Dr', count: 2, name: 'Cardiology' });
  });
});
