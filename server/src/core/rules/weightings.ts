// weightings: evaluation weightings must add up. PCR 2015 reg 67 and the Procurement Act 2023 s.23
// require the relative importance of the award criteria to be set out; weights of 60% quality and
// 30% price (or sub-criteria that do not make their parent's weight) leave bidders unable to tell
// what the remaining share is for, and the evaluation open to challenge. The rule reads tables, lists,
// price/quality ratios and prose, and sums a set of weights only when it can tell they are the parts
// of one whole; where the structure is ambiguous it stays quiet. No fix: only the drafter knows which
// weight is wrong.

import { sourceRange, type DocumentModel, type Passage } from '../model';
import { assertionAt } from '../language/assertion';
import type { Report, Rule } from '../types';
import { ratioProblems } from './weights/weightRatios';
import { tablesOf } from '../tables';
import { weightTableProblems } from './weights/weightTables';
import { EVALUATION_CUE, listItemWeight, listShortfall, proseProblems } from './weights/weightLists';
import { formatWeight, sum, wholeOf } from './weights/weightValue';

const doc = (body: string) => `# Evaluation\n\n${body}\n`;
const DETAIL = 'Check which weight is wrong and correct it; bidders rely on the weightings to decide what to offer, and they must be applied exactly as published.';

const rule: Rule = {
  id: 'weightings',
  description: 'Evaluation weightings at one level must add up to 100% (or the stated total), and sub-criteria to their parent.',
  rationale:
    'The relative importance of each award criterion must be published (PCR 2015 reg 67; Procurement Act 2023 s.23). Weights that do not add up ' +
    'leave bidders to guess how tenders will be scored, and an evaluation run on them can be challenged.',
  defaultSeverity: 'warning',
  fixable: false,
  examples: {
    valid: [
      doc('| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Price | 40% |'),
      doc('| Ref | Criterion | Weighting |\n|---|---|---|\n| 1 | Quality | 60% |\n| 1.1 | Method statement | 40% |\n| 1.2 | Social value | 20% |\n| 2 | Price | 40% |'),
      doc('| Ref | Criterion | Weighting |\n|---|---|---|\n| 1 | Quality | 70% |\n| 1.1 | Approach | 50% |\n| 1.2 | Staffing | 50% |\n| 2 | Price | 30% |'),
      doc('| Question | Weighting |\n|---|---|\n| Q1 Approach | 20% |\n| Q2 Staffing | 20% |\n| Q3 Social value | 20% |'),
      doc('| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Approach | 40% |\n| Social value | 20% |\n| Price | 40% |'),
      doc('| Criterion | Marks |\n|---|---|\n| Technical | 30 marks |\n| Price | 20 marks |\n| Total | 50 marks |'),
      doc('| Criterion | Weighting |\n|---|---|\n| Quality | 60–70% |\n| Price | 30–40% |'),
      doc('| Criterion | Weighting |\n|---|---|\n| Insurance | Pass/Fail |\n| Quality | 60% |\n| Price | 40% |'),
      doc('The price/quality ratio will be 40:60.'),
      doc('Tenders must be submitted by 10:45 on the closing date; price and quality are scored separately.'),
      doc('Tenders will be evaluated on 60% quality and 40% price.'),
      doc('Quality is weighted at 60% (of which social value 10%) and price at 40%.'),
      doc('- Quality: 60%\n  - Approach: 30%\n  - Social value: 30%\n- Price: 40%'),
      doc('Weighting:\n\n- Quality (70%)\n- Social value (10%)\n- Price (20%)'),
      doc('| Contract | Quality | Price |\n|---|---|---|\n| Grounds maintenance | 0% | 100% |\n| IT support | 65% | 35% |'),
      '# Market review\n\nQuality complaints fell by 60%, price complaints by 30%.\n',
      doc('Each quality question is scored 0–5 and the scores are combined as a 3:2 ratio with price.'),
    ],
    invalid: [
      { text: doc('| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Price | 30% |'), count: 1, messageIncludes: 'add up to 90%, not 100%' },
      { text: doc('| Criterion | Weighting (%) |\n|---|---|\n| Quality | 60 |\n| Social value | 10 |\n| Price | 20 |\n| Total | 100 |'), count: 1, messageIncludes: 'in its Total row' },
      { text: doc('| Ref | Criterion | Weighting |\n|---|---|---|\n| 1 | Quality | 60% |\n| 1.1 | Method statement | 30% |\n| 1.2 | Social value | 20% |\n| 2 | Price | 40% |'), count: 1, messageIncludes: 'Sub-criteria 1.1–1.2 add up to 50%, not the 60% given to 1' },
      { text: doc('| Ref | Criterion | Weighting |\n|---|---|---|\n| 1 | Quality | 60% |\n| 1.1 | Method | 30% |\n| 1.2 | Social value | 30% |\n| 2 | Price | 30% |'), count: 1, messageIncludes: 'top-level weightings' },
      { text: doc('| Lot | Quality % | Price % |\n|---|---|---|\n| 1 Catering | 60% | 40% |\n| 2 Cleaning | 70% | 20% |'), count: 1, messageIncludes: 'this row add up to 90%' },
      { text: doc('| Commodity | Suggested Price/Quality Ratio |\n|---|---|\n| Leverage | 60:30 |'), count: 1, messageIncludes: 'The ratio 60:30 adds up to 90' },
      { text: doc('A price/quality split of 70/20 will be applied.'), count: 1, messageIncludes: 'adds up to 90' },
      { text: doc('Tenders will be evaluated on a quality:price ratio of 60:30.'), count: 1, messageIncludes: 'The ratio 60:30 adds up to 90' },
      { text: doc('Tenders will be evaluated on the basis of 60% quality and 30% price.'), count: 1, messageIncludes: 'add up to 90%' },
      { text: doc('Weighting: quality 50%, social value 10%, price 30%.'), count: 1, messageIncludes: 'add up to 90%' },
      { text: doc('Quality: 60%, Price: 40%, Social Value: 10%.'), count: 1, messageIncludes: 'add up to 110%' },
      { text: doc('Award criteria:\n\n- Quality: 60%\n- Price: 30%'), count: 1, messageIncludes: 'add up to 90%, not 100%' },
      { text: doc('- Quality: 60%\n  - Approach: 30%\n  - Social value: 20%\n- Price: 40%'), count: 1, messageIncludes: 'under "Quality" add up to 50%, not the 60% it is given' },
    ],
  },
  check({ doc: model, report, memo }) {
    for (const cells of tablesOf(model.passages)) checkTable(cells, report);
    for (const p of model.passages) {
      if (p.kind !== 'paragraph') continue;
      const headed = EVALUATION_CUE.test(model.sections[p.section]?.title ?? '');
      for (const r of memo(p, paragraphProblems)) {
        if ('cued' in r && !r.cued && !headed) continue;
        const at = sourceRange(p, r.from, r.to);
        report({ message: r.message, detail: DETAIL, start: at.start, end: at.end, data: r.data });
      }
    }
    checkLists(model, report);
  },
};

