// obsolete-reference: words that were right once and are out of date on the document's date and
// regime: OJEU/TED after 2020, PCR 2015 as the law of a procurement started after the Procurement Act
// 2023 went live, MEAT and the Light Touch Regime under the Act, and the "Alcatel" letter and period.
// A reference that was right on the document's date, or that the document makes as history or a
// comparison, is not reported. Facts: law-facts.md §0.3–0.10, §1.5, §2.1, §2.4, §7.2–7.5, §7.7.

import { OBSOLETE_TERMS, PCR_AS_GOVERNING_LAW, PA_2023_FROM, type ObsoleteTerm } from '../knowledge/obsolete';
import { MISSPELT_TITLES } from '../knowledge/citationTitles';
import { caseForPosition, collectMatches, isDiscussion, quoted, RETROSPECT, scanText, sourceReads, type PassageMatch, type RawMatch } from '../sentences';
import { assertionAt } from '../language/assertion';
import { checkRevoked, jurisdictionOf, revokedIn, type RevokedHit } from './terminology/revokedChecks';
import type { DocumentModel, Passage } from '../model';
import type { DocumentContext, Fix, Rule, RuleContext } from '../types';

const rule: Rule = {
  id: 'obsolete-reference',
  description: 'References must be current for the document\'s regime and date: no OJEU after 2020, no PCR 2015, MEAT or Light Touch Regime under the Act.',
  rationale:
    'Procurement law changed twice in five years: UK notices left the Official Journal for Find a Tender on 31 December 2020, and the Procurement Act 2023 replaced the ' +
    'Public Contracts Regulations 2015 for procurements started from 24 February 2025, with new words (most advantageous tender, light touch contracts). ' +
    'Templates carry the old words forward; bidders and reviewers read them as the rules that apply.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      // A revoked instrument named as history is not a finding.
      '---\ntender-lint:\n  date: 2019-05-01\n---\n\n# Contract register\n\nThe 2012 cleaning contract was let under the Public Contracts Regulations 2006.\n',
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2019-06-01\n---\n\n# Notices\n\nThe contract notice will be published in the OJEU.\n',
      '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Award\n\nThe contract will be awarded to the most advantageous tender under the rules for light touch contracts.\n',
      '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n---\n\n# Law\n\nUnlike the Public Contracts Regulations 2015, which used MEAT, the Act looks for the most advantageous tender.\n',
      '---\ntender-lint:\n  date: 2025-06-01\n---\n\n# Law\n\nThis procurement was commenced before 24 February 2025 and continues to be governed by the Public Contracts Regulations 2015.\n',
    ],
    invalid: [
      {
        // A revoked instrument named as the law to follow, on the document's own date.
        text: '---\ntender-lint:\n  date: 2019-05-01\n---\n\n# Contract standing orders\n\nAll procurements above the threshold must comply with the Public Contracts Regulations 2006.\n',
        count: 1,
        messageIncludes: 'Public Contracts Regulations 2015',
      },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n  date: 2023-03-01\n---\n\n# Notices\n\nThe contract notice will be published in the OJEU.\n', count: 1, messageIncludes: 'Find a Tender' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Award\n\nThe contract will be awarded to the most economically advantageous tender.\n', count: 1, messageIncludes: 'most advantageous tender' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Services\n\nThese services fall under the Light Touch Regime.\n', count: 1, messageIncludes: 'light touch contracts' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Award\n\nThe Alcatel period will last ten days.\n', count: 1, messageIncludes: 'standstill' },
      {
        text: '---\ntender-lint:\n  date: 2025-09-01\n---\n\n# Law\n\nThis procurement is conducted under the Public Contracts Regulations 2015.\n',
        count: 1,
        messageIncludes: 'Procurement Act 2023',
      },
    ],
  },
  check({ doc, context, report, memo }) {
    // Terms that can apply under this context; the document-level transitional test comes after.
    const terms = OBSOLETE_TERMS.map((term, index) => ({ term, index, actOnly: term.regimes.length === 1 && term.regimes[0] === 'pa-2023' })).filter(
      // A term out of date under one regime only is judged only when that regime is more than a guess
      // (it came from settings, the text or a date the document gives).
      ({ term }) =>
        term.regimes.includes(context.regime) && (term.regimes.length > 1 || context.regimeConfidence !== 'guess') && (!term.from || knownOnOrAfter(context, term.from)),
    );
    const where = jurisdictionOf(context);
    const compute = (passage: Passage) => passageFacts(passage.text, terms, where);
    const facts = doc.passages.map((p) => memo(p, compute));
    const transitional = facts.some((f) => f.transitional);
    const withTerms: number[] = [];
    facts.forEach((f, i) => f.terms.size > 0 && withTerms.push(i));
    for (const { term, index, actOnly } of terms) {
      // A saved PCR procurement keeps the PCR words; a regime guessed only from today's date proves nothing.
      if (actOnly && (transitional || !regimeKnown(context))) continue;
      for (const hit of collectMatches(doc, (i) => facts[i].terms.get(index)?.hits, withTerms)) {
        if (!facts[hit.passageIndex].terms.get(index)!.applies.get(hit.match)) continue;
        const fix = fixFor(term, hit, context, doc);
        const explanation = term.explanation[context.regime] ?? term.explanation.default;
        const source = term.sourceByRegime?.[context.regime] ?? term.source;
        report({
          message: obsoleteMessage(quoted(hit.match[0]), when(context, term), term.replacement[context.regime]),
          detail: `${explanation} Source: ${source.label} (${source.url}).`,
          start: hit.start,
          end: hit.end,
          fixes: fix ? [fix] : [],
          data: { kind: term.id },
          // Which words replace it depends on the regime ("Find a Tender" or "the Central Digital Platform").
          contextual: actOnly || new Set(Object.values(term.replacement)).size > 1 ? 'regime' : undefined,
        });
      }
    }
    checkGoverningLaw(doc, context, transitional, facts, report);
    checkRevoked(doc, context, transitional, (i) => facts[i].revoked, report);
  },
};

