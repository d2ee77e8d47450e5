import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Payment, PaymentMethod } from '@/api/payments';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { providerPageUrl } from './checkout';
import { PaymentMethodChoice, usePaymentMethodChoice } from './PaymentMethodChoice';
import './payments.css';

/** A pending payment's way to the provider's page, for its patient: how to pay, then off to pay there. */
export function PayNow({ payment }: { payment: Payment }) {
  const { t } = useTranslation('payments');
  const choice = usePaymentMethodChoice(payment.paymentMethod);
  const checkout = useMutation({
    mutationFn: (method: PaymentMethod) => providerPageUrl(payment._id, method),
    // The provider's page is another site: the app is left for it.
    onSuccess: (url) => window.location.assign(url),
  });
  const { method } = choice;
  if (method === null) return null;
  // Until the provider's page replaces this one, a second click would only ask again.
  const leaving = checkout.isPending || checkout.isSuccess;
  return (
    <form className="payments-pay" noValidate onSubmit={(event) => {
      event.preventDefault();
      checkout.mutate(method);
    }}>
      <PaymentMethodChoice choice={choice} />
      <ErrorAlert error={checkout.error} />
      <button type="submit" className="button" disabled={leaving}>
        {leaving ? t('payNow.leaving') : t('payNow.submit')}
      </button>
    </form>
  );
}
