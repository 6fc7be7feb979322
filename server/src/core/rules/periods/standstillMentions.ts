// Where a document states its standstill: a period tied to the word "standstill" (or the older
// "Alcatel period") in one sentence, and the dates a standstill starts and ends, whether in one
// sentence ("will begin on 3 March 2025 and end at midnight on 12 March 2025") or in a timetable.

import { findDates } from '../../context/dates';
import type { DocumentModel, Passage } from '../../model';
import { sentenceAround } from '../../sentences';
import { periodsIn, type PeriodPhrase } from './phrase';
import { timetableEntries, type TimetableEntry } from './timetable';
import type { Regime } from '../../types';

export const STANDSTILL_WORD = /\b(?:stand-?still|alcatel)(?:\s+period)?\b/gi;
const HAS_STANDSTILL = /stand-?still|alcatel/i;

/** Between the word and the period: "standstill period (the "Standstill Period") will be a minimum of". */
const GAP_AFTER_WORD =
  /^(?:\s+period)?(?:\s*\([^()]{0,40}\))?,?\s*(?:(?:of|lasting|lasts|is|will\s+be|shall\s+be|will\s+last(?:\s+for)?|lasts\s+for|must\s+be|runs?\s+for|will\s+run\s+for|:|–|-)\s*)?(?:(?:a\s+minimum\s+of|at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+period\s+of|a|an|the)\s+){0,2}$/i;
/** After the period: "a 10-day standstill", "ten calendar days' standstill". */
const WORD_AFTER_PERIOD = /^'?\s*(?:\([^()]{0,20}\)\s*)?(?:mandatory\s+|statutory\s+|minimum\s+|voluntary\s+)?(?:stand-?still|alcatel)\b/i;

/** The sentence says the period is the law's own, not merely the one this authority chose. */
const CLAIMS_STATUTORY =
  /\b(?:statutory|mandatory|prescribed|required\s+by\s+(?:law|the\s+(?:act|regulations))|as\s+required\s+by|in\s+accordance\s+with\s+(?:regulation|section|reg\.?|s\.)|under\s+(?:regulation|section|reg\.?|s\.)\s*\d|legal\s+minimum|minimum\s+(?:standstill\s+)?period\s+required)\b/i;

export interface StatedStandstill {
  passage: Passage;
  passageIndex: number;
  period: PeriodPhrase;
  sentence: { start: number; end: number; text: string };
  claimsStatutory: boolean;
}

/** Period phrases tied to the standstill, in one passage's text (cached per passage by the rule). */
export function statedStandstillsIn(text: string): Array<Omit<StatedStandstill, 'passage' | 'passageIndex'>> {
  if (!HAS_STANDSTILL.test(text)) return [];
  const words: Array<{ from: number; to: number }> = [];
  STANDSTILL_WORD.lastIndex = 0;
  for (let m = STANDSTILL_WORD.exec(text); m && words.length < 100; m = STANDSTILL_WORD.exec(text)) words.push({ from: m.index, to: m.index + m[0].length });
  const out: Array<Omit<StatedStandstill, 'passage' | 'passageIndex'>> = [];
  for (const period of periodsIn(text)) {
    const s = sentenceAround(text, period.from);
    const tied =
      words.some((w) => w.to <= period.from && period.from - w.to <= 80 && GAP_AFTER_WORD.test(text.slice(w.to, period.from))) ||
      WORD_AFTER_PERIOD.test(text.slice(period.to, period.to + 40)) ||
      continuesStandstill(text, s.start, period.from);
    if (!tied) continue;
    const sentence = { ...s, text: text.slice(s.start, s.end) };
    out.push({ period, sentence, claimsStatutory: CLAIMS_STATUTORY.test(sentence.text) });
  }
  return out;
}

/** "It" or "This period" opening a sentence, then the words that lead to the period ("must be at least"). */
const PRONOUN_LEAD = /^(?:It|This(?:\s+period)?|That\s+period|The\s+period)(?=\s)/;
/** A sentence whose subject is the standstill: "The standstill period provides …", "A standstill applies …". */
const STANDSTILL_SUBJECT = /^(?:\d{1,2}[.)]\s+)?(?:(?:the|a|this|our)\s+)?(?:(?:mandatory|statutory|minimum)\s+)?(?:stand-?still|alcatel)(?:\s+period)?\s+(?!notices?\b|letters?\b)[a-z]/i;

/**
 * "The standstill period provides … It must be at least ten calendar days …": a sentence that opens
 * with a pronoun for the period, right after a sentence whose subject is the standstill, states it.
 */
