import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/Field';
import { today, useDayHint } from './dates';
import type { MedicalHistoryValues } from './medicalHistoryValues';

interface MedicalHistoryEntryFieldsetProps {
  index: number;
  form: UseFormReturn<MedicalHistoryValues>;
  onRemove: () => void;
}

/** One entry of the history: its fields, named after the entry so each label is unique. */
export function MedicalHistoryEntryFieldset({ index, form, onRemove }: MedicalHistoryEntryFieldsetProps) {
  const { t } = useTranslation('profile');
  const number = index + 1;
  const errors = form.formState.errors.medicalHistory?.[index];
  const dayHint = useDayHint();
  const diagnosisDate = useWatch({ control: form.control, name: `medicalHistory.${index}.diagnosisDate` });
  // Sighted users read the entry from the legend; the suffix tells it to screen readers and to
  // voice control, where "Condition" alone would be ambiguous.
  const ofEntry = <span className="visually-hidden"> {t('history.ofEntry', { number })}</span>;
  const maxLength = (count: number) => ({
    value: count,
    message: t('accounts:validation.maxLength', { count }),
  });

  return (
    <fieldset className="profile-entry">
      <legend>{t('history.entry', { number })}</legend>
      {/* The entry itself is at fault (removed meanwhile in another tab, say), not one of its fields. */}
      {errors?._id && <p className="field-error">{errors._id.message}</p>}
      <Field label={<>{t('history.condition')}{ofEntry}</>} error={errors?.condition?.message}>
        <input {...form.register(`medicalHistory.${index}.condition`, {
          validate: (value) => value.trim() !== '' || t('accounts:validation.required'),
          maxLength: maxLength(200),
        })} />
      </Field>
      <Field label={<>{t('history.diagnosisDate')}{ofEntry}</>} hint={dayHint(diagnosisDate, t('history.diagnosisDateHint'))}
             error={errors?.diagnosisDate?.message}>
        {/* max only guides the date picker: the server says whether a typed date is in the future. */}
        <input type="date" max={today()} {...form.register(`medicalHistory.${index}.diagnosisDate`)} />
      </Field>
      <Field label={<>{t('history.notes')}{ofEntry}</>} error={errors?.notes?.message}>
        <textarea rows={2} {...form.register(`medicalHistory.${index}.notes`, { maxLength: maxLength(2000) })} />
      </Field>
      <div className="form-actions">
        <button type="button" className="button button-small button-secondary" onClick={onRemove}>
          {t('history.remove')}{ofEntry}
        </button>
      </div>
    </fieldset>
  );
}
