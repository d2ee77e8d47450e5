import { describe, expect, it } from 'vitest';
import { isTooLong } from './textLength';

describe('isTooLong', () => {
  it('counts characters as the server does: code points, once trimmed', () => {
    expect(isTooLong('é'.repeat(200), 200)).toBe(false);
    expect(isTooLong('💊'.repeat(200), 200)).toBe(false);
    expect(isTooLong('💊'.repeat(201), 200)).toBe(true);
    expect(isTooLong(`  ${'a'.repeat(200)}\n`, 200)).toBe(false);
  });
});
