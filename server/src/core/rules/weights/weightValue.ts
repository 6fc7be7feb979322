// Reading one weighting as written in a tender: "60%", "60 %", "60 per cent", "60 marks", "0.6", or
// a bare number under a "Weighting (%)" header. Anything else (a range such as "60–70%", which PCR 2015
// reg 67 allows, "TBC", a sentence) is unknown, and a table or list holding an unknown weight is not
// summed: the rule cannot tell what the drafter meant.

export type WeightUnit = 'percent' | 'points' | 'fraction';

export type Weight =
  | { kind: 'value'; value: number; unit: WeightUnit | 'bare' }
  /** Pass/fail, not scored, n/a, a dash or an empty cell: no weight, and nothing to sum. */
  | { kind: 'none' }
  | { kind: 'unknown' };

const NUMBER = String.raw`(\d{1,4}(?:\.\d{1,2})?)`;
const PERCENT = new RegExp(String.raw`^${NUMBER}\s*(?:%|per\s?cent\b|percent\b)$`, 'i');
const POINTS = new RegExp(String.raw`^${NUMBER}\s*(?:marks?|points?)$`, 'i');
const BARE = new RegExp(String.raw`^${NUMBER}$`);
const NO_WEIGHT = /^(?:|[-–—]|n\/?a|nil|none|pass\s*\/\s*fail|pass or fail|pass\/fail\/?|pass|fail|not\s+(?:scored|weighted|applicable)|mandatory|information(?:\s+only)?|for information(?: only)?|unweighted|yes\s*\/\s*no)$/i;

/** A weighting cell or the weight part of a list item. Bold and stray spaces are already gone. */
export function readWeight(written: string): Weight {
  const text = written.replace(/\s+/g, ' ').trim().replace(/[.*]+$/, '').trim();
  if (NO_WEIGHT.test(text)) return { kind: 'none' };
  let m = PERCENT.exec(text);
  if (m) return { kind: 'value', value: Number(m[1]), unit: 'percent' };
  m = POINTS.exec(text);
  if (m) return { kind: 'value', value: Number(m[1]), unit: 'points' };
  m = BARE.exec(text);
  if (m) {
    const value = Number(m[1]);
    return { kind: 'value', value, unit: value < 1 && m[1].includes('.') ? 'fraction' : 'bare' };
  }
  return { kind: 'unknown' };
}

/** The unit a bare number takes from its column header: "Weighting (%)" makes 60 a percentage. */
export function unitFromHeader(header: string): WeightUnit | undefined {
  if (/%|per\s?cent|percent/i.test(header)) return 'percent';
  if (/\b(?:marks?|points?)\b/i.test(header)) return 'points';
  return undefined;
}

/**
 * The one unit a set of weights is written in, or undefined when they mix units the rule cannot add.
 * A bare number with no unit in its header counts as points: it could be a percentage or a mark, so
 * it is summed only against a total the document states.
 */
export function commonUnit(weights: Array<{ unit: WeightUnit | 'bare' }>, headerUnit?: WeightUnit): WeightUnit | undefined {
  const units = new Set(weights.map((w) => (w.unit === 'bare' ? headerUnit ?? 'points' : w.unit)));
  return units.size === 1 ? [...units][0] : undefined;
}

/** Sums to two decimals, so that 33.33 + 33.33 + 33.34 is exactly 100. */
export function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

export function formatWeight(value: number, unit: WeightUnit): string {
  if (unit === 'percent') return `${value}%`;
  if (unit === 'fraction') return String(value);
  return `${value} ${value === 1 ? 'mark' : 'marks'}`;
}

/** The whole a set of top-level weights must make when the document states no total. */
export function wholeOf(unit: WeightUnit): number | undefined {
  if (unit === 'percent') return 100;
  if (unit === 'fraction') return 1;
  return undefined;
}

/** Words that name the price side and the quality side of an award. */
export const PRICE_LABEL = /\b(?:price|cost|costs|pricing|commercial|financial)\b/i;
export const QUALITY_LABEL = /\b(?:quality|technical|social\s+value|method\s+statements?)\b/i;

/** Does a set of labels cover the whole award (price and quality both appear)? */
export function coversWholeAward(labels: string[]): boolean {
  return labels.some((l) => PRICE_LABEL.test(l)) && labels.some((l) => QUALITY_LABEL.test(l) && !PRICE_LABEL.test(l));
}
