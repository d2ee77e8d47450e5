import type { Path } from 'react-hook-form';
import type { MedicalHistoryEntryChanges, Patient } from '@/api/patients';
import { storedDay } from './dates';

/** One entry as the form holds it; `_id` is absent for an entry not saved yet. */
export interface EntryValues {
  _id?: string;
  condition: string;
  diagnosisDate: string;
  notes: string;
}

/** Named like the API's field, so that `medicalHistory.1.diagnosisDate` problems need no mapping. */
export interface MedicalHistoryValues {
  medicalHistory: EntryValues[];
}

export const emptyEntry: EntryValues = { condition: '', diagnosisDate: '', notes: '' };

export function toFormValues(patient: Patient): MedicalHistoryValues {
  return {
    medicalHistory: patient.medicalHistory.map((entry) => ({
      _id: entry._id,
      condition: entry.condition,
      diagnosisDate: storedDay(entry.diagnosisDate),
      notes: entry.notes,
    })),
  };
}

/** The whole list the PATCH replaces the history with: kept entries carry their `_id`. */
export function toChanges({ medicalHistory }: MedicalHistoryValues): MedicalHistoryEntryChanges[] {
  return medicalHistory.map(({ _id, condition, diagnosisDate, notes }) => ({
    ...(_id ? { _id } : {}),
    condition: condition.trim(),
    diagnosisDate: diagnosisDate || null,
    notes,
  }));
}

/** The fields the server may report problems on, for `count` entries. */
export function entryFieldPaths(count: number): Path<MedicalHistoryValues>[] {
  return Array.from({ length: count }, (_, index) =>
    (['_id', 'condition', 'diagnosisDate', 'notes'] as const).map(
      (field) => `medicalHistory.${index}.${field}` as const,
    ),
  ).flat();
}
