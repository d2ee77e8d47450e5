import { describe, expect, it } from 'vitest';
import { formatPhone, phoneSearchText, toE164 } from './phone';

describe('phone numbers as people type them', () => {
  it('reads a French number in its national form, with spaces, dots or dashes', () => {
    expect(toE164('06 12 34 56 78')).toBe('+33612345678');
    expect(toE164('06.12.34.56.78')).toBe('+33612345678');
    expect(toE164('0612345678')).toBe('+33612345678');
    expect(toE164(' 01-23-45-67-89 ')).toBe('+33123456789');
  });

  it('reads a number with its country code, French or not', () => {
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(toE164('+33612345678')).toBe('+33612345678');
    expect(toE164('+44 20 7946 0958')).toBe('+442079460958');
    expect(toE164('+1 (415) 555-2671')).toBe('+14155552671');
    // The international prefix dialled from France.
    expect(toE164('00 44 20 7946 0958')).toBe('+442079460958');
  });

  it('refuses what cannot be a phone number', () => {
    expect(toE164('')).toBeNull();
    expect(toE164('06 12 34')).toBeNull();
    expect(toE164('06 12 34 56 7')).toBeNull();
    expect(toE164('06 12 34 56 78 90')).toBeNull();
    expect(toE164('+33 6 12')).toBeNull();
    expect(toE164('call 06 12 34 56 78')).toBeNull();
    expect(toE164('06 12 34 56 78 ext. 12')).toBeNull();
    expect(toE164('not a number')).toBeNull();
  });

  it('shows a stored number as a person reads it', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhone('+14155552671')).toBe('+1 415 555 2671');
    expect(formatPhone('+999')).toBe('+999');
  });

  it('reads back what it shows', () => {
    for (const stored of ['+33612345678', '+442079460958', '+14155552671']) {
      expect(toE164(formatPhone(stored))).toBe(stored);
    }
  });
});

describe('phoneSearchText', () => {
  it('turns a French number, whole or begun, into the start of its E.164 form', () => {
    expect(phoneSearchText('06 12 34 56 78')).toBe('+33612345678');
    expect(phoneSearchText('06.12.34')).toBe('+3361234');
    expect(phoneSearchText('00 44 20')).toBe('+4420');
    expect(phoneSearchText('+33 6 12')).toBe('+33612');
  });

  it('keeps other digits without their separators, and text as it is', () => {
    expect(phoneSearchText(' 56 78 ')).toBe('5678');
    expect(phoneSearchText('Durand')).toBe('Durand');
    expect(phoneSearchText('c.durand@example.test')).toBe('c.durand@example.test');
  });
});