const TRANSITIONAL = new RegExp(PCR_AS_GOVERNING_LAW.transitional, 'i');
const SCOTTISH = /\bdevolved\s+Scottish\b|\bScottish\s+(?:contracting\s+)?authorit/i;
/** Pre-filter: a passage matching none of the terms' patterns has no hits (case folded: a superset). */
const ANY_TERM = new RegExp(OBSOLETE_TERMS.map((t) => `(?:${t.pattern})`).join('|'), 'i');
const ANY_PCR = /PCR|Public\s+Contracts|S\.?I\.?\s2015|public\s(?:contracts?|procurement)\sregulation/i;

interface TermHits {
  hits: RawMatch[];
  applies: Map<RegExpExecArray, boolean>;
}

/** What one passage holds for this rule (cached per passage text: see memo.ts). */
interface PassageFacts {
  transitional: boolean;
  scottish: boolean;
  terms: Map<number, TermHits>;
  pcr: RawMatch[];
  revoked: RevokedHit[];
}

const NO_TERMS = new Map<number, TermHits>();
const NO_MATCHES: RawMatch[] = [];
/** Most passages: one shared value, so that the cache holds little for them. */
const NOTHING: PassageFacts = { transitional: false, scottish: false, terms: NO_TERMS, pcr: NO_MATCHES, revoked: [] };

function passageFacts(text: string, terms: ReadonlyArray<{ term: ObsoleteTerm; index: number; actOnly: boolean }>, where: string): PassageFacts {
  const transitional = TRANSITIONAL.test(text);
  const scottish = SCOTTISH.test(text);
  const pcr = ANY_PCR.test(text) ? pcrNames(text) : NO_MATCHES;
  const anyTerm = ANY_TERM.test(text);
  const revoked = revokedIn(text, where);
  if (!transitional && !scottish && pcr.length === 0 && !anyTerm && revoked.length === 0) return NOTHING;
  const facts: PassageFacts = { transitional, scottish, terms: new Map(), pcr, revoked };
  if (!anyTerm) return facts;
  for (const { term, index, actOnly } of terms) {
    const hits = scanText(text, new RegExp(String.raw`(?<![\w-])(?:${term.pattern})(?![\w-])`, term.caseSensitive ? 'g' : 'gi'));
    if (hits.length > 0) facts.terms.set(index, { hits, applies: new Map(hits.map((h) => [h.match, applies(term, h, actOnly)])) });
  }
  return facts;
}

/** The document's regime comes from the document or its configuration, or its date was given. */
function regimeKnown(c: DocumentContext): boolean {
  return c.dateIsExplicit || c.regimeSource === 'front-matter' || c.regimeSource === 'config' || c.regimeSource === 'citations';
}

/** The procurement certainly starts on or after `iso`: an explicit date, or a declared Act regime. */
function knownOnOrAfter(c: DocumentContext, iso: string): boolean {
  if (c.dateIsExplicit) return c.date >= iso;
  return c.regime === 'pa-2023' && c.regimeSource !== 'date' && c.regimeSource !== 'default' && iso <= PA_2023_FROM;
}

function when(c: DocumentContext, term: ObsoleteTerm): string {
  if (term.from && c.dateIsExplicit) return ` for a procurement starting on ${c.date}`;
  if (c.regime === 'pa-2023' && term.regimes.length < 4) return ' under the Procurement Act 2023';
  return '';
}

