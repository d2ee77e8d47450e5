import { describe, expect, it } from 'vitest';
import { changeableOnline, changeDeadline } from './changeDeadline';

const policy = { minimumNoticeMinutes: 120, changeNoticeMinutes: 240 };
const now = Date.parse('2026-12-08T08:00:00.000Z');
const hours = (count: number) => new Date(now + count * 3_600_000).toISOString();

describe('until when an appointment can be changed online', () => {
  it('is the change notice before the start', () => {
    expect(changeDeadline('2026-12-08T13:00:00.000Z', policy)).toBe('2026-12-08T09:00:00.000Z');
  });

  it('leaves a slot beyond the change notice changeable until its deadline, the deadline itself included', () => {
    const deadline = changeDeadline(hours(5), policy);
    expect(changeableOnline(deadline, now)).toBe(true);
    expect(changeableOnline(deadline, Date.parse(deadline))).toBe(true);
    expect(changeableOnline(deadline, Date.parse(deadline) + 1)).toBe(false);
  });

  it('leaves a slot within the change notice, bookable after the shorter minimum notice, never changeable online', () => {
    // Three hours ahead: past the minimum notice of 2 hours, within the change notice of 4.
    expect(changeableOnline(changeDeadline(hours(3), policy), now)).toBe(false);
  });
});
