import { describe, expect, it } from 'vitest';
import { isConsultationMinutes, isOptionalFee } from './formRules';

describe('the workspace’s number rules', () => {
  it('takes 10 to 240 minutes in steps of 5', () => {
    for (const minutes of ['10', '45', '240']) expect(isConsultationMinutes(minutes), minutes).toBe(true);
    for (const minutes of ['', '5', '42', '245', '4.5e1', '30.0', '-30']) {
      expect(isConsultationMinutes(minutes), minutes).toBe(false);
    }
  });

  it('takes no fee, or one from 0 to 100,000', () => {
    for (const fee of ['', '0', '45.5', '100000']) expect(isOptionalFee(fee), fee).toBe(true);
    for (const fee of ['-1', '100000.01', 'abc']) expect(isOptionalFee(fee), fee).toBe(false);
  });
});