const OLD_LAW_NAMED = /Public\s+Contracts\s+Regulations|\bPCR\b|\bPCSR\b|Regulations\s+2015/i;
const TITLE_YEARS = /(?:Regulations|Act|PCR|PCSR|Directive|SSI|SI)\s?\d{4}(?:\/\d{1,4}(?:\/E[UC])?)?|\d{4}\/\d{1,4}/g;
const OLD_YEAR = /\b(?:19\d\d|20[01]\d|2020)\b/;

function applies(term: ObsoleteTerm, hit: RawMatch, actOnly: boolean): boolean {
  const sentence = hit.sentence.text;
  if (term.requiresContext && !new RegExp(term.requiresContext, 'i').test(sentence)) return false;
  const from = hit.from - hit.sentence.start;
  // One mention, one finding: "the Official Journal of the European Union (OJEU)" is reported once.
  if (/(?:Official\s+Journal[\w\s]{0,40}|Tenders\s+Electronic\s+Daily)\s*\(\s*$/.test(sentence.slice(0, from))) return false;
  // Only a mention the sentence asserts as true now: history, contrast, negation, conditions,
  // quotations, definitions and examples are not uses of the old word (core/language).
  const assertion = assertionAt(sentence, from, hit.to - hit.sentence.start);
  // Past tense with no earlier year is this procurement's own past ("The contract notice was
  // published in the OJEU" in a 2025 tender); a year up to 2020 is checked below for OJEU.
  const ownPast = assertion.kind === 'historical' && assertion.byTense && !OLD_YEAR.test(sentence.replace(TITLE_YEARS, ''));
  if (assertion.kind !== 'current' && !ownPast) return false;
  if (RETROSPECT.test(sentence)) return false;
  // A comparison with the old law ("as under PCR 2015, MEAT …") is not a use of the old word.
  if (actOnly && OLD_LAW_NAMED.test(sentence)) return false;
  if (term.id === 'ojeu') {
    if (/\bOJ\s?[LC]\b|Directive|European\s+Commission|EU\s+Member\s+States?/.test(sentence)) return false;
    if (OLD_YEAR.test(sentence.replace(TITLE_YEARS, ''))) return false; // "advertised in the OJEU in 2019"
  }
  return true;
}

/** A fix only where swapping the words is certain to read correctly. */
/** "; write 'Find a Tender'" when the regime has one replacement for the words. */
/**
 * What to write first, then why. A long term ("Official Journal of the European Union") is not
 * quoted again: the highlighted range shows it, and the message stays within one line.
 */
function obsoleteMessage(written: string, when: string, replacement: string | undefined): string {
  const what = written.length > 24 ? 'this term' : `"${written}"`;
  if (!replacement) return `${what[0].toUpperCase()}${what.slice(1)} is out of date${when}.`;
  return `Write "${replacement.replace(/^the\s+/, '')}": ${what} is out of date${when}.`;
}

function fixFor(term: ObsoleteTerm, hit: PassageMatch, c: DocumentContext, doc: DocumentModel): Fix | undefined {
  let replacement = term.replacement[c.regime];
  if (!replacement || !hit.replaceable) return undefined;
  const written = hit.match[0];
  const before = hit.passage.text.slice(Math.max(0, hit.from - 12), hit.from);
  let { start } = hit;
  const { end } = hit;
  switch (term.id) {
    case 'ojeu': {
      // "an OJEU notice" → "a Find a Tender notice"; "the OJEU" → "Find a Tender" / "the Central Digital Platform".
      const article = /\b(the|an|a)\s$/i.exec(before);
      const noun = /^\s+notices?\b/.test(hit.passage.text.slice(hit.to, hit.to + 9));
      if (noun) replacement = replacement.replace(/^the\s/, '');
      if (article) {
        // The article must be plain text right before the words ("the *OJEU*" keeps its markup).
        if (!sourceReads(doc, start - article[0].length, end, hit.passage.text.slice(hit.from - article[0].length, hit.to))) return undefined;
        start -= article[0].length;
        if (noun) replacement = `${/^an?$/i.test(article[1]) ? 'a' : article[1]} ${replacement}`;
        else if (/^the\s/.test(replacement)) replacement = `${article[1]} ${replacement.slice(4)}`;
        if (/^[A-Z]/.test(article[1])) replacement = replacement[0].toUpperCase() + replacement.slice(1);
      }
      break;
    }
    case 'meat':
      if (written === 'MEAT') {
        if (!/\bthe\s$/i.test(before)) return undefined;
      } else {
        replacement = /tenders(?:\s|$)/i.test(written) ? 'most advantageous tenders' : replacement;
        replacement = caseForPosition(hit.passage.text, hit.from, replacement);
      }
      break;
    case 'light-touch-regime':
      // Only "under/within/of the Light Touch Regime": elsewhere the phrase is a noun the sentence builds on.
      if (!/^the\s/i.test(written) || !/\b(?:under|within|of|in|from|by|outside)\s$/i.test(before)) return undefined;
      break;
    case 'alcatel-letter':
      if (!regimeKnown(c)) return undefined;
      if (/s$/i.test(written)) replacement += 's';
      replacement = caseForPosition(hit.passage.text, hit.from, replacement);
      break;
    default:
      replacement = caseForPosition(hit.passage.text, hit.from, replacement);
  }
  return { title: `Replace with "${replacement}"`, edits: [{ start, end, text: replacement }], preferred: true };
}

const GOVERNING_VERBS = new RegExp(PCR_AS_GOVERNING_LAW.governingVerbs, 'i');
const PCR_NAME = /(?<![\w-])(?:Public\s+Contracts\s+Regulations\s+2015|PCR\s?2015|PCR|S\.?I\.?\s2015\/102)(?![\w-])/g;
/**
 * The 2015 Regulations under a wrong title ("Public Contract Regulations 2015"): still the 2015
 * Regulations named as the governing law. Matched as the citation rule matches them, so that its
 * correction of the title neither adds nor removes this finding.
 */
const PCR_MISSPELT = new RegExp(String.raw`\b(?:${MISSPELT_TITLES.filter((t) => t.instrument === 'pcr-2015').map((t) => t.wrong).join('|')})(?![\w/])`, 'gi');

function pcrNames(text: string): RawMatch[] {
  const misspelt = scanText(text, PCR_MISSPELT);
  const named = scanText(text, PCR_NAME);
  return misspelt.length === 0 ? named : [...named, ...misspelt].sort((a, b) => a.from - b.from);
}

/**
 * The sentence, reaching back over semicolons to the last full stop: in "carried out in compliance
 * with relevant legal frameworks, such as; the Public Contracts Regulations 2015; and" the verb that
 * makes the Regulations the governing law sits before the semicolon that ends the sentence piece.
 */
function governingSpan(text: string, sentence: { start: number; end: number; text: string }): string {
  let from = sentence.start;
  for (let i = sentence.start - 1; i >= 0 && sentence.start - i < 400; i--) {
    if (text[i] === '.' || text[i] === '!' || text[i] === '?' || (text[i] === '\n' && text[i - 1] === '\n')) break;
    from = i;
  }
  return text.slice(from, sentence.end);
}

/** PCR 2015 named as the law a procurement runs under, when the procurement starts after go-live. */
function checkGoverningLaw(doc: DocumentModel, c: DocumentContext, transitional: boolean, facts: PassageFacts[], report: RuleContext['report']): void {
  if (transitional || c.regime === 'pcsr-2015' || c.regime === 'directive-2014-24') return;
  const afterGoLive = c.dateIsExplicit ? c.date >= PA_2023_FROM : c.regime === 'pa-2023' && (c.regimeSource === 'front-matter' || c.regimeSource === 'config');
  if (!afterGoLive) return;
  if (facts.some((f) => f.scottish)) return;
  const withPcr: number[] = [];
  facts.forEach((f, i) => f.pcr.length > 0 && withPcr.push(i));
  const hits = collectMatches(doc, (i) => facts[i].pcr, withPcr).filter((h) => {
    const span = governingSpan(h.passage.text, h.sentence);
    return GOVERNING_VERBS.test(span) && !isDiscussion(span);
  });
  if (hits.length === 0) return;
  const [first, ...rest] = hits;
  const dated = c.dateIsExplicit ? `is dated ${c.date}` : 'is declared to run under the Procurement Act 2023';
  report({
    // The title, not the words written: the message stays the same when the citation rule corrects them.
    message: 'Name the Procurement Act 2023: PCR 2015 governs only procurements begun before 24 February 2025.',
    detail:
      `This document ${dated}, so the Public Contracts Regulations 2015 are not the law that governs its procurement. ${PCR_AS_GOVERNING_LAW.explanation} ` +
      `If it was commenced under the 2015 Regulations before 24 February 2025, say so in the document. Source: ${PCR_AS_GOVERNING_LAW.source.label} (${PCR_AS_GOVERNING_LAW.source.url}).`,
    start: first.start,
    end: first.end,
    related: rest.map((h) => ({ start: h.start, end: h.end, message: 'The 2015 Regulations are also named as the governing law here.' })),
    data: { kind: 'pcr-after-go-live' },
  });
}

export default rule;
