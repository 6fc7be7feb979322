// Weightings in an evaluation table. A table is checked only when it is plainly a weighting table (a
// column headed "Weighting", "%", "Marks" …) and every weight in it can be read. The weights at one level
// must make the table's own "Total" row, or 100% when the rows cover both price and quality; numbered
// sub-criteria (1.1, 1.2 under 1) must make their parent's weight, or 100% when they are weighted
// within it. Where the nesting cannot be read (unnumbered rows that may be sub-criteria of the row
// above), the rule stays quiet.

import type { Passage } from '../../model';
import { gridOf } from '../../tables';
import { commonUnit, coversWholeAward, formatWeight, PRICE_LABEL, QUALITY_LABEL, readWeight, sum, unitFromHeader, wholeOf, type WeightUnit } from './weightValue';

export interface WeightProblem {
  at: Passage;
  /** The last cell the finding covers, when it spans several in a row. */
  through?: Passage;
  message: string;
  data: Record<string, unknown>;
}

interface Row {
  label: string;
  key?: string;
  weight: number;
  unit: WeightUnit | 'bare';
  cell: Passage;
}

const WEIGHT_HEADER = /weight|%|per\s?cent|percent|\bmarks?\b|\bpoints?\b|\bscore\s+available|available\s+(?:score|marks)|max(?:imum)?\.?\s+(?:score|marks)/i;
const EVALUATION_HEADER = /criteri|question|evaluation|award|element|weight/i;
const TOTAL = /^(?:overall\s+|grand\s+)?total(?:\s+(?:weighting|weight|score|marks|points|available|%))?\s*:?$/i;
/** "1", "1.2", "2.1.3" at the start of the first cell, optionally after Q or a section sign. */
const NUMBERING = /^(?:Q|AC|Section\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=\s|$)/i;

const MAX_ROWS = 300;

export function weightTableProblems(cells: Passage[]): WeightProblem[] {
  const grid = gridOf(cells);
  const header = grid[0] ?? [];
  const byRow = rowWeightProblems(grid);
  if (byRow) return byRow;
  const weightColumns = header.flatMap((h, i) => (h && WEIGHT_HEADER.test(h.text) && !/ratio|split|sub[- ]?weight/i.test(h.text) ? [i] : []));
  // Two weight columns usually mean a weight and a sub-weight side by side: not read.
  if (weightColumns.length !== 1 || header.some((h) => h && /sub[- ]?weight/i.test(h.text))) return [];
  const column = weightColumns[0];
  if (!header.some((h) => h && EVALUATION_HEADER.test(h.text))) return [];
  const headerUnit = unitFromHeader(header[column].text);

  const rows: Row[] = [];
  const totals: Row[] = [];
  for (const row of grid.slice(1)) {
    const cell = row?.[column];
    if (!row || !cell) continue;
    const others = row.filter((c, i) => c && i !== column).map((c) => c.text.trim());
    const label = others.join(' ').trim();
    const weight = readWeight(cell.text);
    if (weight.kind === 'unknown') return [];
    const isTotal = others.some((t) => TOTAL.test(t));
    if (weight.kind === 'none') {
      if (isTotal) return [];
      continue;
    }
    const key = NUMBERING.exec(others[0] ?? '')?.[1];
    (isTotal ? totals : rows).push({ label, key, weight: weight.value, unit: weight.unit, cell });
  }
  // No evaluation table has hundreds of weighted rows; a generated one is not worth the quadratic work.
  if (rows.length < 2 || rows.length > MAX_ROWS || totals.length > 1) return [];
  const unit = commonUnit([...rows, ...totals], headerUnit);
  if (!unit) return [];
  const total = totals[0];
  const target = total?.weight ?? (coversWholeAward(rows.map((r) => r.label)) ? wholeOf(unit) : undefined);

  const numbered = rows.every((r) => r.key !== undefined) && rows.some((r) => r.key!.includes('.'));
  if (numbered) return numberedProblems(rows, unit, target, total, header[column]);
  if (rows.some((r) => r.key?.includes('.'))) return [];
  if (target === undefined) return [];
  const added = sum(rows.map((r) => r.weight));
  if (added === target) return [];
  // More than the whole may be a parent row followed by its unnumbered parts: not read.
  if (added > target && mayNest(rows)) return [];
  return [levelProblem(added, target, unit, total, header[column], 'The weightings in this table')];
}

