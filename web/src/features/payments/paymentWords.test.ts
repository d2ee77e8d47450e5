import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { Payment } from '@/api/payments';
import { paymentDueText, paymentLine, refundText } from './paymentWords';

const paid = {
  amount: 30.5, currency: 'EUR', status: 'completed', failureReason: null, paymentMethod: 'creditCard',
  refundStatus: null, refundedAt: null, dueBy: '2026-12-06T10:15:00.000Z',
} as const satisfies Partial<Payment>;

// Days and times are read on the machine’s clock: the refund at noon UTC falls on 6 December from
// UTC−11 to UTC+11, and the deadline is matched by its form only.
describe('a payment in words', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('gives the amount, the status, the method and the refund in a line', async () => {
    await i18n.changeLanguage('en');
    expect(paymentLine(paid)).toBe('€30.50 · Paid · Card');
    expect(paymentLine({ ...paid, status: 'pending', paymentMethod: null })).toBe('€30.50 · Awaiting payment');
    expect(paymentLine({ ...paid, refundStatus: 'pending' })).toBe('€30.50 · Paid · Card · Refund requested');
    await i18n.changeLanguage('fr');
    expect(paymentLine({ ...paid, status: 'failed', failureReason: 'expired', paymentMethod: 'PayPal' }))
      .toBe('30,50\u00a0€ · Non payé à temps · PayPal');
  });

  it('says when the refund was made, once the provider confirmed it', async () => {
    const refunded = { refundStatus: 'completed', refundedAt: '2026-12-06T12:00:00.000Z' } as const;
    await i18n.changeLanguage('en');
    expect(refundText({ refundStatus: null, refundedAt: null })).toBeNull();
    expect(refundText(refunded)).toBe('Refunded on 6 December 2026');
    await i18n.changeLanguage('fr');
    expect(refundText(refunded)).toBe('Remboursé le 6 décembre 2026');
    expect(refundText({ refundStatus: 'pending', refundedAt: null })).toBe('Remboursement demandé');
  });

  it('says until when a pending payment can be made', async () => {
    await i18n.changeLanguage('en');
    expect(paymentDueText(paid)).toMatch(/^Not paid yet: you have until \d{2}:\d{2} to pay, or the booking will be canceled\.$/);
  });
});
