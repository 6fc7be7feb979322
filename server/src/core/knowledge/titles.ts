// Real short titles in this field, and the nearest real title to a phrase that looks like a garbled
// one ("Public Contract Regulations 2015", "Procurement Act 2024"). Matching is word-level edit
// distance, where a word that differs by one letter (plural, typo) costs a quarter. A phrase that is
// itself a real title is returned as an exact match, never as a near miss of another.
// Cost: the phrase is capped at MAX_WORDS words, so each comparison is bounded and the whole lookup
// is linear in the number of titles.

import { CITED_ACTS } from './acts';
import { INSTRUMENTS } from './instruments';
import { REVOKED_INSTRUMENTS } from './revoked';

const MAX_WORDS = 16;

/** Titles we know to be real but which are not otherwise listed (so they match exactly). */
const OTHER_REAL_TITLES = [
  'Health Care Services (Provider Selection Regime) Regulations 2023',
  'Procurement Regulations 2024',
  'Utilities Contracts Regulations 2006',
  'Utilities Contracts (Scotland) Regulations 2016',
  'Concession Contracts (Scotland) Regulations 2016',
  'Local Government Act 2000',
  'Local Government Act 2003',
  'Data Protection Act 1998',
  'National Health Service Act 2006',
  'Companies Act 2006',
];

function instrumentTitle(t: string): string {
  return t.replace(/^Directive 2014\/24\/EU on public procurement$/, 'Directive 2014/24/EU');
}

export const TITLES: readonly string[] = [
  ...new Set([
    ...Object.values(INSTRUMENTS).map((i) => instrumentTitle(i.title)),
    ...REVOKED_INSTRUMENTS.filter((r) => !/^S\.?S?I /.test(r.names[0])).map((r) => r.names[0]),
    ...CITED_ACTS.map((a) => a.title),
    ...OTHER_REAL_TITLES,
  ]),
];

/** The words of a title as nearestTitle compares them: lower case, without "the" and punctuation. */
export function titleWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[()[\],.:;"'“”‘’]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && w !== 'the')
    .slice(0, MAX_WORDS);
}

const YEAR = /^\d{4}$/;

/** True when a and b differ by at most one letter (insert, delete or replace); both are short words. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordCost(a: string, b: string): number {
  if (a === b) return 0;
  if (!YEAR.test(a) && !YEAR.test(b) && a.length >= 4 && b.length >= 4 && oneLetterApart(a, b)) return 0.25;
  return 1;
}

/**
 * Word-level edit distance with fractional substitution costs, where two neighbouring words written
 * the other way round cost one edit ("Procurement (Scotland) Reform Act 2014" for "Procurement Reform
 * (Scotland) Act 2014"): a swapped pair is one slip, not two.
 */
function distance(a: readonly string[], b: readonly string[]): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + wordCost(a[i - 1], b[j - 1]));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

const TITLE_WORDS = TITLES.map((t) => ({ title: t, words: titleWords(t) }));

/** Titles that exist under several years ("Local Government Act 1988/1999/2000"): a year slip is ambiguous. */
const YEAR_FAMILIES = new Map<string, number>();
for (const t of TITLE_WORDS) {
  const stem = t.words.filter((w) => !YEAR.test(w)).join(' ');
  YEAR_FAMILIES.set(stem, (YEAR_FAMILIES.get(stem) ?? 0) + 1);
}

/**
 * The real title nearest to `phrase`, or undefined when none is close. Exact matches (ignoring case,
 * "the" and punctuation) return distance 0. "Close" means at most 1 edit for titles of up to three
 * words and 1.5 for longer ones; a year-only difference inside a family of same-named titles is not
 * treated as close.
 */
export function nearestTitle(phrase: string): { title: string; distance: number } | undefined {
  const p = titleWords(phrase.length > 300 ? phrase.slice(0, 300) : phrase);
  if (p.length === 0) return undefined;
  let best: { title: string; distance: number } | undefined;
  for (const t of TITLE_WORDS) {
    const d = distance(p, t.words);
    if (d === 0) return { title: t.title, distance: 0 };
    if (!best || d < best.distance) best = { title: t.title, distance: d };
  }
  if (!best) return undefined;
  const target = TITLE_WORDS.find((t) => t.title === best!.title)!;
  const limit = target.words.length <= 3 ? 1 : 1.5;
  if (best.distance > limit) return undefined;
  const stem = (ws: readonly string[]) => ws.filter((w) => !YEAR.test(w)).join(' ');
  if (stem(p) === stem(target.words) && (YEAR_FAMILIES.get(stem(target.words)) ?? 0) > 1) return undefined;
  return best;
}

/** The legislation.gov.uk address of a known title, where we have one. */
export function titleUrl(title: string): string | undefined {
  return (
    Object.values(INSTRUMENTS).find((i) => instrumentTitle(i.title) === title)?.url ??
    CITED_ACTS.find((a) => a.title === title)?.url ??
    REVOKED_INSTRUMENTS.find((r) => r.names[0] === title)?.url
  );
}
