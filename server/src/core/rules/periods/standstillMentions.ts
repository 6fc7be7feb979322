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
    const after = text.slice(period.to, period.to + 40);
    const wordAfter = WORD_AFTER_PERIOD.test(after);
    // "a 5 day mobilisation period": a period used as an adjective measures the noun after it.
    if (!wordAfter && (period.joiner === '-' || (!period.plural && period.value !== 1)) && /^[\s-]+[a-z]/i.test(after) && !/^[\s-]+period\b/i.test(after)) continue;
    const tied =
      words.some((w) => w.to <= period.from && period.from - w.to <= 80 && tiedAfterWord(text, w, period.from)) ||
      wordAfter ||
      (continuesStandstill(text, s.start, period.from) && !RELATIVE_TIME.test(after));
    if (!tied) continue;
    const sentence = { ...s, text: text.slice(s.start, s.end) };
    out.push({ period, sentence, claimsStatutory: CLAIMS_STATUTORY.test(sentence.text) });
  }
  return out;
}

/** "during the standstill period", "after the standstill": the standstill is a time, not the subject given a length. */
const TIME_PREPOSITION_BEFORE = /\b(?:during|after|following|before|until|till|throughout|within|(?:end|start|close|expiry|beginning)\s+of)\s+(?:(?:the|a|any|this|each)\s+)?(?:\w+\s+)?$/i;
/** "five days before contract start": a distance from another event, not a length. */
const RELATIVE_TIME = /^\s+(?:before|after|prior\s+to|later|earlier|ahead|in\s+advance|from\s+the\s+(?:date|start|end))\b/i;

/**
 * The words between the standstill word and the period tie them ("standstill period of 10 days",
 * "Standstill period: 10 days"), except after a time preposition, where only a direct complement does:
 * "after the standstill period, a 5 day …" and "during the standstill period: 2 working days are …"
 * measure something else.
 */
function tiedAfterWord(text: string, w: { from: number; to: number }, periodFrom: number): boolean {
  const gap = text.slice(w.to, periodFrom);
  if (!GAP_AFTER_WORD.test(gap)) return false;
  return !(/[,:;–-]/.test(gap) && TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, w.from - 40), w.from)));
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

/** A table cell that labels its row as the standstill: "Standstill period", "Mandatory standstill (s.51)". */
const STANDSTILL_LABEL_CELL = /^\W{0,3}(?:the\s+)?(?:(?:mandatory|statutory|minimum|voluntary)\s+)?(?:stand-?still|alcatel)(?:\s+period)?\W{0,3}(?:\([^()]{0,40}\))?\W{0,3}$/i;
/** A cell that gives the length and little else: "10 calendar days", "at least eight working days (s.51)". */
const LEADS_TO_PERIOD = /^\s*(?:(?:a\s+minimum\s+of|at\s+least|not\s+less\s+than|minimum(?:\s+of)?|min\.?)\s+)?$/i;

export interface StandstillCell {
  passageIndex: number;
  period: PeriodPhrase;
  /** The label cell and the period cell, joined: what the row says, for the law and the claims in it. */
  rowText: string;
  claimsStatutory: boolean;
}

/** "| Standstill period | 10 calendar days |": the period cell of each row labelled as the standstill. */
export function standstillCells(doc: DocumentModel): StandstillCell[] {
  const out: StandstillCell[] = [];
  const passages = doc.passages;
  for (let i = 1; i < passages.length && out.length < 100; i++) {
    const cell = passages[i];
    const label = passages[i - 1];
    if (cell.kind !== 'tableCell' || label.kind !== 'tableCell' || !STANDSTILL_LABEL_CELL.test(label.text) || cell.text.length > 200) continue;
    // Both cells of one row sit on one source line.
    if (doc.text.slice(label.end, cell.start).includes('\n')) continue;
    const period = periodsIn(cell.text)[0];
    if (!period || !LEADS_TO_PERIOD.test(cell.text.slice(0, period.from))) continue;
    const rowText = `${label.text.trim()}: ${cell.text.trim()}`;
    out.push({ passageIndex: i, period, rowText, claimsStatutory: CLAIMS_STATUTORY.test(rowText) });
  }
  return out;
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
  for (const r of rangeRows(doc)) if (!out.some((d) => d.end.passageIndex === r.end.passageIndex && d.end.from === r.end.from)) out.push(r);
  return out;
}

/** Only "to", "until", a dash or "Ends:" between the two dates of a range cell. */
// Spaces are eaten only after each word, so a long run of joins that fails to match cannot backtrack
// through every way of splitting its spaces.
const RANGE_JOIN = /^\s*(?:(?:,\s*)?(?:to|until|till|and|[-–—]|ends?:?|end\s+date:?)\s*)+$/i;
const RANGE_LEAD = /^\s*(?:(?:starts?|from|start\s+date|begins?):?\s*)?$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "27th April - " or "3 – " before the range's last date, which alone carries the year (and perhaps the month). */
const RANGE_OPENING = /^\s*(?:(?:starts?|from|begins?):?\s*)?(?:[A-Za-z]+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+([A-Za-z]+))?\s*(?:to|until|till|[-–—])\s*$/i;

/** The ISO first day of "27th April – 9th May 2022", borrowing the year (and month) of the last date. */
function openingOfRange(lead: string, lastIso: string): string | undefined {
  const m = RANGE_OPENING.exec(lead);
  if (!m) return undefined;
  const [y, mo] = lastIso.split('-').map(Number);
  const month = m[2] ? MONTHS.findIndex((name) => name.startsWith(m[2].toLowerCase()) && m[2].length >= 3) + 1 : mo;
  if (month <= 0) return undefined;
  // "28 December – 5 January 2026" began in the year before.
  const year = month > mo ? y - 1 : y;
  const iso = `${year}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return findDates(`${Number(m[1])} ${MONTHS[month - 1]} ${year}`)[0]?.iso === iso ? iso : undefined;
}

/** "| Standstill period | 27 April – 9 May 2022 |": a standstill row whose cell gives its first and last day. */
function rangeRows(doc: DocumentModel): StandstillDates[] {
  const out: StandstillDates[] = [];
  const passages = doc.passages;
  for (let i = 1; i < passages.length && out.length < 50; i++) {
    const cell = passages[i];
    const label = passages[i - 1];
    if (cell.kind !== 'tableCell' || label.kind !== 'tableCell' || cell.text.length > 200 || !STANDSTILL_LABEL_CELL.test(label.text)) continue;
    if (NOT_A_DATE_OF_IT.test(label.text.toLowerCase()) || doc.text.slice(label.end, cell.start).includes('\n')) continue;
    const dates = findDates(cell.text).filter((d) => d.precision === 'day');
    const last = dates[dates.length - 1];
    if (!last || dates.length > 2 || cell.text.slice(last.end).trim() !== '') continue;
    let first: string | undefined;
    if (dates.length === 2) {
      if (RANGE_LEAD.test(cell.text.slice(0, dates[0].start)) && RANGE_JOIN.test(cell.text.slice(dates[0].end, last.start))) first = dates[0].iso;
    } else first = openingOfRange(cell.text.slice(0, last.start), last.iso);
    if (!first || first > last.iso) continue;
    const end: TimetableEntry = { label: label.text.toLowerCase(), iso: last.iso, passage: cell, passageIndex: i, from: last.start, to: last.end };
    out.push({ start: first, startIs: 'first-day', end });
  }
  return out;
}

/** All dates in a passage (day precision), for the hover. */
export function dayDatesIn(text: string): string[] {
  return findDates(text).filter((d) => d.precision === 'day').map((d) => d.iso);
}
