import { describe, expect, it } from 'vitest';
import { afterClose, reconnectDelay, sessionEndedCode, stableAfterMs, wasStable } from './reconnect';

describe('reconnectDelay', () => {
  it('doubles from 1 s up to 30 s', () => {
    const longest = (attempt: number) => reconnectDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(longest)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('waits at random between half the ceiling and all of it', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(3, () => 0.5)).toBe(6_000);
    expect(reconnectDelay(9, () => 0)).toBe(15_000);
    for (let i = 0; i < 100; i += 1) {
      const delay = reconnectDelay(2);
      expect(delay).toBeGreaterThanOrEqual(2_000);
      expect(delay).toBeLessThanOrEqual(4_000);
    }
  });

  it('treats a negative attempt as the first', () => {
    expect(reconnectDelay(-3, () => 1)).toBe(1_000);
  });
});

describe('after a close', () => {
  it('reconnects unless the session ended', () => {
    expect(afterClose(sessionEndedCode)).toBe('sessionEnded');
    for (const code of [1000, 1001, 1006, 1008, 1009, 1011, 1012]) expect(afterClose(code)).toBe('reconnect');
  });

  it('counts a connection as stable once it stayed open, unless the server pushed it out', () => {
    expect(wasStable(stableAfterMs, 1001)).toBe(true);
    expect(wasStable(stableAfterMs - 1, 1006)).toBe(false);
    expect(wasStable(60_000, 1008)).toBe(false);
  });
});
