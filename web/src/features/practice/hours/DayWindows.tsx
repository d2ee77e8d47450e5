import { useId, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '@/api/doctors';
import { suggestedWindow, type HoursValues } from './availabilityForm';
import { WindowRowEditor } from './WindowRowEditor';
import '../practice.css';

interface DayWindowsProps {
  day: Weekday;
  /** A problem of the whole day, like the server's overlapping windows. */
  problem: string | undefined;
  canAdd: boolean;
}

/** The windows of one weekday, with buttons to add and remove them. */
export function DayWindows({ day, problem, canAdd }: DayWindowsProps) {
  const { t } = useTranslation('practice');
  const { control, getValues } = useFormContext<HoursValues>();
  const { fields, append, remove } = useFieldArray({ control, name: `days.${day}` });
  const addButton = useRef<HTMLButtonElement>(null);
  const problemId = useId();
  const dayName = t(`weekdays.${day}`);
  return (
    <fieldset className="practice-day" aria-describedby={problem ? problemId : undefined}>
      <legend>{dayName}</legend>
      {problem && <p className="field-error" id={problemId}>{problem}</p>}
      {fields.length === 0 ? (
        <p className="muted">{t('hours.closed')}</p>
      ) : (
        <ol className="practice-windows">
          {fields.map((field, index) => (
            <WindowRowEditor key={field.id} day={day} index={index} count={fields.length} onRemove={() => {
              remove(index);
              // The removed row took the focus with it: stay in this day.
              addButton.current?.focus();
            }} />
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button button-small button-secondary" disabled={!canAdd}
              onClick={() => append(suggestedWindow(getValues(`days.${day}`)))}>
        <span className="visually-hidden">{t('hours.addLabel', { day: dayName })}</span>
        <span aria-hidden="true">{t('hours.add')}</span>
      </button>
    </fieldset>
  );
}
