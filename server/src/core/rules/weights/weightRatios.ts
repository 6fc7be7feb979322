// Price/quality ratios written as "60:40", "60/40" or "70:20:10". The parts of a ratio stated as
// percentages must make 100; "60:30" leaves bidders to guess what the other tenth is for. A pair of
// numbers is read as a ratio only next to words that say so ("price/quality ratio", "split",
// "weighting"), so that times (12:30), scores (3/5) and dates are never summed; ratios of small numbers
// ("1:1", "2:3") are proportions, not percentages, and are left alone.

import { sentenceAround } from '../../sentences';
import { sum } from './weightValue';

export interface RatioProblem {
  from: number;
  to: number;
  message: string;
  data: Record<string, unknown>;
}

// Spaces are bounded: a ratio is written "60:40" or "60 : 40", and numbers a page apart are not one.
const PART = String.raw`(\d{1,3})(?: ?%)?`;
const RATIO = new RegExp(String.raw`(?<![\d.:/£$,])${PART} {0,2}([:/]) {0,2}${PART}(?: {0,2}\2 {0,2}${PART})?(?!\d|[.:/]\d| {0,2}(?:am|pm|hrs|hours|noon|GMT|BST|UK\s+time)\b)`, 'gi');
/** Words that make a pair of numbers a weighting ratio. */
export const RATIO_CUE = /\bratios?\b|\bsplits?\b|\bweight(?:ing|ings|ed)?\b|\b(?:price|cost|quality|technical|commercial)\s*[:/-]\s*(?:price|cost|quality|technical|commercial)\b/i;
/** A time or a clock reading just before the numbers. */
const TIME_LEAD = /\b(?:at|by|until|before|after|from|to|between|and)\s*$/i;

/**
 * Ratios in one passage. `cue` is other text that speaks for the passage (a table column's header, a
 * row's label); without it the cue must sit in the ratio's own sentence.
 */
export function ratioProblems(text: string, cue = ''): RatioProblem[] {
  const problems: RatioProblem[] = [];
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(text); m; m = RATIO.exec(text)) {
    const parts = [m[1], m[3], m[4]].filter((p): p is string => p !== undefined).map(Number);
    const added = sum(parts);
    if (added === 100 || !parts.every((p) => p <= 100)) continue;
    // Ratios of small numbers are proportions; sums far from 100 are something else (scores, dates).
    if (added < 50 || added > 150 || parts.some((p) => p % 5 !== 0)) continue;
    if (TIME_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const sentence = sentenceAround(text, m.index);
    const own = text.slice(sentence.start, sentence.end);
    if (!RATIO_CUE.test(own) && !RATIO_CUE.test(cue)) continue;
    const written = m[0].trim();
    problems.push({
      from: m.index,
      to: m.index + written.length,
      message: `The ratio ${written} adds up to ${added}, not 100.`,
      data: { kind: 'ratio', parts, sum: added },
    });
  }
  return problems;
}
