import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** What a booking costs when the doctor asks for it to be paid as it is booked; amounts in major units. */
export type Payment = Schemas['Payment'];
export type PaymentPage = Schemas['PaymentPage'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentQuery = NonNullable<operations['listPayments']['parameters']['query']>;

const payment = (id: string) => `/payments/${encodeURIComponent(id)}`;

export const paymentsApi = {
  /** The patient's payments, or for a doctor those of their appointments, newest first. */
  list: (query: PaymentQuery, signal?: AbortSignal) =>
    api.get<PaymentPage>(`/payments${queryString({ ...query })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Payment>(payment(id), signal),
  /** 404 for an appointment paid at the practice: no prepayment asked, or booked by the practice. */
  ofAppointment: (appointmentId: string, signal?: AbortSignal) =>
    api.get<Payment>(`/appointments/${encodeURIComponent(appointmentId)}/payment`, signal),
  /**
   * The provider's page to pay on (`checkoutUrl`); 409 payment_not_pending once paid or failed,
   * payment_expired past `dueBy`.
   */
  checkout: (id: string, paymentMethod: PaymentMethod) =>
    api.post<Payment>(`${payment(id)}/checkout`, { paymentMethod } satisfies Schemas['CheckoutInput']),
  /**
   * Back from the provider's page: the server asks the provider where the payment stands (a
   * PayPal order is captured then; Stripe says it by webhook) and returns it.
   */
  confirm: (id: string) => api.post<Payment>(`${payment(id)}/confirm`),
};
