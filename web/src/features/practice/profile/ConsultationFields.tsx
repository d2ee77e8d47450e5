import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { consultationModes } from '@/lib/consultationModes';
import { Field } from '@/ui/Field';
import type { ProfileValues } from './profileValues';
import { rppsProblem } from './rppsNumber';

/** How the doctor consults (at least one way), as patients see it and search by it. */
export function ConsultationModesField({ form }: { form: UseFormReturn<ProfileValues> }) {
  const { t } = useTranslation('practice');
  const hintId = useId();
  const errorId = useId();
  const error = form.formState.errors.consultationModes?.message;
  return (
    <fieldset className={error ? 'field-invalid' : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend>{t('profile.modes')}</legend>
      <p className="field-hint" id={hintId}>{t('profile.modesHint')}</p>
      <div className="practice-modes">
        {consultationModes.map((mode) => (
          <label key={mode} className="choice">
            <input type="checkbox" value={mode} aria-invalid={error ? true : undefined}
                   {...form.register('consultationModes', {
                     validate: (modes) => modes.length > 0 || t('profile.modesRequired'),
                   })} />
            {t(`profile.modeOptions.${mode}`)}
          </label>
        ))}
      </div>
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </fieldset>
  );
}

/** The RPPS number, checked as the server checks it: 11 digits, the last a check digit. */
export function RppsNumberField({ form }: { form: UseFormReturn<ProfileValues> }) {
  const { t } = useTranslation('practice');
  return (
    <Field label={t('profile.rpps')} hint={t('profile.rppsHint')} error={form.formState.errors.rppsNumber?.message}>
      <input className="practice-medium" inputMode="numeric" autoComplete="off" {...form.register('rppsNumber', {
        validate: (value) => {
          const problem = rppsProblem(value);
          return problem === null || t(problem === 'length' ? 'profile.rppsLength' : 'profile.rppsCheckDigit');
        },
      })} />
    </Field>
  );
}
