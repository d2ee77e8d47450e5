import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '@/api/doctors';
import { Field } from '@/ui/Field';
import { overlapsAnother, type HoursValues } from './availabilityForm';

interface WindowRowEditorProps {
  day: Weekday;
  index: number;
  /** How many windows the day has: a change in one may end another's overlap. */
  count: number;
  onRemove: () => void;
}

/** One working window: its start and end on the doctor's wall clock, and a way to remove it. */
export function WindowRowEditor({ day, index, count, onRemove }: WindowRowEditorProps) {
  const { t } = useTranslation('practice');
  const { register, formState: { errors } } = useFormContext<HoursValues>();
  const rowErrors = errors.days?.[day]?.[index];
  const context = { day: t(`weekdays.${day}`), number: index + 1 };
  const startOf = (row: number) => `days.${day}.${row}.startTime` as const;
  const endPath = `days.${day}.${index}.endTime` as const;
  const otherStarts = Array.from({ length: count }, (_, row) => startOf(row)).filter((_, row) => row !== index);
  // The visible label is short; screen readers get the day and window number too.
  const label = (full: string, short: string) => (
    <>
      <span className="visually-hidden">{full}</span>
      <span aria-hidden="true">{short}</span>
    </>
  );
  return (
    <li className="practice-window">
      <Field label={label(t('hours.startLabel', context), t('hours.start'))} error={rowErrors?.startTime?.message}>
        <input type="time" {...register(startOf(index), {
          required: t('hours.required'),
          validate: (_, values) => !overlapsAnother(values.days[day], index) || t('hours.overlaps'),
          deps: [endPath, ...otherStarts],
        })} />
      </Field>
      <Field label={label(t('hours.endLabel', context), t('hours.end'))} error={rowErrors?.endTime?.message}>
        <input type="time" {...register(endPath, {
          required: t('hours.required'),
          validate: (end, values) => {
            const start = values.days[day][index]?.startTime;
            return !start || end > start || t('hours.endAfterStart');
          },
          deps: [startOf(index), ...otherStarts],
        })} />
      </Field>
      <button type="button" className="button button-small button-secondary practice-remove" onClick={onRemove}>
        <span className="visually-hidden">{t('hours.removeLabel', context)}</span>
        <span aria-hidden="true">{t('hours.remove')}</span>
      </button>
    </li>
  );
}
