// When a booking is paid as it is booked, and where a payment stands, as the server decides:
// the doctor's `prepayment` says which bookings, and a pending payment left unpaid by its `dueBy`
// fails and cancels its booking.
import type { ConsultationMode, Prepayment } from '@/api/doctors';
import type { Payment } from '@/api/payments';

/** How long the return page waits for the provider's confirmation before it says it is late. */
export const confirmationWaitMs = 60_000;

/** Whether a booking in `mode` with a doctor who asks for `prepayment` is paid as it is booked. */
export function prepaymentApplies(prepayment: Prepayment, mode: ConsultationMode): boolean {
  return prepayment === 'all' || (prepayment === 'video' && mode === 'video');
}

/** A payment's status in a word: a failed one by why it failed. */
export type PaymentStatusWord = 'pending' | 'completed' | 'expired' | 'canceled' | 'amountMismatch';

export function paymentStatusWord({ status, failureReason }: Pick<Payment, 'status' | 'failureReason'>): PaymentStatusWord {
  if (status !== 'failed') return status;
  if (failureReason === 'amount_mismatch') return 'amountMismatch';
  // A failure always has its reason; none would mean the deadline passed, the usual way to fail.
  return failureReason === 'canceled' ? 'canceled' : 'expired';
}

/**
 * What the page the provider sends the patient back to says: `confirming` while the provider's
 * word that they paid (`result=paid`) has not reached the server yet, `unconfirmed` once that took
 * longer than a minute; `unpaid` until `dueBy`, `overdue` after it until the server cancels the
 * booking; else the payment's own status.
 */
export type ReturnPageState = 'confirming' | 'unconfirmed' | 'unpaid' | 'overdue' | Exclude<PaymentStatusWord, 'pending'>;

export function returnPageState(payment: Pick<Payment, 'status' | 'failureReason' | 'dueBy'>, result: string | null,
                                now: number, confirmingSince: number): ReturnPageState {
  const word = paymentStatusWord(payment);
  if (word !== 'pending') return word;
  if (result === 'paid') return now - confirmingSince < confirmationWaitMs ? 'confirming' : 'unconfirmed';
  return payable(payment, now) ? 'unpaid' : 'overdue';
}

/** Whether the patient can still go and pay: pending and before its deadline (after it the server answers 409 payment_expired). */
export function payable(payment: Pick<Payment, 'status' | 'dueBy'>, now: number): boolean {
  return payment.status === 'pending' && now < Date.parse(payment.dueBy);
}
