// Stated minimum periods for tenders and for requests to participate, read from one sentence (or one
// table row). A statement counts only when the sentence names the procedure (the statutory minimums
// belong to the regulated procedures, and a below-threshold quotation may allow any period), says which
// period it is (tenders, requests to participate), and ties a number of days to it. Offsets ("10 days
// before the deadline") and working days (the Regulations and s.54 count calendar days) are not read.

import type { PeriodProcedure } from '../../knowledge/periods';
import { sentenceAround } from '../../sentences';
import { periodsIn, type PeriodPhrase } from './phrase';

export interface TimeLimitStatement {
  procedure: PeriodProcedure;
  kind: 'tenders' | 'requests';
  period: PeriodPhrase;
  /** The sentence mentions a circumstance that shortens the minimum (a PIN, urgency, agreement …). */
  reduced: boolean;
}

const PROCEDURES: Array<[PeriodProcedure, RegExp]> = [
  ['open', /\bopen\s+procedure\b/i],
  ['restricted', /\brestricted\s+procedure\b/i],
  ['competitive-procedure-with-negotiation', /\bcompetitive\s+procedure\s+with\s+negotiation\b/i],
  ['competitive-dialogue', /\bcompetitive\s+dialogue\b/i],
  ['innovation-partnership', /\binnovation\s+partnership\b/i],
  ['competitive-flexible', /\bcompetitive\s+flexible\s+procedure\b/i],
];

const KINDS: Array<['tenders' | 'requests', RegExp]> = [
  ['requests', /\brequests?\s+to\s+participate\b|\bparticipation\s+period\b/gi],
  [
    'tenders',
    /\btender(?:ing)?\s+(?:period|window)\b|\b(?:receipt|submission|return)\s+of\s+(?:initial\s+)?(?:tenders|bids)\b|\b(?:initial\s+)?tenders?\s+(?:must|will|shall|are|is)\s+(?:be\s+)?(?:due|received|submitted|returned)\b|\bfor\s+(?:initial\s+)?tenders\b|\bto\s+(?:submit|return|prepare)\s+(?:their\s+|a\s+)?(?:initial\s+)?(?:tenders?|bids?)\b/gi,
  ],
];

/** A circumstance the linter cannot check that lets the law allow less time. */
const REDUCED = /\bprior\s+information\s+notice|\bPIN\b|\bplanned\s+procurement\s+notice|\burgen(?:t|cy)\b|\bdynamic\s+market|\bpre-?selected\b|\bagreed?\s+(?:with|between)\b|\bmutual(?:ly)?\s+agree|\breduc|\bshorten|\baccelerat/i;
/** The period is measured from or to another event: not the period itself. */
const OFFSET_AFTER = /^\s*(?:before|prior\s+to|ahead\s+of|in\s+advance|(?:of|after|following)\s+(?:the\s+)?(?:receipt|deadline|closing|award|tender\s+return|submission|return|opening|evaluation))/i;
const MAX_GAP = 80;

export function timeLimitStatements(sentence: string): TimeLimitStatement[] {
  const named = PROCEDURES.filter(([, re]) => re.test(sentence));
  // Two procedures in one sentence compare them; the rule reads one procedure's statement at a time.
  if (named.length !== 1) return [];
  const cues = KINDS.flatMap(([kind, re]) => [...sentence.matchAll(re)].map((m) => ({ kind, from: m.index, to: m.index + m[0].length })));
  if (cues.length === 0 || new Set(cues.map((c) => c.kind)).size > 1) return [];
  const kind = cues[0].kind;
  const periods = periodsIn(sentence).filter((p) => p.unit !== 'working-days' && !OFFSET_AFTER.test(sentence.slice(p.to)));
  const tied = new Set<PeriodPhrase>();
  for (const cue of cues) {
    let best: { period: PeriodPhrase; gap: number } | undefined;
    for (const p of periods) {
      const gap = p.from >= cue.to ? p.from - cue.to : cue.from >= p.to ? cue.from - p.to : 0;
      if (gap <= MAX_GAP && (!best || gap < best.gap)) best = { period: p, gap };
    }
    if (best) tied.add(best.period);
  }
  const reduced = REDUCED.test(sentence);
  return [...tied].map((period) => ({ procedure: named[0][0], kind, period, reduced }));
}

export interface Found {
  statement: TimeLimitStatement;
  sentence: string;
  /** Where the sentence starts in the passage text (negative for a table row read with a prefix). */
  offset: number;
}

/** Every statement in a passage of prose, sentence by sentence. */
export function statementsInText(text: string): Found[] {
  const found: Found[] = [];
  let readTo = -1;
  for (const m of text.matchAll(/\bdays?\b/gi)) {
    if (m.index < readTo) continue;
    const s = sentenceAround(text, m.index);
    readTo = s.end;
    const sentence = text.slice(s.start, s.end);
    for (const statement of timeLimitStatements(sentence)) found.push({ statement, sentence, offset: s.start });
  }
  return found;
}
