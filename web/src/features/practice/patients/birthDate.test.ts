import { describe, expect, it } from 'vitest';
import { ageOn } from './birthDate';

describe('ageOn', () => {
  it('counts a year more from the birthday on', () => {
    expect(ageOn('1990-05-17', '2026-05-16')).toBe(35);
    expect(ageOn('1990-05-17', '2026-05-17')).toBe(36);
    expect(ageOn('1990-05-17', '2026-12-01')).toBe(36);
  });

  it('makes someone born on 29 February a year older on 1 March', () => {
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
  });
});
