// The agenda's calendar grid: each day a column of 5-minute rows on the doctor's wall clock, from
// the first hour shown to the last. Pure layout, so that it is tested without a browser.

/** A stretch of one day, [start, end) in minutes since its midnight on the doctor's wall clock. */
export interface Span {
  start: number;
  end: number;
}

export const dayMinutes = 24 * 60;

/** Minutes since midnight of a wall-clock time "HH:MM". */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The grid's rows last this long: consultations and visit reasons last multiples of 5 minutes. */
export const rowMinutes = 5;

/** The whole hours the grid shows, from `first` to `last` (excluded). */
export interface HourBounds {
  first: number;
  last: number;
}

/** Shown when there is nothing to fit: a usual working day. */
const workingDay: HourBounds = { first: 8, last: 18 };

/** The hours that show each span whole, or a usual working day when there is none. */
export function hourBounds(spans: readonly Span[]): HourBounds {
  if (spans.length === 0) return workingDay;
  const first = Math.floor(Math.min(...spans.map((span) => span.start)) / 60);
  const last = Math.ceil(Math.max(...spans.map((span) => span.end)) / 60);
  return { first, last: Math.max(last, first + 1) };
}

export function rowCount({ first, last }: HourBounds): number {
  return ((last - first) * 60) / rowMinutes;
}

/** The CSS grid lines a span runs between (`grid-row: from / to`), at least one row. */
export interface Rows {
  from: number;
  to: number;
}

/** The rows a span covers, cut to the hours shown (null when it lies outside them). */
export function rowsOf(span: Span, { first, last }: HourBounds): Rows | null {
  const top = first * 60;
  const start = Math.max(span.start, top);
  const end = Math.min(span.end, last * 60);
  if (end <= start) return null;
  const from = 1 + Math.floor((start - top) / rowMinutes);
  return { from, to: Math.max(from + 1, 1 + Math.ceil((end - top) / rowMinutes)) };
}

/** An item placed beside those it overlaps: column `lane` of `lanes` equal columns. */
export type Placed<Item> = { item: Item; lane: number; lanes: number };

/**
 * Puts overlapping spans side by side, in start order (the longer first at the same start): the
 * spans that overlap one another, directly or through others, share their group's columns, and
 * each takes the first column free at its start.
 */
export function sideBySide<Item extends Span>(items: readonly Item[]): Placed<Item>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: Placed<Item>[] = [];
  let group: Placed<Item>[] = [];
  let laneEnds: number[] = [];
  const closeGroup = () => {
    for (const member of group) member.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (group.length > 0 && item.start >= Math.max(...laneEnds)) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    const entry = { item, lane, lanes: 1 };
    group.push(entry);
    placed.push(entry);
  }
  closeGroup();
  return placed;
}
