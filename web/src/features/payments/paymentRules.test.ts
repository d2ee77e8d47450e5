import { describe, expect, it } from 'vitest';
import { confirmationWaitMs, payable, paymentStatusWord, prepaymentApplies, returnPageState } from './paymentRules';

const dueBy = '2026-12-06T10:15:00.000Z';
const beforeDue = Date.parse(dueBy) - 60_000;
const afterDue = Date.parse(dueBy) + 1;
const pending = { status: 'pending', failureReason: null, dueBy } as const;

describe('paying when booking', () => {
  it('applies to every booking, to video ones, or to none, as the doctor asks', () => {
    expect(prepaymentApplies('all', 'inPerson')).toBe(true);
    expect(prepaymentApplies('all', 'video')).toBe(true);
    expect(prepaymentApplies('video', 'video')).toBe(true);
    expect(prepaymentApplies('video', 'inPerson')).toBe(false);
    expect(prepaymentApplies('none', 'video')).toBe(false);
  });

  it('says a failed payment by why it failed', () => {
    expect(paymentStatusWord(pending)).toBe('pending');
    expect(paymentStatusWord({ status: 'completed', failureReason: null })).toBe('completed');
    expect(paymentStatusWord({ status: 'failed', failureReason: 'expired' })).toBe('expired');
    expect(paymentStatusWord({ status: 'failed', failureReason: 'canceled' })).toBe('canceled');
    expect(paymentStatusWord({ status: 'failed', failureReason: 'amount_mismatch' })).toBe('amountMismatch');
  });

  it('can be paid while pending and before its deadline only', () => {
    expect(payable(pending, beforeDue)).toBe(true);
    expect(payable(pending, afterDue)).toBe(false);
    expect(payable({ ...pending, status: 'completed' }, beforeDue)).toBe(false);
  });
});

describe('the page the provider sends the patient back to', () => {
  it('waits a minute for the provider’s confirmation after the patient paid', () => {
    const since = beforeDue - 10_000;
    expect(returnPageState(pending, 'paid', beforeDue, since)).toBe('confirming');
    expect(returnPageState(pending, 'paid', since + confirmationWaitMs, since)).toBe('unconfirmed');
    // Money arriving late is still waited for: the server completes the payment and refunds it.
    expect(returnPageState(pending, 'paid', afterDue, afterDue)).toBe('confirming');
    expect(returnPageState({ ...pending, status: 'completed' }, 'paid', beforeDue, since)).toBe('completed');
  });

  it('says a payment not made is still due until its deadline, then that the booking goes', () => {
    expect(returnPageState(pending, 'canceled', beforeDue, beforeDue)).toBe('unpaid');
    expect(returnPageState(pending, null, beforeDue, beforeDue)).toBe('unpaid');
    expect(returnPageState(pending, 'canceled', afterDue, beforeDue)).toBe('overdue');
  });

  it('says what became of a payment that is settled, whatever the provider said', () => {
    expect(returnPageState({ ...pending, status: 'completed' }, 'canceled', afterDue, 0)).toBe('completed');
    expect(returnPageState({ ...pending, status: 'failed', failureReason: 'expired' }, 'paid', beforeDue, beforeDue))
      .toBe('expired');
    expect(returnPageState({ ...pending, status: 'failed', failureReason: 'canceled' }, null, beforeDue, 0))
      .toBe('canceled');
    expect(returnPageState({ ...pending, status: 'failed', failureReason: 'amount_mismatch' }, 'paid', beforeDue, 0))
      .toBe('amountMismatch');
  });
});
