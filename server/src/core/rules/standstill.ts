// standstill: the pause between the award decision and the contract, as the governing law sets it.
// PCR 2015 reg 87 and PCSR 2015 reg 86: 10 days after an electronic notice (15 otherwise); the
// Procurement Act 2023 s.51: eight working days beginning with the day the contract award notice is
// published. Two findings: a stated period shorter than the law's (or a different one called the
// statutory period), and a standstill end date earlier than the law allows from the start or notice
// date the document gives. Quiet under light touch, a guessed regime, another law named in the
// sentence, a voluntary standstill where the law sets no minimum, and anything not asserted as true
// of this procurement now. Facts: law-facts.md §0.8, §1.1 (reg 87), §2.1 (s.51), §7.5.

import { assertionAt } from '../language/assertion';
import { sourceRange } from '../model';
import { sentenceAround, sourceReads } from '../sentences';
import type { Fix, Rule, RuleContext } from '../types';
import { periodRegime, shortRegime, type PeriodRegime } from './periods/gate';
import { standstillCells, statedStandstillsIn, standstillDates, type StandstillDates } from './periods/standstillMentions';
import type { PeriodPhrase } from './periods/phrase';
import { statementLaw } from './periods/standstillLaw';
import { standstillVerdict } from './periods/standstillVerdict';
import { BANK_HOLIDAYS_NOTE, lawfulEnd, ukDate } from './periods/standstillEnd';

const fm = (regime: string, extra = '') => `---\ntender-lint:\n  regime: ${regime}\n${extra}---\n\n# Award\n\n`;
const PA = fm('pa-2023');
const PCR = fm('pcr-2015', '  date: 2023-03-01\n');
const PCSR = fm('pcsr-2015');

const rule: Rule = {
  id: 'standstill',
  description: 'A stated standstill period or end date must meet the governing law: 10 days (PCR 2015 reg 87, PCSR 2015 reg 86) or eight working days (Procurement Act 2023 s.51).',
  rationale:
    'A contract signed before the standstill ends can be set aside or declared ineffective, and a tender that promises a shorter pause misleads bidders about their ' +
    'time to challenge. Templates carry the old ten-day figure into Procurement Act tenders, where the standstill counts working days, and end dates are often ' +
    'counted from the wrong day.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      `${PA}The standstill period will be eight working days beginning with the day the contract award notice is published.\n`,
      `${PCR}The standstill period is 10 days from the day after the award decision notice is sent.\n`,
      // A longer period the authority chose is its own business.
      `${PA}We will observe a standstill period of ten working days.\n`,
      `${PCR}The standstill period will be 15 days where the notices are sent by post.\n`,
      `${PCSR}A standstill period of ten (10) days will apply.\n`,
      // Light touch contracts have no mandatory standstill.
      `---\ntender-lint:\n  regime: pa-2023\n  light-touch: true\n---\n\n# Award\n\nA voluntary standstill of five working days will apply.\n`,
      // Another law named in the sentence: that law's period, not this procurement's.
      `${PA}Under the Defence and Security Public Contracts Regulations 2011 the standstill period is 10 days.\n`,
      // History, not a claim about this procurement.
      `${PA}Under the old rules the standstill period was ten calendar days.\n`,
      // A voluntary standstill where the Regulations set no minimum.
      `${PCR}A voluntary standstill period of five days will be observed before the call-off is signed.\n`,
      `${PA}The contract award notice will be published on 3 March 2025. The standstill period ends at midnight on 12 March 2025.\n`,
      `${PCR}The award decision notice will be sent on 3 March 2025. The standstill period ends at midnight on 13 March 2025.\n`,
    ],
    invalid: [
      { text: `${PA}The standstill period will be ten calendar days.\n`, count: 1, messageIncludes: 'eight working days' },
      { text: `${PA}An Alcatel standstill period of 10 days will apply.\n`, count: 1, messageIncludes: "'8 working days'" },
      { text: `${PCR}The standstill period will be five days.\n`, count: 1, messageIncludes: "'ten days'" },
      { text: `${PCSR}There will be a standstill period of 7 days.\n`, count: 1, messageIncludes: 'reg 86' },
      { text: `${PA}The statutory standstill period is twelve working days.\n`, count: 1, messageIncludes: 'mandatory standstill' },
      { text: `${PA}The standstill period will be five working days.\n`, count: 1, messageIncludes: 's.51' },
      {
        // The sentence names the Act, in a document dated before go-live.
        text: `${PCR}Under the Procurement Act 2023 the standstill period will be ten days.\n`,
        count: 1,
        messageIncludes: 'eight working days',
      },
      { text: `${PCR}| Stage | Length |\n|---|---|\n| Standstill period | 5 days |\n`, count: 1, messageIncludes: "'10 days'" },
      {
        // A timetable row that gives the standstill's first and last day.
        text: `${PA}| Stage | Dates |\n|---|---|\n| Standstill period | 3 – 11 March 2025 |\n`,
        count: 1,
        messageIncludes: '12 March 2025',
      },
      {
        text: `${PA}The contract award notice will be published on 3 March 2025. The standstill period ends at midnight on 11 March 2025.\n`,
        count: 1,
        messageIncludes: '12 March 2025',
      },
      {
        text: `${PCR}The award decision notice will be sent on 3 March 2025. The standstill period ends at midnight on 10 March 2025.\n`,
        count: 1,
        messageIncludes: '13 March 2025',
      },
    ],
  },
  check(ctx) {
    const base = periodRegime(ctx.context);
    if (!base) return;
    checkPeriods(ctx, base);
    checkEndDates(ctx, base);
  },
};

