// time-limit: a stated period for tenders or for requests to participate, in a named procedure, must
// not be shorter than the governing law's minimum for that procedure (PCR 2015 regs 27–31, PCSR 2015
// regs 28–32, Procurement Act 2023 s.54). The figures live in knowledge/periods.ts with their
// provisions. Without a word about a prior information notice, urgency or the like, the period is
// compared with the ordinary minimum for electronic submission (all tenders are electronic now);
// with one, with the shortest the law allows at all. Quiet under light touch, a guessed regime,
// another law named in the sentence, working days, and anything not asserted as true now. No fix:
// only the drafter knows whether the period or the procedure is the slip.

import { assertionAt } from '../language/assertion';
import { sourceRange, type DocumentModel, type Passage } from '../model';
import type { Report, Rule } from '../types';
import { periodRegime, type PeriodRegime } from './periods/gate';
import { describe } from './periods/phrase';
import { statementLaw } from './periods/standstillLaw';
import { timeLimitVerdict } from './periods/timeLimitLaw';
import { statementsInText, timeLimitStatements, type Found, type TimeLimitStatement } from './periods/timeLimitMentions';

const fm = (regime: string, extra = '') => `---\ntender-lint:\n  regime: ${regime}\n${extra}---\n\n# Timetable\n\n`;
const PCR = fm('pcr-2015', '  date: 2023-03-01\n');
const PA = fm('pa-2023');
const PCSR = fm('pcsr-2015');

const rule: Rule = {
  id: 'time-limit',
  description: 'A stated period for tenders or requests to participate must meet the minimum for the named procedure (PCR 2015 regs 27–31, PCSR 2015 regs 28–32, PA 2023 s.54).',
  rationale:
    'A tender period shorter than the law allows can be challenged by any bidder who had too little time, and it is a common slip when a ' +
    'below-threshold template is reused for a regulated procedure or a PCR timetable is carried into a Procurement Act tender.',
  defaultSeverity: 'warning',
  fixable: false,
  examples: {
    valid: [
      `${PCR}The time limit for receipt of tenders in this open procedure is 35 days from the date the contract notice is sent.\n`,
      `${PCR}Under the open procedure, tenders must be submitted within 30 days; all tenders are submitted electronically.\n`,
      `${PCR}Following the prior information notice, the open procedure allows 15 days for the receipt of tenders.\n`,
      `${PA}The competitive flexible procedure will allow 25 days for requests to participate.\n`,
      `${PA}In this open procedure the tender period is 30 days.\n`,
      `---\ntender-lint:\n  regime: pa-2023\n  light-touch: true\n---\n\n# Timetable\n\nThe open procedure will allow 10 days for the submission of tenders.\n`,
      `${PCR}Clarification questions must be raised 10 days before the deadline for receipt of tenders in the open procedure.\n`,
      `${PCR}Suppliers will have 10 days to submit their tenders.\n`,
      `${PA}Under the Utilities Contracts Regulations 2016 the open procedure allows 15 days for the receipt of tenders.\n`,
      `${PCR}The open procedure will allow 20 working days for the submission of tenders.\n`,
      `${PA}Under the old rules the open procedure allowed 35 days for receipt of tenders, and tenders were often late.\n`,
      `${PCR}In the restricted procedure, the time limit for receipt of requests to participate is 30 days.\n`,
      `${PCR}The open procedure allows 35 days for receipt of tenders and the restricted procedure 30 days.\n`,
      '# Timetable\n\nThe open procedure allows 10 days for the receipt of tenders.\n',
      `${PA}Because of urgency, the open procedure will allow 10 days for the submission of tenders.\n`,
    ],
    invalid: [
      { text: `${PCR}The time limit for receipt of tenders in this open procedure is 20 days.\n`, count: 1, messageIncludes: 'Allow at least 30 days, not 20, for tenders in an open procedure (reg 27(6) PCR 2015)' },
      { text: `${PA}The tender period for this open procedure will be 20 days.\n`, count: 1, messageIncludes: 'for tenders in an open procedure (s.54(4) of the Act)' },
      { text: `${PA}The competitive flexible procedure will allow 15 days for requests to participate.\n`, count: 1, messageIncludes: 's.54(3)' },
      { text: `${PCR}In the restricted procedure, requests to participate must be received within twenty days.\n`, count: 1, messageIncludes: 'Allow at least 30 days, not 20, for requests to participate in a restricted procedure' },
      { text: `${PCSR}In the open procedure, tenders must be received within 25 days.\n`, count: 1, messageIncludes: 'reg 28(6) PCSR 2015' },
      { text: `${PCR}| Stage | Period |\n|---|---|\n| Open procedure: receipt of tenders | 21 days |\n`, count: 1, messageIncludes: 'open procedure' },
      { text: `${PCR}In the competitive procedure with negotiation, initial tenders are due within 20 days.\n`, count: 1, messageIncludes: '25 days' },
      { text: `${PCR}Even after a prior information notice, the open procedure allows 10 days for receipt of tenders.\n`, count: 1, messageIncludes: '15 days' },
    ],
  },
  check({ doc, context, report, memo }) {
    const base = periodRegime(context);
    if (!base) return;
    doc.passages.forEach((p) => {
      if (p.kind === 'paragraph') for (const s of memo(p, sentenceStatements)) judge(p, s.statement, s.sentence, s.offset, base, report);
    });
    for (const row of tableRows(doc)) judge(row.cell, row.statement, row.sentence, row.offset, base, report);
  },
};

