// Finding principle statements in prose: sentence boundaries, the phrasings in knowledge/principles.ts,
// and the negated or conditional mentions that do not count ("will not be published transparently",
// "if it decides to treat bidders equally").

import { assertionAt } from '../../language/assertion';
import { PRINCIPLES, type PrincipleId } from '../../knowledge/principles';

export interface Span {
  start: number;
  end: number;
}

const ALL_IDS = Object.keys(PRINCIPLES) as PrincipleId[];

/** Cheap pre-filter: a passage without any of these stems cannot state a principle. */
const ANY_STEM = /equal|discriminat|transpar|proportion|value|benefit|public good|shar|publish|integrity|probity|treat|level playing/i;

/** Words whose trailing full stop does not end a sentence ("reg. 18", "e.g. the"). */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'reg', 'regs', 's', 'ss', 'para', 'paras', 'art', 'arts', 'no', 'nos', 'cf', 'sch', 'vol', 'p', 'pp', 'mr', 'mrs', 'ms', 'dr', 'st']);

/** Sentence ranges of a passage's text. A heuristic: a wrong split only makes a sentence look shorter. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    const after = /^\s*(\S)/.exec(text.slice(i + 1, i + 8));
    if (after && !/[A-Z0-9"'“‘(\[*_]/.test(after[1])) continue;
    if (c === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i));
      if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
    }
    spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length && text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A clause ends at punctuation or a coordinating word; negation does not reach across it. */
const CLAUSE_BOUNDARY = /[,;:()\u2013\u2014]|\b(?:and|but|or|while|whereas|although|though)\b/gi;

/** Negation and condition markers before a mention that make it no statement of the principle. */
const NEGATED_OR_CONDITIONAL =
  /\b(?:not|never|no|nor|neither|cannot|without|unless|if|whether|except|lack of|absence of|fail(?:s|ed|ure)? to|breach(?:es|ed)? of|unable to)\b|n['’]t\b/i;

/** Hard-wrapped Markdown breaks phrases across lines: match on text with runs of spaces collapsed. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function isNegated(sentence: string, matchStart: number): boolean {
  const prefix = sentence.slice(Math.max(0, matchStart - 80), matchStart);
  let clauseStart = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(prefix); m; m = CLAUSE_BOUNDARY.exec(prefix)) clauseStart = m.index + m[0].length;
  return NEGATED_OR_CONDITIONAL.test(prefix.slice(clauseStart));
}

/**
 * Quoted words and conditions, read by the shared assertion analysis: "the bidder said "we treat all
 * staff equally"" and "where the Regulations apply, bidders are treated equally" neither state a
 * principle nor leave one out. Negation stays with isNegated: "will not discriminate" is itself a
 * phrasing of non-discrimination.
 */
function notTheAuthoritysOwn(sentence: string, from: number, to: number): boolean {
  const kind = assertionAt(sentence, from, to).kind;
  return kind === 'quoted' || kind === 'conditional';
}

const GLOBAL_PHRASINGS = new Map<PrincipleId, RegExp[]>(
  ALL_IDS.map((id) => [id, PRINCIPLES[id].phrasings.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))]),
);

/** Principles stated (affirmatively) in one sentence of a text. */
export function principlesInSentence(text: string, sentence: Span): Set<PrincipleId> {
  const found = new Set<PrincipleId>();
  const slice = flat(text.slice(sentence.start, sentence.end));
  if (!ANY_STEM.test(slice)) return found;
  for (const id of ALL_IDS) {
    for (const re of GLOBAL_PHRASINGS.get(id)!) {
      re.lastIndex = 0;
      let hit = false;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        if (!isNegated(slice, m.index) && !notTheAuthoritysOwn(slice, m.index, m.index + m[0].length)) {
          hit = true;
          break;
        }
        if (m[0].length === 0) re.lastIndex++;
      }
      if (hit) {
        found.add(id);
        break;
      }
    }
  }
  return found;
}

/** Principles stated anywhere in a text, sentence by sentence. */
export function principlesInText(text: string): Set<PrincipleId> {
  const found = new Set<PrincipleId>();
  if (!ANY_STEM.test(text)) return found;
  for (const s of splitSentences(text)) for (const id of principlesInSentence(text, s)) found.add(id);
  return found;
}

/** A required principle counts as stated when it, or a principle that states it, is in the set. */
export function isStated(id: PrincipleId, stated: ReadonlySet<PrincipleId>): boolean {
  return stated.has(id) || (PRINCIPLES[id].alsoStatedBy ?? []).some((other) => stated.has(other));
}

/**
 * How many distinct principles a set names (only those `relevant` to the regime, when given), counting the PA 2023 names of a classic principle
 * (treating suppliers the same, sharing information) as the same one.
 */
export function distinctNamed(stated: ReadonlySet<PrincipleId>, relevant?: ReadonlySet<PrincipleId>): number {
  if (stated.size === 0) return 0; // most passages: asked on every lint, so no set for them
  const canonical = new Set<string>();
  for (const id of stated) if (!relevant || relevant.has(id)) canonical.add(id === 'treating-suppliers-same' ? 'equal-treatment' : id === 'sharing-information' ? 'transparency' : id);
  return canonical.size;
}

/** Words before "principles" that make them something other than procurement principles. */
const OTHER_PRINCIPLES =
  /\b(?:design|service|care|delivery|practice|engagement|partnership|working|guiding|nursing|clinical|safeguarding|quality|accessibility|architectural|key|core|data protection|accounting|contract management|commercial|pricing|charging)\s+principles?\b/i;

/** A sentence or heading that introduces principles ("in accordance with the principles of …"). */
export function hasPrinciplesCue(raw: string): boolean {
  const text = flat(raw);
  if (OTHER_PRINCIPLES.test(text)) return false;
  return /\bprinciples?\b|\bprocurement objectives\b|\bobjectives (?:in|of|under|set out in) section 12\b/i.test(text);
}
