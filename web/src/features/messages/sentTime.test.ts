import { describe, expect, it } from 'vitest';
import { sentTimeFormat } from './sentTime';

const now = Date.parse('2026-12-06T10:00:00.000Z');
const zone = 'Europe/Paris';

describe('when a message was sent', () => {
  it('is its time alone today, on the browser’s clock', () => {
    expect(sentTimeFormat('2026-12-05T23:30:00.000Z', now, zone, true)).toEqual({ hour: '2-digit', minute: '2-digit' });
  });

  it('is its day before today, with the time in a thread', () => {
    expect(sentTimeFormat('2026-12-05T22:30:00.000Z', now, zone, false)).toEqual({ day: 'numeric', month: 'short' });
    expect(sentTimeFormat('2026-12-05T22:30:00.000Z', now, zone, true))
      .toEqual({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  });

  it('says the year only when it is not this one', () => {
    expect(sentTimeFormat('2025-12-31T12:00:00.000Z', now, zone, false))
      .toEqual({ day: 'numeric', month: 'short', year: 'numeric' });
  });
});
