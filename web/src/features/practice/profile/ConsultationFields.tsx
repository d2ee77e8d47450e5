import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Prepayment } from '@/api/doctors';
import { consultationModes } from '@/lib/consultationModes';
import { usePaymentMethods, usePaymentMinutes } from '@/features/payments/PaymentMethodChoice';
import { ChoiceFieldset } from '@/ui/ChoiceFieldset';
import { Field } from '@/ui/Field';
import type { ProfileValues } from './profileValues';
import { rppsProblem } from './rppsNumber';

const prepaymentChoices: readonly Prepayment[] = ['none', 'video', 'all'];

/** How the doctor consults (at least one way), as patients see it and search by it. */
export function ConsultationModesField({ form }: { form: UseFormReturn<ProfileValues> }) {
  const { t } = useTranslation('practice');
  const error = form.formState.errors.consultationModes?.message;
  return (
    <ChoiceFieldset legend={t('profile.modes')} hint={t('profile.modesHint')} error={error}>
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
    </ChoiceFieldset>
  );
}

/**
 * Which bookings patients pay as they book; only where the instance takes payments. The server
 * checks the rest (a fee set, a payment method offered) and its problems show under the choice.
 */
export function PrepaymentField({ form }: { form: UseFormReturn<ProfileValues> }) {
  const { t } = useTranslation('practice');
  const methods = usePaymentMethods();
  const paymentMinutes = usePaymentMinutes();
  if (methods.length === 0 || paymentMinutes === undefined) return null;
  const error = form.formState.errors.prepayment?.message;
  return (
    <ChoiceFieldset legend={t('profile.prepayment')} error={error}
                    hint={t('profile.prepaymentHint', { minutes: paymentMinutes })}>
      {prepaymentChoices.map((choice) => (
        <label key={choice} className="choice">
          <input type="radio" value={choice} aria-invalid={error ? true : undefined} {...form.register('prepayment')} />
          {t(`profile.prepaymentOptions.${choice}`)}
        </label>
      ))}
    </ChoiceFieldset>
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
