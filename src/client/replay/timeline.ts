/**
 * Moving along a replay's timeline by year, from the record's year boundaries (state indexes,
 * see src/record yearBoundaries): which year a state belongs to, the next and previous year's
 * start, and where a state sits on the K chart (a year's actions spread between its two points).
 */
import type { YearBoundary } from '../../record/index.js';

/** Year b covers the states [start, end); the last state (game over) belongs to the last year. */
export function yearIndexAt(boundaries: readonly YearBoundary[], index: number): number {
  let found = 0;
  boundaries.forEach((b, i) => {
    if (b.start <= index) found = i;
  });
  return found;
}

/** PageDown: the next year's first state, or the end. */
export function nextYearStart(boundaries: readonly YearBoundary[], index: number, length: number): number {
  const next = boundaries.find((b) => b.start > index);
  return next ? next.start : length;
}

/** PageUp: this year's first state, or the previous year's when already there. */
export function previousYearStart(boundaries: readonly YearBoundary[], index: number): number {
  const starts = boundaries.map((b) => b.start).filter((s) => s < index);
  return starts.length > 0 ? starts[starts.length - 1]! : 0;
}

/**
 * The K chart's x for a state, in chart points (0 = the start, n = the end of the nth year):
 * inside a year the actions are spread evenly between its two points.
 */
export function chartPosition(boundaries: readonly YearBoundary[], index: number): number {
  const i = yearIndexAt(boundaries, index);
  const b = boundaries[i];
  if (!b) return 0;
  if (b.end === null) return i;
  if (index >= b.end) return i + 1;
  const span = b.end - b.start;
  return span > 0 ? i + (index - b.start) / span : i;
}
