// Sentences that say which law governs the procurement ("This procurement is being conducted in
// accordance with the Public Contracts Regulations 2015"; "it remains governed by …"; "The Procurement
// Act 2023 does not apply to it"), sentences that say when it began ("This procurement was commenced on
// 18 November 2024"), and plain citations, which only count when nothing stronger is said.

import { NEGATION, RETROSPECT, sentenceAround } from '../sentences';
import { findDates } from './dates';
import { instrumentNamesIn, LIGHT_TOUCH } from './instrumentNames';
import type { RelativeEvidence } from './types';

/** Words just before an instrument's name that make it the governing law. */
const GOVERNED_BY =
  /(?:governed\s+by|(?:conducted|procured|tendered|run|carried\s+out|undertaken|let|managed|advertised|issued|being\s+procured|being\s+run)\s+(?:under|in\s+accordance\s+with|pursuant\s+to|in\s+line\s+with|in\s+compliance\s+with|using)|subject\s+to|(?:falls?|falling|comes?|coming)\s+(?:under|within)(?:\s+the\s+scope\s+of)?|in\s+accordance\s+with|pursuant\s+to|in\s+compliance\s+with|regulated\s+by|under)\s+(?:(?:the|its|their|all)\s+)?(?:(?:requirements|provisions|rules|terms|procedures?|process)\s+(?:of|in|set\s+out\s+in)\s+(?:the\s+)?)?(?:[A-Z][\w()'’.\-]*\s+){0,6}(?:\(["“]?[\w\s]{1,20}["”]?\)\s+)?$/;
/** Words just after the name: "… 2015 applies to this procurement" / "… does not apply". */
const APPLIES_AFTER = /^[\s,)]*(?:\([^()]{0,40}\)\s*)?(?:will\s+|shall\s+|does\s+|do\s+|continues?\s+to\s+|still\s+)?(?:not\s+)?(?:apply|applies|govern|governs)\b/i;
/** The sentence is about this procurement, not law in general. */
const THIS_PROCUREMENT =
  /\b(?:this|the|our|each)\s+(?:procurement|tender|tendering\s+exercise|contract|process|exercise|opportunity|competition|framework(?:\s+agreement)?|ITT|ITPD|ISIT|invitation|requirement|dynamic\s+purchasing\s+system|DPS|call-?off|award|service)\b|\b(?:we|it|the\s+(?:council|authority|trust|board|ICB|department|contracting\s+authority|buyer|university|commissioner|purchaser))\b/i;
/** The sentence says when the procurement began. */
const STARTED = /\b(?:commenced|started|launched|began|begun|initiated|was\s+advertised|were\s+advertised|was\s+published)\b/i;

/** What one passage's sentences say, with offsets into the passage text (cached per text). */
export interface SentenceReading {
  evidence: RelativeEvidence[];
  /** Citations of each regime in sentences that neither deny nor look back. */
  citations: Array<[string, number]>;
}

export function readSentences(text: string): SentenceReading {
  const evidence: RelativeEvidence[] = [];
  const citations = new Map<string, number>();
  const names = instrumentNamesIn(text);
  const seen = new Set<number>();
  for (const n of names) {
    const s = sentenceAround(text, n.from);
    const sentence = text.slice(s.start, s.end);
    const before = text.slice(Math.max(s.start, n.from - 160), n.from);
    const after = text.slice(n.to, Math.min(s.end, n.to + 80));
    const negated = NEGATION.test(sentence);
    const governs = GOVERNED_BY.test(before) || APPLIES_AFTER.test(after);
    const aboutThis = THIS_PROCUREMENT.test(sentence);
    if (governs && aboutThis && !RETROSPECT.test(sentence.replace(/\bremains?\b/g, ''))) {
      // "does not apply" / "is not governed by" deny; "rather than the PCR" denies the name it precedes.
      const denies = negated && (/\bnot\b|n't\b|\bno longer\b/i.test(before.slice(-60) + after.slice(0, 30)) || /(?:rather\s+than|instead\s+of|not)\s+(?:the\s+)?$/i.test(before));
      evidence.push({ field: 'regime', value: n.regime, reason: denies ? 'governing-law sentence (denied)' : 'governing-law sentence', from: n.from, to: n.to, confidence: 'high', ...(denies ? { negated: true } : {}) });
    } else if (!negated && !RETROSPECT.test(sentence)) {
      citations.set(n.regime, (citations.get(n.regime) ?? 0) + 1);
    }
    if (!seen.has(s.start)) {
      seen.add(s.start);
      if (STARTED.test(sentence) && aboutThis && !negated) startDate(s.start, sentence, evidence);
    }
  }
  if (names.length === 0 && STARTED.test(text) && /\b(?:19|20)\d\d\b/.test(text)) {
    const s = sentenceAround(text, text.search(STARTED));
    const sentence = text.slice(s.start, s.end);
    if (THIS_PROCUREMENT.test(sentence) && !NEGATION.test(sentence)) startDate(s.start, sentence, evidence);
  }
  const lt = LIGHT_TOUCH.exec(text);
  if (lt) {
    const s = sentenceAround(text, lt.index);
    const sentence = text.slice(s.start, s.end);
    const before = text.slice(Math.max(s.start, lt.index - 160), lt.index);
    const after = text.slice(lt.index + lt[0].length, Math.min(s.end, lt.index + lt[0].length + 80));
    if ((GOVERNED_BY.test(before) || APPLIES_AFTER.test(after)) && THIS_PROCUREMENT.test(sentence) && !NEGATION.test(sentence) && !RETROSPECT.test(sentence))
      evidence.push({ field: 'lightTouch', value: 'true', reason: 'light touch sentence', from: lt.index, to: lt.index + lt[0].length, confidence: 'high' });
  }
  return { evidence, citations: [...citations] };
}

const BOUNDARY_BEFORE = /(?:before|after|prior\s+to|from|until)\s*$/i;

function startDate(sentenceStart: number, sentence: string, out: RelativeEvidence[]): void {
  const verb = sentence.search(STARTED);
  // "started on or after 24 February 2025" states the law's boundary, not this procurement's start.
  const d = findDates(sentence.slice(verb)).find((x) => !BOUNDARY_BEFORE.test(sentence.slice(Math.max(verb, verb + x.start - 16), verb + x.start)));
  if (!d) return;
  const from = sentenceStart + verb + d.start;
  out.push({ field: 'date', value: d.iso, reason: 'sentence saying when the procurement began', from, to: from + (d.end - d.start), confidence: 'high' });
}
