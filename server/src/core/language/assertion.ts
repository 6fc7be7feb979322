// What a sentence asserts about one mention in it (a term, a citation, a procedure name, a principle):
// current (true of this procurement now), historical, contrast, negated, conditional, quoted,
// definition or example. Rules report only current mentions, except where a rule says otherwise
// (a wrong citation is wrong in any kind but a quotation). The cues are data (cues.ts); their scope is
// the clause that holds the mention, so a cue in another clause ("Notices will not be delayed and will
// be published in the OJEU") does not reach it.

import { CUES, PAST_TENSE, PRESENT_OR_FUTURE, SIMPLE_PAST, YEAR, type AssertionKind } from './cues';
import { clauseAround, maskAsides } from './clauses';

export type { AssertionKind } from './cues';

export interface Assertion {
  kind: AssertionKind;
  /** The words that decided it, for messages and tests. */
  cue?: string;
  /**
   * Historical by tense alone ("The contract notice was published in the OJEU"): a rule that knows the
   * document's date decides whether the past is before it or is this procurement's own.
   */
  byTense?: boolean;
}

const DEFINES_AFTER = /^\s*(?:['"”’]\s*)?(?:\([^()]{0,40}\)\s*)?(?:means|refers\s+to|describes|is\s+defined\s+as|is\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:procedure|process|term|name|arrangement|method|route|way|list|set|system|regime|framework|notice)\b|are\s+(?:\w+\s+){0,3}(?:procedures|processes)\s+(?:that|which))/i;
/** The mention opens the sentence, after at most an article or "the term": it is the thing defined. */
const SUBJECT_LEAD = /^(?:(?:in|for)\s+(?:this|these|the\s+purposes\s+of\s+this)\s+\w+,\s*)?(?:(?:an?|the)\s+)?(?:(?:term|phrase|expression|words?)\s+)?['"“‘]? ?$/i;

/** The mention sits inside double quotes (single quotes are too often apostrophes). */
function insideQuotes(sentence: string, from: number, to: number): boolean {
  // Quotes around the mention alone mark a term ("the "most advantageous tender" will be …"), not someone's words.
  if (/["“‘']/.test(sentence[from - 1] ?? '') && /["”’']/.test(sentence[to] ?? '')) return false;
  const before = sentence.slice(0, from);
  const curlySingle = (before.match(/‘/g) ?? []).length > 0 && /’\s*[,.]?\s*(?:said|says|asked|added|wrote)\b|’[,.]/.test(sentence.slice(to));
  if (curlySingle) return true;
  const straightOpen = (before.match(/"/g) ?? []).length % 2 === 1 && sentence.indexOf('"', to) >= 0;
  const curlyOpen = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length && sentence.indexOf('”', to) >= 0;
  return straightOpen || curlyOpen;
}

export function assertionAt(original: string, from: number, to: number): Assertion {
  // An aside that does not hold the mention ("…, which was drafted last month, …") says nothing about it.
  const sentence = maskAsides(original, from, to);
  const lead = sentence.slice(0, from);
  const tail = sentence.slice(to);
  // A definition names the mention as its subject: "An 'innovation partnership' is a procedure that …".
  const defines = DEFINES_AFTER.exec(tail);
  // Trimmed and bounded: the pattern then has no whitespace run to split two ways.
  if (defines && lead.length < 120 && SUBJECT_LEAD.test(`${lead.trim()} `)) return { kind: 'definition', cue: defines[0].trim() };
  if (insideQuotes(sentence, from, to)) return { kind: 'quoted', cue: 'quotation marks' };

  const clause = clauseAround(sentence, from, to);
  const before = sentence.slice(clause.start, from);
  const after = sentence.slice(to, clause.end);
  for (const cue of CUES) {
    if (cue.kind === 'historical' || cue.kind === 'conditional') continue;
    const m = cue.direction !== 'after' ? cue.pattern.exec(before) : null;
    const n = !m && cue.direction !== 'before' ? cue.pattern.exec(after) : null;
    if (m || n) return { kind: cue.kind, cue: (m ?? n)![0].trim() };
  }
  // A condition governs the clause it opens, up to the comma that ends it.
  const condition = conditionOver(sentence, from) ?? openingCondition(sentence, from);
  if (condition) return { kind: 'conditional', cue: condition };
  const ifApplicable = CUES.find((c) => c.kind === 'conditional' && c.direction === 'after')!.pattern.exec(after);
  if (ifApplicable) return { kind: 'conditional', cue: ifApplicable[0].trim() };
  const history = CUES.find((c) => c.kind === 'historical')!.pattern.exec(sentence.slice(clause.start, clause.end));
  if (history) return { kind: 'historical', cue: history[0] };
  const text = sentence.slice(clause.start, clause.end);
  const past = PAST_TENSE.exec(text);
  if (past && !PRESENT_OR_FUTURE.test(text)) return { kind: 'historical', cue: past[0], byTense: true };
  const simple = SIMPLE_PAST.exec(text);
  if (simple && YEAR.test(sentence) && !PRESENT_OR_FUTURE.test(text)) return { kind: 'historical', cue: simple[0], byTense: true };
  return { kind: 'current' };
}

const CONDITION_START = /(?:^|[,;:(]\s*|\b(?:and|but|or)\s+)(if|where|when|whether|unless|should|in\s+the\s+event\s+that|provided\s+that|in\s+cases?\s+where|to\s+the\s+extent\s+that)\b/gi;

/** The condition word whose clause (up to its closing comma) holds the mention, if any. */
function conditionOver(sentence: string, from: number): string | undefined {
  CONDITION_START.lastIndex = 0;
  for (let m = CONDITION_START.exec(sentence); m && m.index < from; m = CONDITION_START.exec(sentence)) {
    const start = m.index + m[0].length;
    const comma = sentence.indexOf(',', start);
    const end = comma < 0 ? sentence.length : comma;
    // "where" after a noun is a relative clause ("the area where …"), not a condition, unless it opens the sentence.
    if (/^where$/i.test(m[1]) && m.index > 0 && !/[,;:(]\s*$/.test(sentence.slice(0, m.index + m[0].length - m[1].length))) continue;
    if (/^when$/i.test(m[1]) && m.index > 0 && !/[,;:(]\s*$/.test(sentence.slice(0, m.index + m[0].length - m[1].length))) continue;
    if (from >= start && from < end) return m[1];
  }
  return undefined;
}

const OPENING_CONDITION = /^\s*(if|should|unless|where|in\s+the\s+event\s+that|provided\s+that|subject\s+to|assuming|in\s+case)\b[^,]*,\s*/i;
/** The reader is told to do something: "If you have questions, note that …" asserts what follows. */
const IMPERATIVE = /^(?:please\s+)?(?:note|contact|see|email|ask|read|refer|call|visit|check|remember)\s/i;

/** A sentence that opens with a condition makes its main clause conditional too ("Should the value exceed the threshold, the notice will …"). */
function openingCondition(sentence: string, from: number): string | undefined {
  const m = OPENING_CONDITION.exec(sentence);
  if (!m || from < m[0].length) return undefined;
  const main = sentence.slice(m[0].length, from);
  // The condition governs its own main clause only: not past a semicolon, a colon or ", and".
  if (IMPERATIVE.test(sentence.slice(m[0].length)) || /[;:]|,\s*(?:and|but|or)\b/.test(main)) return undefined;
  return m[1];
}