const VOLUNTARY = /\bvoluntar(?:y|ily)\b/i;
const LIGHT_TOUCH = /\blight[\s-]touch\b/i;

function checkPeriods({ doc, report, memo }: RuleContext, base: PeriodRegime): void {
  doc.passages.forEach((passage, index) => {
    for (const s of memo(passage, (p) => statedStandstillsIn(p.text))) {
      const from = s.period.from - s.sentence.start;
      if (assertionAt(s.sentence.text, from, s.period.to - s.sentence.start).kind !== 'current') continue;
      judge({ doc, report }, base, index, s.period, s.sentence.text, s.claimsStatutory);
    }
  });
  // A timetable row: the label says standstill, the next cell gives the length (no sentence to read).
  for (const c of standstillCells(doc)) judge({ doc, report }, base, c.passageIndex, c.period, c.rowText, c.claimsStatutory);
}

/** Report one stated period that the law it is about does not allow. */
function judge({ doc, report }: Pick<RuleContext, 'doc' | 'report'>, base: PeriodRegime, index: number, period: PeriodPhrase, sentence: string, claimsStatutory: boolean): void {
  const law = statementLaw(sentence, base);
  // Only the Act sets a minimum for a standstill the authority chooses to observe (s.51(5)); a light
  // touch contract named in the sentence has no mandatory standstill, whatever the document's context.
  if (!law || (law.regime !== 'pa-2023' && VOLUNTARY.test(sentence)) || LIGHT_TOUCH.test(sentence)) return;
  const passage = doc.passages[index];
  const stated = passage.text.slice(period.from, period.to);
  const verdict = standstillVerdict(law.regime, period, stated, claimsStatutory);
  if (!verdict) return;
  const range = sourceRange(passage, period.from, period.to);
  const fixes: Fix[] = sourceReads(doc, range.start, range.end, stated)
    ? [{ title: `Replace with '${verdict.replacement}'`, edits: [{ ...range, text: verdict.replacement }], preferred: true, needsReview: law.from === 'measure' || undefined }]
    : [];
  report({
    message: verdict.message,
    detail: law.regime === 'pa-2023' ? `${verdict.detail} ${BANK_HOLIDAYS_NOTE}` : verdict.detail,
    ...range,
    fixes,
    data: { kind: 'period', regime: law.regime },
    // Judged by the document's regime: the engine asks for a read when that regime is only implied.
    contextual: law.from === 'context' ? 'regime' : undefined,
  });
}

const LAW_LABEL: Record<PeriodRegime, (provision: string) => string> = {
  'pcr-2015': (p) => `${p} of PCR 2015`,
  'pcsr-2015': (p) => `${p} of PCSR 2015`,
  'pa-2023': (p) => `${p} of the Act`,
};

function checkEndDates({ doc, report }: RuleContext, base: PeriodRegime): void {
  for (const d of standstillDates(doc, base)) {
    const lawful = lawfulEnd(base, d.start, d.startIs);
    if (!lawful || d.end.iso >= lawful.lastDay || !asserted(d, base)) continue;
    const startWords = d.startIs === 'notice' ? `a notice on ${ukDate(d.start)}` : `a standstill starting on ${ukDate(d.start)}`;
    const holidays = base === 'pa-2023' ? ` ${BANK_HOLIDAYS_NOTE}` : '';
    report({
      message: `Write ${ukDate(lawful.lastDay)} or later: the earliest lawful end of the standstill under ${LAW_LABEL[base](lawful.provision)}.`,
      detail:
        `Counted as ${lawful.rule} (${shortRegime(base)} ${lawful.provision}): after ${startWords}, the standstill runs to midnight at the end of ` +
        `${ukDate(lawful.lastDay)}, not ${ukDate(d.end.iso)}. A contract entered into before then can be set aside.${holidays}`,
      ...sourceRange(d.end.passage, d.end.from, d.end.to),
      data: { kind: 'end-date', regime: base, earliest: lawful.lastDay },
      contextual: 'regime',
    });
  }
}

/** A table row is a timetable entry; a sentence must state the end date as a fact of this procurement, under this law. */
function asserted(d: StandstillDates, base: PeriodRegime): boolean {
  const p = d.end.passage;
  if (p.kind === 'tableCell') return true;
  const s = sentenceAround(p.text, d.end.from);
  const sentence = p.text.slice(s.start, s.end);
  return statementLaw(sentence, base)?.regime === base && assertionAt(sentence, d.end.from - s.start, d.end.to - s.start).kind === 'current';
}

export default rule;
