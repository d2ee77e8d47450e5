import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';
import { normalizePhone, PHONE_PATTERN } from './patterns';

describe('safeNext', () => {
  it('keeps paths of this app and refuses other sites', () => {
    expect(safeNext('/doctors/abc?slot=1')).toBe('/doctors/abc?slot=1');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});

describe('phone numbers', () => {
  it('accepts a number typed with spaces, dots or dashes', () => {
    expect(normalizePhone('+33 6 12.34-56 78')).toBe('+33612345678');
    expect(PHONE_PATTERN.test(normalizePhone('+33 6 12 34 56 78'))).toBe(true);
    expect(PHONE_PATTERN.test('0612345678')).toBe(false);
  });
});
