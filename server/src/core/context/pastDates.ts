// A document written by someone else often gives no issue date, but it says what has already
// happened: "The Procurement Act 2023, effective from 24 February 2025, revamped public sector
// purchasing", "This policy was approved on 28 February 2025". The latest such date is a lower bound
// on the document's own date; it never says when a procurement began, only that the text is no older.

import type { Passage } from '../model';
import { sentenceAround } from '../sentences';
import { findDates } from './dates';
import { addCalendarDays } from '../knowledge/calendar';
import type { RelativeEvidence } from './types';

const PAST =
  /\b(?:was|were|came|took\s+effect|replaced|introduced|published|issued|approved|agreed|adopted|revamped|launched|went\s+live|became|has|have|had|since|effective|commenced|entered\s+into\s+force|updated|amended|revised|reviewed|ended|closed)\b/i;
const FUTURE = /\b(?:will|shall|is\s+due|are\s+due|expected|planned|intends?|proposed|going\s+to|no\s+later\s+than|deadline|closing|until|before|after|prior\s+to)\b/i;

/** The latest date one passage mentions as past, as 'after' evidence, or nothing. Table cells (timetables) never count. */
export function readPastDate(kind: Passage['kind'], text: string): RelativeEvidence | undefined {
  if (kind === 'tableCell' || !/\b(?:19|20)\d\d\b/.test(text)) return undefined;
  let best: RelativeEvidence | undefined;
  for (const d of findDates(text)) {
    const s = sentenceAround(text, d.start);
    const sentence = text.slice(s.start, s.end);
    if (!PAST.test(sentence) || FUTURE.test(sentence)) continue;
    if (!best || d.iso > best.value)
      best = { field: 'date', value: d.iso, reason: 'the latest date it mentions as past (the document is no older)', from: d.start, to: d.end, confidence: 'low', bound: 'after' };
  }
  return best;
}

/**
 * A law still to come: "the Procurement Act 2023 due to come into force on 24 February 2025", "the
 * new regime will go live on 28 October 2024". The text is older than that date, so it bounds the
 * document's date from above (the day before). Only the commencement of a law counts: a tender's own
 * future events say nothing about when the text was written.
 */
const LAW_AHEAD =
  /\b(?:Act|Regulations|regime|rules|legislation)\b[^.;]{0,80}?\b(?:(?:is|are)\s+due\s+to|will|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|due\s+to)\s+(?:come\s+into\s+(?:force|effect)|go\s+live|take\s+effect|commence)\b/i;

export function readLawAhead(kind: Passage['kind'], text: string): RelativeEvidence | undefined {
  if (kind === 'tableCell' || !/\b20\d\d\b/.test(text) || !/\b(?:force|effect|live|commence)\b/i.test(text)) return undefined;
  for (const d of findDates(text)) {
    if (d.precision !== 'day') continue;
    const s = sentenceAround(text, d.start);
    const lead = text.slice(s.start, d.start);
    // The date must follow the commencement words closely: "… due to come into force on 24 February 2025".
    if (!LAW_AHEAD.test(lead) || !/\b(?:on|from)\s+(?:the\s+)?$/i.test(lead.slice(-12)) || lead.length - lead.search(LAW_AHEAD) > 200) continue;
    return { field: 'date', value: addCalendarDays(d.iso, -1), reason: 'a law it says is still to come into force (the document is older)', from: d.start, to: d.end, confidence: 'low', bound: 'before' };
  }
  return undefined;
}
