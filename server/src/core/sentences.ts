// Sentence-level reading shared by the terminology rules: where a sentence starts and ends (legal
// abbreviations such as "reg." and "s." do not end one), and whether it denies, compares or looks
// back in time, in which case a term in it is discussed rather than used.

import { sourceRange, type DocumentModel, type Passage } from './model';

/** Abbreviations after which a full stop does not end a sentence. */
const NON_TERMINAL = /(?:^|[\s(])(?:regs?|ss?|r|arts?|paras?|sch|no|nos|e\.g|i\.e|cf|etc|vs?|ch|pt|art|ibid|op|cit|st|mr|mrs|ms|dr|c)$/i;

/** [start, end) of the sentence around `index`, within one passage's text. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let start = 0;
  for (let i = Math.min(index, text.length) - 1; i > 0 && index - i < 2000; i--) {
    if (isBoundary(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = text.length;
  for (let i = index; i < text.length && i - index < 2000; i++) {
    if (isBoundary(text, i)) {
      end = i + 1;
      break;
    }
  }
  while (start < end && /[\s\u0085]/.test(text[start])) start++;
  return { start, end };
}

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' && text[i + 1] === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== ';') return false;
  const next = text.slice(i + 1, i + 3);
  // U+0085 (NEL) separates lines too, though \s does not match it: without it a NEL-separated text
  // is one 4,000-character "sentence" per mention, and the rules that read sentences slow ten-fold.
  if (!/^(?:[\s\u0085]|$)/.test(next)) return false;
  if (c === '.') {
    const before = text.slice(Math.max(0, i - 8), i);
    if (NON_TERMINAL.test(before)) return false;
    if (/\d$/.test(before) && /^[\s\u0085]\d/.test(next)) return false;
  }
  return true;
}

/** The sentence denies or contrasts: the term in it is what the document is NOT doing. */
export const NEGATION =
  /\b(?:not|no|never|neither|nor|cannot|can't|isn't|aren't|wasn't|won't|doesn't|don't|didn't|rather than|instead of|unlike|as opposed to|distinct from|different from|other than|without (?:using|following|applying)|confused with|mistaken for)\b|n't\b/i;

/** The sentence compares with, or looks back to, another regime or an earlier time. */
export const RETROSPECT =
  /\b(?:previously|formerly|used to|no longer|replaced|replaces|replacing|superseded|revoked|repealed|abolished|historically|in the past|under the old|old rules|legacy|predecessor|was introduced|were introduced|modelled on|modeled on|based on|similar to|along the lines of|equivalent of|counterpart|renamed|now called|now known as|known as|referred to as)\b/i;

/** True when the sentence is about something other than what this document does. */
export function isDiscussion(sentence: string): boolean {
  return NEGATION.test(sentence) || RETROSPECT.test(sentence);
}

/** One regex match in a passage, with its document range. */
export interface PassageMatch {
  passage: Passage;
  passageIndex: number;
  match: RegExpExecArray;
  /** Passage-text indices. */
  from: number;
  to: number;
  /** Document offsets. */
  start: number;
  end: number;
  /** The sentence around the match, passage-text indices. */
  sentence: { start: number; end: number; text: string };
  /** The source at [start, end) reads as the match, so a fix may replace exactly those words. */
  replaceable: boolean;
}

/**
 * True when the document's source at [start, end) reads as `written` (line breaks and runs of spaces
 * aside). Where Markdown markup, an escape or an unmappable stretch sits inside the words, a
 * replacement of the range would delete the markup or land in the wrong place, so no fix is offered.
 */
export function sourceReads(doc: DocumentModel, start: number, end: number, written: string): boolean {
  return end > start && doc.text.slice(start, end).replace(/\s+/g, ' ') === written.replace(/\s+/g, ' ');
}

const MAX_MATCHES = 2000;

/** A match in one passage's text, without document offsets: what rules cache per passage (see memo.ts). */
export interface RawMatch {
  match: RegExpExecArray;
  from: number;
  to: number;
  sentence: { start: number; end: number; text: string };
}

const NO_RAW_MATCHES: RawMatch[] = Object.freeze([]) as unknown as RawMatch[];

/** Every match of a global regex in one text, in order (bounded as matchesInPassages bounds a document). */
export function scanText(text: string, re: RegExp): RawMatch[] {
  re.lastIndex = 0;
  // Most scans find nothing: they share one (frozen) empty list, so that caches of them stay small.
  if (!re.test(text)) return NO_RAW_MATCHES;
  const out: RawMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_MATCHES; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const from = m.index;
    const s = sentenceAround(text, from);
    out.push({ match: m, from, to: from + m[0].length, sentence: { ...s, text: text.slice(s.start, s.end) } });
  }
  return out;
}

/**
 * Document matches from per-passage raw matches (in passage order), bounded like matchesInPassages:
 * the same first MAX_MATCHES matches of the document, with their source ranges.
 */
export function collectMatches(
  doc: DocumentModel,
  rawOf: (passageIndex: number) => readonly RawMatch[] | undefined,
  /** The passages that may have matches, in order, when the caller knows (all passages otherwise). */
  candidates?: readonly number[],
): PassageMatch[] {
  const out: PassageMatch[] = [];
  const count = candidates ? candidates.length : doc.passages.length;
  for (let k = 0; k < count && out.length < MAX_MATCHES; k++) {
    const passageIndex = candidates ? candidates[k] : k;
    const raw = rawOf(passageIndex);
    if (!raw || raw.length === 0) continue;
    const passage = doc.passages[passageIndex];
    for (let k = 0; k < raw.length && out.length < MAX_MATCHES; k++) out.push(toPassageMatch(doc, passage, passageIndex, raw[k]));
  }
  return out;
}

export function toPassageMatch(doc: DocumentModel, passage: Passage, passageIndex: number, raw: RawMatch): PassageMatch {
  const range = sourceRange(passage, raw.from, raw.to);
  const replaceable = sourceReads(doc, range.start, range.end, raw.match[0]);
  return { passage, passageIndex, match: raw.match, from: raw.from, to: raw.to, ...range, sentence: raw.sentence, replaceable };
}

/** Every match of a global regex in the document's prose, in order (bounded). */
export function matchesInPassages(doc: DocumentModel, re: RegExp): PassageMatch[] {
  return collectMatches(doc, (i) => scanText(doc.passages[i].text, re));
}

/** Words as a message quotes them: a phrase split over lines reads as one line. */
export function quoted(words: string): string {
  return words.replace(/\s+/g, ' ');
}

/** True when `index` begins a sentence (or the passage): a replacement there keeps a capital. */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 200), index).trimEnd();
  return before === '' || /[.!?:]$/.test(before);
}

/** The replacement with a leading capital only where the sentence starts. */
export function caseForPosition(text: string, index: number, replacement: string): string {
  return startsSentence(text, index) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