const sentenceStatements = (p: Passage): Found[] => statementsInText(p.text);

/** A table cell with a period, read with the rest of its row and its column header before it. */
function tableRows(doc: DocumentModel): Array<Found & { cell: Passage }> {
  const out: Array<Found & { cell: Passage }> = [];
  const cells = doc.passages.filter((p) => p.kind === 'tableCell' && p.cell);
  cells.forEach((cell, i) => {
    if (!/\bdays?\b/i.test(cell.text)) return;
    const row = rowOf(cells, i);
    const header = headerOf(cells, i);
    const prefix = [header, ...row.filter((c) => c !== cell).map((c) => c.text)].filter(Boolean).join('; ') + ': ';
    for (const statement of timeLimitStatements(prefix + cell.text)) {
      if (statement.period.from < prefix.length) continue;
      out.push({ cell, statement, sentence: prefix + cell.text, offset: -prefix.length });
    }
  });
  return out;
}

function rowOf(cells: Passage[], i: number): Passage[] {
  const row: Passage[] = [cells[i]];
  for (let j = i - 1; j >= 0 && cells[j].cell!.row === cells[i].cell!.row && cells[j].cell!.column < cells[j + 1].cell!.column; j--) row.unshift(cells[j]);
  for (let j = i + 1; j < cells.length && cells[j].cell!.row === cells[i].cell!.row && cells[j].cell!.column > cells[j - 1].cell!.column; j++) row.push(cells[j]);
  return row;
}

function headerOf(cells: Passage[], i: number): string {
  const { row, column } = cells[i].cell!;
  if (row === 0) return '';
  for (let j = i - 1; j >= 0; j--) {
    const c = cells[j].cell!;
    if (c.row === 0 && c.column === column) return cells[j].text;
    if (c.row > row) break;
  }
  return '';
}

function judge(passage: Passage, s: TimeLimitStatement, sentence: string, offset: number, base: PeriodRegime, report: (r: Report) => void): void {
  const law = statementLaw(sentence, base);
  if (!law || assertionAt(sentence, s.period.from, s.period.to).kind !== 'current') return;
  const verdict = timeLimitVerdict(law.regime, s);
  if (!verdict?.short) return;
  const range = sourceRange(passage, s.period.from + offset, s.period.to + offset);
  report({
    message: verdict.message,
    detail: `The document gives ${describe(s.period.value, s.period.unit)}. ${verdict.figures} Check the period, or the procedure it is given for.`,
    ...range,
    data: { kind: s.kind, procedure: s.procedure, regime: law.regime, minimum: verdict.minimum.days, id: verdict.minimum.id },
    contextual: law.from === 'context' ? 'regime' : undefined,
  });
}

export default rule;
