// A payment in the user's language: its status, how it was paid and its refund, as the payment
// lines and the list of payments say them.
import type { Payment } from '@/api/payments';
import i18n from '@/i18n';
import { browserTimeZone, formatDate, formatPrice, formatTime } from '@/lib/time';
import { paymentStatusWord } from './paymentRules';

type PaymentLineFields = Pick<Payment, 'amount' | 'currency' | 'status' | 'failureReason' | 'paymentMethod' | 'refundStatus' | 'refundedAt'>;

export function paymentStatusText(payment: Pick<Payment, 'status' | 'failureReason'>): string {
  return i18n.t(`payments:status.${paymentStatusWord(payment)}`);
}

/** How the patient paid, or chose to pay; null until they chose. */
export function paymentMethodText({ paymentMethod }: Pick<Payment, 'paymentMethod'>): string | null {
  return paymentMethod && i18n.t(`payments:methods.${paymentMethod}`);
}

/** The refund of a paid booking that was canceled, or null: "Refund requested", "Refunded on 6 December 2026". */
export function refundText({ refundStatus, refundedAt }: Pick<Payment, 'refundStatus' | 'refundedAt'>): string | null {
  if (refundStatus === 'completed' && refundedAt) {
    return i18n.t('payments:refund.completed', { date: formatDate(refundedAt, browserTimeZone(), { dateStyle: 'long' }) });
  }
  return refundStatus && i18n.t('payments:refund.pending');
}

/** Until when a pending payment can be made, on the patient's clock: "Not paid yet: you have until 14:35…". */
export function paymentDueText({ dueBy }: Pick<Payment, 'dueBy'>): string {
  return i18n.t('payments:due', { time: formatTime(dueBy, browserTimeZone()) });
}

/** The whole payment in a line: "€30.00 · Paid · Card · Refund requested". */
export function paymentLine(payment: PaymentLineFields): string {
  return [formatPrice(payment.amount, payment.currency), paymentStatusText(payment), paymentMethodText(payment),
          refundText(payment)].filter(Boolean).join(' · ');
}