function paragraphProblems(p: Passage) {
  const ratios = ratioProblems(p.text).filter((r) => assertionAt(p.text, r.from, r.to).kind === 'current');
  // A list item that is one "label: weight" pair is summed with its list, not as prose.
  return [...ratios, ...(p.listItem && listItemWeight(p.text) ? [] : proseProblems(p.text))];
}

function checkTable(cells: Passage[], report: (r: Report) => void): void {
  for (const problem of weightTableProblems(cells)) {
    const at = sourceRange(problem.at, 0, problem.at.text.length);
    const last = problem.through ? sourceRange(problem.through, 0, problem.through.text.length) : at;
    report({ message: problem.message, detail: DETAIL, start: at.start, end: last.end, data: problem.data });
  }
  const header = cells.filter((c) => c.cell!.row === 0);
  for (const cell of cells) {
    if (cell.cell!.row === 0) continue;
    const columnHeader = header.find((h) => h.cell!.column === cell.cell!.column)?.text ?? '';
    for (const r of ratioProblems(cell.text, columnHeader)) {
      const at = sourceRange(cell, r.from, r.to);
      report({ message: r.message, detail: DETAIL, start: at.start, end: at.end, data: r.data });
    }
  }
}

/** Lists of "label: weight" items, and nested lists against the item they sit under. */
function checkLists(model: DocumentModel, report: (r: Report) => void): void {
  const byList = new Map<number, Passage[]>();
  for (const p of model.passages) if (p.listItem) (byList.get(p.listItem.list) ?? byList.set(p.listItem.list, []).get(p.listItem.list)!).push(p);
  for (const [list, items] of byList) {
    const weights = items.map((p) => listItemWeight(p.text));
    if (weights.length < 2 || weights.some((w) => !w)) continue;
    const read = weights.map((w) => w!);
    const parent = parentItem(model, list);
    const parentWeight = parent && listItemWeight(parent.text);
    if (parentWeight && parentWeight.unit === read[0].unit && read.every((w) => w.unit === read[0].unit && !w.total)) {
      const added = sum(read.map((w) => w.value));
      if (added !== parentWeight.value && added !== wholeOf(parentWeight.unit)) {
        const at = sourceRange(parent, parentWeight.from, parentWeight.to);
        const message = `The sub-criteria under "${parentWeight.label.trim()}" add up to ${formatWeight(added, read[0].unit)}, not the ${formatWeight(parentWeight.value, read[0].unit)} it is given.`;
        report({ message, detail: DETAIL, start: at.start, end: at.end, data: { kind: 'list-parent', sum: added, expected: parentWeight.value } });
      }
      continue;
    }
    if (parent || !listIsEvaluation(model, items[0])) continue;
    const shortfall = listShortfall(read);
    if (!shortfall) continue;
    const where = read.find((w) => w.total) ?? read[0];
    const item = items[read.indexOf(where)];
    const at = sourceRange(item, where.from, where.to);
    const against = shortfall.viaTotal ? `the ${formatWeight(shortfall.target, shortfall.unit)} total` : formatWeight(shortfall.target, shortfall.unit);
    report({ message: `The weightings in this list add up to ${formatWeight(shortfall.added, shortfall.unit)}, not ${against}.`, detail: DETAIL, start: at.start, end: at.end, data: { kind: 'list', sum: shortfall.added, expected: shortfall.target } });
  }
}

/** The list item a nested list sits in, if any. */
function parentItem(model: DocumentModel, list: number): Passage | undefined {
  const info = model.lists[list];
  let best: Passage | undefined;
  for (const p of model.passages) {
    if (!p.listItem || p.listItem.list === list || p.listItem.start > info.start || p.listItem.end < info.end) continue;
    if (!best || p.listItem.start >= best.listItem!.start) best = p;
  }
  return best;
}

/** The list is introduced as weightings: its heading, or the paragraph before it, says so. */
function listIsEvaluation(model: DocumentModel, first: Passage): boolean {
  const title = model.sections[first.section]?.title ?? '';
  const index = model.passages.indexOf(first);
  const before = model.passages[index - 1];
  return EVALUATION_CUE.test(title) || Boolean(before && !before.listItem && EVALUATION_CUE.test(before.text));
}

export default rule;
