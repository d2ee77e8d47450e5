import { describe, expect, it } from 'vitest';
import { chosenReasonId, withReason } from './useChosenReason';

const id = '6760c3d4e5f6012345678901';

describe('the visit reason in the URL', () => {
  it('reads an id, and nothing else', () => {
    expect(chosenReasonId(new URLSearchParams(`reason=${id}&week=1`))).toBe(id);
    expect(chosenReasonId(new URLSearchParams('reason=first-visit'))).toBeNull();
    expect(chosenReasonId(new URLSearchParams(`reason=${id.toUpperCase()}`))).toBeNull();
    expect(chosenReasonId(new URLSearchParams('week=1'))).toBeNull();
  });

  it('drops the slot chosen for the previous reason, and keeps the week', () => {
    const before = new URLSearchParams('reason=6760c3d4e5f6012345678999&slot=2026-12-01T08:00:00.000Z&week=2');
    expect(withReason(before, id).toString()).toBe(`reason=${id}&week=2`);
    expect(withReason(before, null).toString()).toBe('week=2');
    // The parameters it was given are left as they were.
    expect(before.get('slot')).toBe('2026-12-01T08:00:00.000Z');
  });
});
