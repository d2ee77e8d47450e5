import { describe, expect, it } from 'vitest';
import { hourBounds, rowCount, rowsOf, sideBySide } from './calendarGrid';

describe('hourBounds', () => {
  it('shows whole hours around everything to fit', () => {
    expect(hourBounds([{ start: 8 * 60 + 30, end: 12 * 60 }, { start: 14 * 60, end: 18 * 60 + 15 }]))
      .toEqual({ first: 8, last: 19 });
  });

  it('shows a usual working day when there is nothing to fit', () => {
    expect(hourBounds([])).toEqual({ first: 8, last: 18 });
  });

  it('shows at least one hour', () => {
    expect(hourBounds([{ start: 9 * 60, end: 9 * 60 }])).toEqual({ first: 9, last: 10 });
  });
});

describe('rowsOf', () => {
  const bounds = { first: 8, last: 18 };

  it('turns minutes into 5-minute rows from the first hour', () => {
    expect(rowCount(bounds)).toBe(120);
    expect(rowsOf({ start: 8 * 60, end: 8 * 60 + 30 }, bounds)).toEqual({ from: 1, to: 7 });
    expect(rowsOf({ start: 9 * 60 + 15, end: 10 * 60 }, bounds)).toEqual({ from: 16, to: 25 });
  });

  it('rounds odd minutes outwards, keeping at least one row', () => {
    expect(rowsOf({ start: 8 * 60 + 7, end: 8 * 60 + 8 }, bounds)).toEqual({ from: 2, to: 3 });
  });

  it('cuts what runs past the hours shown, and drops what lies outside them', () => {
    expect(rowsOf({ start: 0, end: 24 * 60 }, bounds)).toEqual({ from: 1, to: 121 });
    expect(rowsOf({ start: 17 * 60 + 30, end: 19 * 60 }, bounds)).toEqual({ from: 115, to: 121 });
    expect(rowsOf({ start: 6 * 60, end: 8 * 60 }, bounds)).toBeNull();
    expect(rowsOf({ start: 18 * 60, end: 19 * 60 }, bounds)).toBeNull();
  });
});

describe('sideBySide', () => {
  const span = (name: string, start: number, end: number) => ({ name, start, end });
  const layout = (spans: Array<{ name: string; start: number; end: number }>) =>
    sideBySide(spans).map(({ item, lane, lanes }) => [item.name, lane, lanes]);

  it('gives spans that do not overlap the whole width, touching edges included', () => {
    expect(layout([span('b', 30, 60), span('a', 0, 30)])).toEqual([['a', 0, 1], ['b', 0, 1]]);
  });

  it('puts overlapping spans side by side, the longer first', () => {
    // A canceled appointment and the one booked in its place, then a free slot after them.
    expect(layout([span('rebooked', 0, 30), span('canceled', 0, 45), span('free', 45, 75)]))
      .toEqual([['canceled', 0, 2], ['rebooked', 1, 2], ['free', 0, 1]]);
  });

  it('shares columns across a chain of overlaps, reusing a column once free', () => {
    expect(layout([span('a', 0, 60), span('b', 10, 30), span('c', 40, 90), span('d', 70, 80)]))
      .toEqual([['a', 0, 2], ['b', 1, 2], ['c', 1, 2], ['d', 0, 2]]);
  });
});
