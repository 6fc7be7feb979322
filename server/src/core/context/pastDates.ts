// A document written by someone else often gives no issue date, but it says what has already
// happened: "The Procurement Act 2023, effective from 24 February 2025, revamped public sector
// purchasing", "This policy was approved on 28 February 2025". The latest such date is a lower bound
// on the document's own date; it never says when a procurement began, only that the text is no older.

import type { Passage } from '../model';
import { sentenceAround } from '../sentences';
import { findDates } from './dates';
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
