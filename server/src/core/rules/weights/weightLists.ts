// Weightings written as prose or as a list: "60% quality and 30% price", or
//   - Quality: 60%
//   - Price: 30%
// Each weight must carry its own label, the labels must cover price and quality (so that the whole
// award is listed, not one side of it), and nothing may say that one weight sits inside another ("of
// which", "within") or is a bound or a range ("up to", "at least", "60–70%"). Only then do the
// weights have to make 100%, or the list's own "Total" item.

import { assertionAt } from '../../language/assertion';
import { sentenceAround } from '../../sentences';
import { coversWholeAward, formatWeight, PRICE_LABEL, QUALITY_LABEL, readWeight, sum, wholeOf, type WeightUnit } from './weightValue';

export interface LabelledWeight {
  label: string;
  value: number;
  unit: WeightUnit;
  /** Where the weight is written, relative to the text it was read from. */
  from: number;
  to: number;
}

const LABEL = new RegExp(`${PRICE_LABEL.source}|${QUALITY_LABEL.source}`, 'i');
const PERCENT = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(?:%|per\s?cent\b|percent\b)/gi;
/** One weight inside another, a bound, a range or a choice: the weights are not parts of one whole. */
const NOT_PARTS = /\bof\s+which\b|\bwithin\b|\bincluding\b|\bincludes?\b|\bup\s+to\b|\bat\s+least\b|\bminimum\b|\bmaximum\b|\bno\s+more\s+than\b|\bno\s+less\s+than\b|\bbetween\b|\branges?\b|\bor\b|\beach\b|\bper\s+(?:question|criterion|lot)\b|\bout\s+of\b|\bof\s+the\s+(?:quality|price|technical)\b|\d\s*[-–—]\s*\d|\bthreshold\b|\bpass\s+mark\b|\bincrease|\bdecrease|\breduc|\brise\b|\bfall\b|\bsaving/i;
const MAX_SENTENCE = 600;
export const EVALUATION_CUE = /\bweight|\bevaluat|\bassess|\baward|\bcriteri|\bsplits?\b|\bratios?\b|\bscor(?:e|es|ed|ing)\b|\bmarks?\b|\ballocat/i;

/** Labelled percentages in one sentence, when each sits in its own clause with one label. */
export function sentenceWeights(sentence: string): LabelledWeight[] | undefined {
  // A sentence that states a set of weightings is short; a run-on "sentence" of hundreds of
  // percentages is a table pasted as prose, and reading it clause by clause would be quadratic.
  if (sentence.length > MAX_SENTENCE || NOT_PARTS.test(sentence)) return undefined;
  const found: LabelledWeight[] = [];
  for (const m of sentence.matchAll(new RegExp(PERCENT.source, 'gi'))) {
    const clause = clauseOf(sentence, m.index, m.index + m[0].length);
    const labels = clause.text.match(new RegExp(LABEL.source, 'gi')) ?? [];
    const percents = clause.text.match(new RegExp(PERCENT.source, 'gi')) ?? [];
    if (labels.length !== 1 || percents.length !== 1) return undefined;
    found.push({ label: labels[0], value: Number(m[1]), unit: 'percent', from: m.index, to: m.index + m[0].length });
  }
  return found.length >= 2 ? found : undefined;
}

/** The stretch between separators (",", ";", "and", "/", brackets) around a weight. */
function clauseOf(sentence: string, from: number, to: number): { text: string } {
  const SEP = /,|;|\band\b|\bplus\b|\bwith\b|\s[/|]\s|\bthen\b/gi;
  let start = 0;
  let end = sentence.length;
  for (let m = SEP.exec(sentence); m; m = SEP.exec(sentence)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return { text: sentence.slice(start, end) };
}

export interface ProseProblem {
  from: number;
  to: number;
  message: string;
  data: Record<string, unknown>;
  /** The sentence itself says it is about evaluation; otherwise its heading must. */
  cued: boolean;
}

/** Does a whole passage of prose hold weights that should make 100 and do not? */
export function proseProblems(text: string): ProseProblem[] {
  const problems: ProseProblem[] = [];
  const sentences = new Map<number, number>();
  let readTo = -1;
  for (const m of text.matchAll(new RegExp(PERCENT.source, 'gi'))) {
    if (m.index < readTo) continue; // in the sentence already found
    const s = sentenceAround(text, m.index);
    sentences.set(s.start, s.end);
    readTo = s.end;
  }
  for (const [start, end] of sentences) {
    const sentence = text.slice(start, end);
    const weights = sentenceWeights(sentence);
    if (!weights || !coversWholeAward(weights.map((w) => w.label))) continue;
    const added = sum(weights.map((w) => w.value));
    const first = weights[0];
    const last = weights[weights.length - 1];
    if (added === 100 || assertionAt(sentence, first.from, last.to).kind !== 'current') continue;
    problems.push({
      from: start + first.from,
      to: start + last.to,
      message: `These weightings add up to ${formatWeight(added, 'percent')}, not 100%.`,
      data: { kind: 'prose', sum: added },
      cued: EVALUATION_CUE.test(sentence),
    });
  }
  return problems;
}

const ITEM_AFTER = /^(.{1,80}?)\s*(?:[:\-–—=]\s*|\(\s*|\s)(\d{1,3}(?:\.\d{1,2})?\s*(?:%|per\s?cent|percent|marks?|points?))\s*\)?\.?$/i;
const ITEM_BEFORE = /^(\d{1,3}(?:\.\d{1,2})?\s*(?:%|per\s?cent|percent|marks?|points?))\s*(?:[:\-–—]\s*|for\s+|on\s+)?(.{1,80}?)\.?$/i;
const TOTAL_ITEM = /^(?:overall\s+|grand\s+)?total\b/i;

/** One list item read as "label: weight", or undefined when it is anything else. */
export function listItemWeight(text: string): (LabelledWeight & { total: boolean }) | undefined {
  const t = text.trim();
  let label: string;
  let written: string;
  let m = ITEM_AFTER.exec(t);
  if (m) [label, written] = [m[1], m[2]];
  else if ((m = ITEM_BEFORE.exec(t))) [written, label] = [m[1], m[2]];
  else return undefined;
  if (NOT_PARTS.test(label)) return undefined;
  const weight = readWeight(written);
  if (weight.kind !== 'value' || weight.unit === 'bare') return undefined;
  const from = t.indexOf(written) + text.indexOf(t);
  return { label, value: weight.value, unit: weight.unit, from, to: from + written.length, total: TOTAL_ITEM.test(label) };
}

/** The sum a list's weights must make, and what they make, or undefined when there is nothing to say. */
export function listShortfall(items: Array<LabelledWeight & { total: boolean }>): { added: number; target: number; unit: WeightUnit; viaTotal: boolean } | undefined {
  const totals = items.filter((i) => i.total);
  const parts = items.filter((i) => !i.total);
  if (parts.length < 2 || totals.length > 1) return undefined;
  const unit = parts[0].unit;
  if (items.some((i) => i.unit !== unit)) return undefined;
  const target = totals[0]?.value ?? (coversWholeAward(parts.map((p) => p.label)) ? wholeOf(unit) : undefined);
  if (target === undefined) return undefined;
  const added = sum(parts.map((p) => p.value));
  return added === target ? undefined : { added, target, unit, viaTotal: totals.length === 1 };
}
