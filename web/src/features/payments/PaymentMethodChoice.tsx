import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '@/api/payments';
import { useInstanceFeatures } from '@/app/useInstanceFeatures';
import { ChoiceFieldset } from '@/ui/ChoiceFieldset';
import './payments.css';

/** The ways this instance takes payments (those whose provider it is configured for); none until it said. */
export function usePaymentMethods(): PaymentMethod[] {
  return useInstanceFeatures().data?.paymentMethods ?? [];
}

/** How long this instance gives a patient to pay a booking (MEDIMEET_PAYMENT_TIMEOUT), in minutes. */
export function usePaymentMinutes(): number | undefined {
  return useInstanceFeatures().data?.paymentTimeoutMinutes;
}

export interface PaymentMethodState {
  methods: PaymentMethod[];
  /** The patient's choice, else `preferred`, else the first offered; null while none is offered. */
  method: PaymentMethod | null;
  choose: (method: PaymentMethod) => void;
}

/** How the patient will pay, among the methods offered; `preferred` is the one an earlier checkout chose. */
export function usePaymentMethodChoice(preferred: PaymentMethod | null = null): PaymentMethodState {
  const methods = usePaymentMethods();
  const [chosen, choose] = useState<PaymentMethod | null>(null);
  const method = [chosen, preferred].find((candidate) => candidate !== null && methods.includes(candidate))
    ?? methods[0] ?? null;
  return { methods, method, choose };
}

/** The methods offered as radio buttons: even a single one says how the patient will pay. */
export function PaymentMethodChoice({ choice }: { choice: PaymentMethodState }) {
  const { t } = useTranslation('payments');
  const name = useId();
  return (
    <ChoiceFieldset legend={t('methodChoice')} className="payments-methods">
      {choice.methods.map((offered) => (
        <label key={offered} className="choice">
          <input type="radio" name={name} value={offered} checked={offered === choice.method}
                 onChange={() => choice.choose(offered)} />
          {t(`methods.${offered}`)}
        </label>
      ))}
    </ChoiceFieldset>
  );
}
