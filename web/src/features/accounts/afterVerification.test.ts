import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberAfterVerification, takeAfterVerification } from './afterVerification';

/** The Storage methods the module uses, over a Map (the unit tests run without a page). */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the booking to come back to after verifying the email', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('gives the remembered path once', () => {
    rememberAfterVerification('/doctors/abc?slot=2026-12-01T08%3A00%3A00.000Z');
    expect(takeAfterVerification()).toBe('/doctors/abc?slot=2026-12-01T08%3A00%3A00.000Z');
    expect(takeAfterVerification()).toBeNull();
  });

  it('never sends the user to another site', () => {
    localStorage.setItem('medimeet.afterVerification', '//evil.example/');
    expect(takeAfterVerification()).toBeNull();
    localStorage.setItem('medimeet.afterVerification', 'https://evil.example/');
    expect(takeAfterVerification()).toBeNull();
  });

  it('does without storage', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    expect(() => rememberAfterVerification('/doctors/abc')).not.toThrow();
    expect(takeAfterVerification()).toBeNull();
  });
});