function continuesStandstill(text: string, sentenceStart: number, periodFrom: number): boolean {
  const lead = PRONOUN_LEAD.exec(text.slice(sentenceStart, periodFrom));
  if (!lead || !GAP_AFTER_WORD.test(text.slice(sentenceStart + lead[0].length, periodFrom))) return false;
  // The previous sentence ends at the last mark before this one's first word.
  let end = sentenceStart - 1;
  while (end > 0 && /\s/.test(text[end])) end--;
  if (end <= 0) return false;
  const previous = sentenceAround(text, end);
  return STANDSTILL_SUBJECT.test(text.slice(previous.start, previous.end).trimStart());
}

/** The dates a standstill runs between, and what the start date is. */
export interface StandstillDates {
  /** The notice date (sent or published), or the first day of the standstill. */
  start: string;
  startIs: 'notice' | 'first-day';
  end: TimetableEntry;
}

const NOTICE_LABEL_PA =
  /\b(?:contract\s+award\s+notice|award\s+decision\s+notices?|notices?\s+of\s+(?:the\s+)?(?:award\s+decision|decision\s+to\s+award|intention\s+to\s+award)|intention\s+to\s+award|standstill\s+(?:letters?|notices?))\b/;
// Under PCR 2015 the "contract award notice" (reg 50) comes after the contract: it never starts standstill.
const NOTICE_LABEL_REGS =
  /\b(?:award\s+decision\s+(?:notices?|letters?)|notices?\s+of\s+(?:the\s+)?(?:award\s+decision|decision\s+to\s+award|intention\s+to\s+award)|(?:notification|notice)\s+of\s+(?:the\s+)?(?:award\s+decision|outcome)|intention\s+to\s+award|standstill\s+(?:letters?|notices?)|alcatel\s+letters?|regulation\s+8[56]\s+notices?)\b/;
const FIRST_DAY_LABEL =
  /\bstand-?still\s+(?:period\s+)?(?:begins|starts|commences|start|commencement|will\s+(?:begin|start|commence|run\s+from)|runs\s+from|from)\b/;
/** The second date of "… begin on 3 March 2025 and end at midnight on 12 March 2025" / "from … to …". */
const SAME_SENTENCE_END = /^(?:and\s+)?(?:(?:will|shall)\s+)?(?:end|ends|ending|expire|expires|expiring|close|closes|until|till|to|[-–—])(?:\s|$)/;
const END_LABEL = /\b(?:stand-?still\s+(?:period\s+)?(?:ends|expires|end|expiry|closes|concludes|will\s+(?:end|expire|close))|end\s+of\s+(?:the\s+)?stand-?still)\b/;
const NOT_A_DATE_OF_IT = /\b(?:voluntary|extended|extension|indicative\s+only)\b/;

/** Start and end dates of the standstill found in the document, each end at most once. */
export function standstillDates(doc: DocumentModel, regime: Regime): StandstillDates[] {
  if (!doc.passages.some((p) => HAS_STANDSTILL.test(p.text))) return [];
  const entries = timetableEntries(doc);
  const notice = regime === 'pa-2023' ? NOTICE_LABEL_PA : NOTICE_LABEL_REGS;
  const out: StandstillDates[] = [];
  let start: { iso: string; is: StandstillDates['startIs']; passageIndex: number; sentence: number } | undefined;
  for (const e of entries) {
    if (NOT_A_DATE_OF_IT.test(e.label)) continue;
    const sentence = sentenceAround(e.passage.text, e.from).start;
    const closesStart = start !== undefined && start.passageIndex === e.passageIndex && start.sentence === sentence && SAME_SENTENCE_END.test(e.label);
    if (END_LABEL.test(e.label) || closesStart) {
      if (start && start.iso <= e.iso) out.push({ start: start.iso, startIs: start.is, end: e });
      continue;
    }
    const at = { iso: e.iso, passageIndex: e.passageIndex, sentence };
    if (FIRST_DAY_LABEL.test(e.label)) start = { ...at, is: 'first-day' };
    else if (notice.test(e.label) && !/\b(?:by|before|no\s+later\s+than|deadline)\b/.test(e.label)) start = { ...at, is: 'notice' };
  }
  return out;
}

/** All dates in a passage (day precision), for the hover. */
export function dayDatesIn(text: string): string[] {
  return findDates(text).filter((d) => d.precision === 'day').map((d) => d.iso);
}
