// Tables as rules read them: the table-cell passages of one table, and its cells as a grid of rows.
// Cells carry their row and column (model.ts); a new table starts where the cells stop or start over.

import type { Passage } from './model';

/** Splits consecutive table-cell passages into tables. */
export function tablesOf(passages: readonly Passage[]): Passage[][] {
  const tables: Passage[][] = [];
  let current: Passage[] = [];
  let last: Passage | undefined;
  for (const p of passages) {
    const starts = !last?.cell || !p.cell || p.cell.row < last.cell.row || (p.cell.row === last.cell.row && p.cell.column <= last.cell.column);
    if (p.kind !== 'tableCell' || !p.cell) {
      if (current.length > 0) tables.push(current);
      current = [];
      last = undefined;
      continue;
    }
    if (starts && current.length > 0) {
      tables.push(current);
      current = [];
    }
    current.push(p);
    last = p;
  }
  if (current.length > 0) tables.push(current);
  return tables;
}

/** The cells of one table by row and column (row 0 is the header); missing cells are holes. */
export function gridOf(cells: readonly Passage[]): Passage[][] {
  const grid: Passage[][] = [];
  for (const c of cells) (grid[c.cell!.row] ??= [])[c.cell!.column] = c;
  return grid;
}
