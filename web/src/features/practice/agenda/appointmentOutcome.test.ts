import { describe, expect, it } from 'vitest';
import { awaitsOutcome } from './appointmentOutcome';

describe('awaitsOutcome', () => {
  const start = '2026-12-01T08:00:00.000Z';
  const at = (instant: string) => Date.parse(instant);

  it('offers completed and no-show from the start of a confirmed appointment on', () => {
    expect(awaitsOutcome({ status: 'confirmed', appointmentDate: start }, at('2026-12-01T07:59:59.999Z'))).toBe(false);
    expect(awaitsOutcome({ status: 'confirmed', appointmentDate: start }, at(start))).toBe(true);
    expect(awaitsOutcome({ status: 'confirmed', appointmentDate: start }, at('2026-12-08T08:00:00.000Z'))).toBe(true);
  });

  it('offers nothing once the outcome is known or the appointment canceled', () => {
    for (const status of ['completed', 'noShow', 'canceled'] as const) {
      expect(awaitsOutcome({ status, appointmentDate: start }, at('2026-12-01T09:00:00.000Z'))).toBe(false);
    }
  });
});
