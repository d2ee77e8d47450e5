import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ApiError } from '@/api/client';
import { consultationFee, consultationLengths, modeRefused, reasonsChanged } from './visitReasons';

const doctor = { price: 60, currency: 'EUR' };

describe('a visit reason as the patient books it', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('costs its own fee, else the doctor’s', async () => {
    await i18n.changeLanguage('fr');
    expect(consultationFee(doctor, { price: 45.5, currency: 'EUR' })).toBe('45,50\u00a0€');
    expect(consultationFee(doctor, { price: 0, currency: 'EUR' })).toBe('0,00\u00a0€');
    expect(consultationFee(doctor, { price: null, currency: null })).toBe('60,00\u00a0€');
    await i18n.changeLanguage('en');
    expect(consultationFee(doctor, null)).toBe('€60.00');
    expect(consultationFee({ price: null, currency: null }, null)).toBeNull();
  });

  it('lasts from the shortest to the longest of the reasons, else the doctor’s consultation', () => {
    expect(consultationLengths(30, [{ durationMinutes: 45 }, { durationMinutes: 15 }, { durationMinutes: 30 }]))
      .toEqual({ shortest: 15, longest: 45 });
    expect(consultationLengths(30, [])).toEqual({ shortest: 30, longest: 30 });
  });

  it('is refused as changed when the server no longer knows it or now asks for one', () => {
    const problem = (code: string) => new ApiError(400, 'validation_failed', 'invalid',
                                                   { fields: { reasonId: code }, problems: { reasonId: { code, message: code } } });
    expect(reasonsChanged(problem('unknown_visit_reason'))).toBe(true);
    expect(reasonsChanged(problem('required'))).toBe(true);
    expect(reasonsChanged(new ApiError(409, 'reason_for_known_patients', 'known patients only',
                                       { fields: { reasonId: 'is for patients the doctor has already seen' } })))
      .toBe(false);
    expect(reasonsChanged(new ApiError(400, 'validation_failed', 'invalid', { fields: { notes: 'too long' } })))
      .toBe(false);
  });

  it('is refused for its mode when the doctor no longer consults that way or the reason’s mode changed', () => {
    const problem = (code: string) => new ApiError(
      400, 'validation_failed', 'invalid', { fields: { mode: code }, problems: { mode: { code, message: code } } });
    expect(modeRefused(problem('mode_not_offered'))).toBe(true);
    expect(modeRefused(problem('one_of'))).toBe(true);
    expect(reasonsChanged(problem('mode_not_offered'))).toBe(false);
    expect(modeRefused(new ApiError(400, 'validation_failed', 'invalid', { fields: { notes: 'too long' } })))
      .toBe(false);
  });
});