function numberedProblems(rows: Row[], unit: WeightUnit, target: number | undefined, total: Row | undefined, headerCell: Passage): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const depthOf = (key: string) => key.split('.').length;
  for (const parent of rows) {
    const children = rows.filter((r) => r.key!.startsWith(parent.key! + '.') && depthOf(r.key!) === depthOf(parent.key!) + 1);
    if (children.length < 2) continue;
    const added = sum(children.map((c) => c.weight));
    // Sub-criteria may be weighted within their parent (adding to 100%) or as shares of the whole.
    if (added === parent.weight || added === wholeOf(unit)) continue;
    const keys = `${children[0].key}–${children[children.length - 1].key}`;
    problems.push({
      at: parent.cell,
      message: `Sub-criteria ${keys} add up to ${formatWeight(added, unit)}, not the ${formatWeight(parent.weight, unit)} given to ${parent.key}.`,
      data: { kind: 'sub-criteria', sum: added, expected: parent.weight },
    });
  }
  // A heading row with no weight of its own ("2 Quality", its parts weighted) counts as its parts.
  const topKeys = [...new Set(rows.map((r) => r.key!.split('.')[0]))];
  const top = topKeys.map((k) => rows.find((r) => r.key === k)?.weight ?? sum(rows.filter((r) => r.key!.startsWith(k + '.') && depthOf(r.key!) === 2).map((r) => r.weight)));
  if (top.length >= 2 && target !== undefined) {
    const added = sum(top);
    if (added !== target) problems.push(levelProblem(added, target, unit, total, headerCell, 'The top-level weightings in this table'));
  }
  return problems;
}

/** Some row is immediately followed by rows that add up to it: they may be its sub-criteria. */
function mayNest(rows: Row[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    let run = 0;
    for (let j = i + 1; j < rows.length && run < rows[i].weight; j++) {
      run = sum([run, rows[j].weight]);
      if (run === rows[i].weight && j > i + 1) return true;
    }
  }
  return false;
}

function levelProblem(added: number, target: number, unit: WeightUnit, total: Row | undefined, headerCell: Passage, what: string): WeightProblem {
  const against = total ? `the ${formatWeight(target, unit)} in its Total row` : formatWeight(target, unit);
  return {
    at: total?.cell ?? headerCell,
    message: `${what} add up to ${formatWeight(added, unit)}, not ${against}.`,
    data: { kind: 'table', sum: added, expected: target },
  };
}

/**
 * A table with one row per contract or lot and a column each for price and quality ("Quality %",
 * "Price %"): each row's weights must make 100%. Returns undefined when the table is not of that shape.
 */
function rowWeightProblems(grid: Passage[][]): WeightProblem[] | undefined {
  const header = grid[0] ?? [];
  const columns = header.flatMap((h, i) => (h && h.text.length <= 40 && (PRICE_LABEL.test(h.text) || QUALITY_LABEL.test(h.text)) ? [i] : []));
  if (!coversWholeAward(columns.map((i) => header[i].text))) return undefined;
  const problems: WeightProblem[] = [];
  let rows = 0;
  for (const row of grid.slice(1)) {
    const weights = columns.map((i) => (row?.[i] ? readWeight(row[i].text) : ({ kind: 'none' } as const)));
    if (weights.some((w) => w.kind === 'unknown')) return undefined;
    const values = weights.flatMap((w) => (w.kind === 'value' && w.unit === 'percent' ? [w.value] : []));
    // Every cell a percentage, or the row is not read (a heading row, a blank, a pass/fail line).
    if (values.length !== columns.length) continue;
    rows++;
    const added = sum(values);
    if (added === 100) continue;
    const first = row[columns[0]];
    const last = row[columns[columns.length - 1]];
    problems.push({
      at: first,
      through: last,
      message: `The weightings in this row add up to ${formatWeight(added, 'percent')}, not 100%.`,
      data: { kind: 'row', sum: added, expected: 100 },
    });
  }
  return rows > 0 ? problems : undefined;
}
