// Off to the payment provider's page: the booking step's and the Pay now button's way there.
import type { Appointment } from '@/api/appointments';
import { noneIfNotFound } from '@/api/client';
import { paymentsApi, type PaymentMethod } from '@/api/payments';

/** The provider's page to pay on; every checkout the server answers has one. */
export async function providerPageUrl(paymentId: string, method: PaymentMethod): Promise<string> {
  const { checkoutUrl } = await paymentsApi.checkout(paymentId, method);
  if (!checkoutUrl) throw new Error(`the checkout of ${paymentId} gave no page to pay on`);
  return checkoutUrl;
}

/** What follows a booking: nothing to pay now, the provider's page, or the page of a payment still to make. */
export type BookingOutcome =
  | { next: 'booked'; appointment: Appointment }
  | { next: 'provider'; url: string }
  | { next: 'payment'; paymentId: string };

/**
 * Whether the booking just made is paid now, as the server says: the doctor's page the patient
 * booked from may be older than their prepayment setting. `method` is what the patient chose to
 * pay with; null when the booking step did not expect a payment (its page then says how to pay).
 */
export async function afterBooking(appointment: Appointment, method: PaymentMethod | null): Promise<BookingOutcome> {
  const payment = await paymentsApi.ofAppointment(appointment._id).catch(noneIfNotFound);
  if (payment?.status !== 'pending') return { next: 'booked', appointment };
  if (method === null) return { next: 'payment', paymentId: payment._id };
  return { next: 'provider', url: await providerPageUrl(payment._id, method) };
}
