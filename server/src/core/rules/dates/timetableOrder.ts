// A timetable table whose dates run backwards at one row. Real timetables list their stages in order,
// so one date out of step among dates that otherwise run forward is almost always a slip in that date
// (the wrong month or year copied from an earlier tender). Only tables with a column headed "Date",
// "Deadline" or "Timescale" and at least three dated rows are read; the row reported is the one whose
// removal puts every other date in order. Two or more steps back, or a step that either of two rows
// could explain, may be a table that is not chronological (lots, options): quiet.

import { findDates } from '../../context/dates';
import type { Passage } from '../../model';
import { gridOf } from '../../tables';

export interface OutOfOrder {
  cell: Passage;
  from: number;
  to: number;
  iso: string;
  /** The dated rows on either side, for the message. */
  before?: { iso: string; label: string };
  after?: { iso: string; label: string };
}

const DATE_HEADER = /\bdates?\b|\bdeadlines?\b|\btimescales?\b|\bwhen\b|\bby\b/i;
const MAX_ROWS = 200;

interface DatedRow {
  cell: Passage;
  from: number;
  to: number;
  iso: string;
  label: string;
}

export function outOfOrder(cells: readonly Passage[]): OutOfOrder | undefined {
  const grid = gridOf(cells);
  const header = grid[0] ?? [];
  const column = header.findIndex((h) => h && DATE_HEADER.test(h.text));
  if (column < 0 || grid.length > MAX_ROWS) return undefined;
  const rows: DatedRow[] = [];
  for (const row of grid.slice(1)) {
    const cell = row?.[column];
    if (!cell) continue;
    const date = findDates(cell.text).find((d) => d.precision === 'day');
    if (!date) continue;
    const label = row.filter((c, i) => c && i !== column).map((c) => c.text.trim()).join(' ').slice(0, 60);
    rows.push({ cell, from: date.start, to: date.end, iso: date.iso, label });
  }
  if (rows.length < 3) return undefined;
  const steps = rows.flatMap((r, i) => (i > 0 && r.iso < rows[i - 1].iso ? [i] : []));
  if (steps.length !== 1) return undefined;
  const i = steps[0];
  const inOrderWithout = (k: number) => rows.filter((_, j) => j !== k).every((r, j, rest) => j === 0 || rest[j - 1].iso <= r.iso);
  const candidates = [i - 1, i].filter(inOrderWithout);
  if (candidates.length !== 1) return undefined;
  const k = candidates[0];
  const around = (j: number) => (rows[j] ? { iso: rows[j].iso, label: rows[j].label } : undefined);
  return { ...rows[k], before: around(k - 1), after: around(k + 1) };
}
