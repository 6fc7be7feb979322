// Hover: explains the citation, standstill period or date (periodHover.ts) or term under the cursor. A citation gets its title, instrument, our
// summary, what it means for this document's regime and date, its counterparts and the link; a term
// (built-in or from the user's settings) gets its definition, the regimes it belongs to and its
// sources. Only the passage under the cursor is scanned, so hovering never re-lints the document.

import { findCitations, resolveInstrument, type Citation } from './citations';
import {
  INSTRUMENTS,
  applicabilityNotes,
  counterpartLinks,
  getProvision,
  provisionByKey,
  provisionLabel,
  provisionLink,
  provisionWord,
  shortName,
  termMatchesAt,
  type Instrument,
  type Provision,
  type TermMatch,
} from './knowledge';
import { sourceRange, textIndexAt, type DocumentModel, type Passage } from './model';
import { citedActIn, type CitedAct } from './knowledge/acts';
import { periodHoverAt } from './periodHover';
import { timeLimitHoverAt } from './timeLimitHover';
import type { Settings } from './settings';
import type { DocumentContext } from './types';

export interface Analysis {
  doc: DocumentModel;
  context: DocumentContext;
  settings: Settings;
}

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** Index of the passage containing `offset` (its end included), or -1; passages are in document order. */
export function passageAt(doc: DocumentModel, offset: number): number {
  const passages = doc.passages;
  let lo = 0;
  let hi = passages.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (passages[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset <= passages[found].end ? found : -1;
}

export function hoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  const index = passageAt(analysis.doc, offset);
  if (index < 0) return undefined;
  const view = viewAt(analysis.doc, analysis.doc.passages[index], offset);
  if (!view) return undefined;
  return (
    citationHover(view, analysis.context) ??
    periodHoverAt(analysis.doc, analysis.context, index, offset) ??
    timeLimitHoverAt(analysis.doc, analysis.context, index, offset) ??
    termHover(view, analysis)
  );
}

/** Text to scan around the cursor, the cursor's index in it, and the map back to document offsets. */
interface View {
  text: string;
  at: number;
  toSource(from: number, to: number): { start: number; end: number };
}

/**
 * The passage text when the cursor's segment maps to the source character for character; otherwise
 * (escapes, entities, a line's trailing spaces) the raw source of the passage, so that the hover
 * still lands on the words under the cursor.
 */
function viewAt(doc: DocumentModel, passage: Passage, offset: number): View | undefined {
  const at = textIndexAt(passage, offset);
  if (at >= 0) return { text: passage.text, at, toSource: (from, to) => sourceRange(passage, from, to) };
  if (passage.end <= passage.start) return undefined;
  return {
    text: doc.text.slice(passage.start, passage.end),
    at: offset - passage.start,
    toSource: (from, to) => ({ start: passage.start + from, end: passage.start + to }),
  };
}

function citationHover(view: View, context: DocumentContext): HoverResult | undefined {
  if (!/\d|Annex/i.test(view.text)) return undefined;
  for (const c of findCitations(view.text)) {
    if (view.at < c.start || view.at > c.end) continue;
    // "Article 28 of the UK GDPR": another instrument named right after wins over any guess.
    const act = c.instrument ? undefined : namedActAfter(view.text.slice(c.end, c.end + 200));
    if (act) return { markdown: explainOtherAct(c, act), ...view.toSource(c.start, c.end) };
    return { markdown: explainCitation(c, context), ...view.toSource(c.start, c.end) };
  }
  return undefined;
}

const OF_THE = /^\s?(?:\([^()]{0,20}\)\s?)?(?:of|under|in)\s(?:the\s)?/i;

/** The commonly cited act (knowledge/acts.ts) named directly after a citation, if any. */
function namedActAfter(tail: string): CitedAct | undefined {
  const m = OF_THE.exec(tail);
  if (!m) return undefined;
  const rest = tail.slice(m[0].length);
  const act = citedActIn(rest.slice(0, 120));
  return act && new RegExp(`^(?:${act.pattern})`, 'i').test(rest) ? act : undefined;
}

function explainOtherAct(c: Citation, act: CitedAct): string {
  const word = provisionWord(c.kind);
  const cited = `${word} ${c.number}${paragraphText(c)}`;
  return [`**${capitalise(cited)}**, ${act.title}`, '', `This ${c.kind} belongs to the ${act.title}, not to a procurement instrument; Tender Lint has no notes on it. [${act.title}](${act.url})`].join('\n');
}

const MAX_RANGE_ITEMS = 12;

/** The hover text for a citation under a document's context. */
export function explainCitation(c: Citation, context: DocumentContext): string {
  const instrument = instrumentFor(c, context.regime);
  const info = INSTRUMENTS[instrument];
  const word = provisionWord(c.kind);
  const cited = c.rangeEnd ? `${word}${word.endsWith('x') ? 'es' : 's'} ${c.number} to ${c.rangeEnd}` : `${word} ${c.number}${paragraphText(c)}`;
  const guessed = c.instrument !== undefined ? '' : instrument === context.regime
    ? ` (assumed from the document's regime, ${shortName(context.regime)})`
    : ` (assumed: the instrument that numbers its provisions this way)`;
  const lines = [`**${capitalise(cited)}**, ${info.title} (${info.citation})${guessed}`, ''];
  const first = getProvision(instrument, c.kind, c.number);
  const range = c.rangeEnd ? provisionsInRange(instrument, c) : [];
  if (range.length > 1) {
    for (const p of range) lines.push(`- ${provisionLink(p)}: ${p.title}`);
    lines.push('');
  } else if (first) {
    lines.push(`*${first.title}*`, '', first.summary, '');
  } else {
    lines.push(`Tender Lint has no notes on this ${c.kind}. [Contents of the ${info.title}](${info.url})`, '');
  }
  const subject: Provision | undefined = first ?? range[0];
  lines.push(...applicabilityNotes(subject, instrument, context).flatMap((n) => [n, '']));
  if (subject && range.length <= 1) {
    const links = counterpartLinks(subject, context.regime);
    if (links) lines.push(`**Counterparts:** ${links}`, '');
    lines.push(`[Read ${provisionLabel(subject)} on legislation.gov.uk](${subject.url})`);
  }
  return lines.join('\n').trimEnd();
}

/**
 * The shared resolver, except that an unattributed "section" in a document under regulations is read
 * as the Procurement Act 2023 when the Act has that section in our notes: the Regulations number
 * regulations, and their own "Sections" (of a Part) are rarely cited by number alone.
 */
function instrumentFor(c: Citation, regime: Instrument): Instrument {
  const resolved = resolveInstrument(c, regime);
  if (c.instrument === undefined && c.kind === 'section' && INSTRUMENTS[resolved].provisionKind !== 'section' && getProvision('pa-2023', 'section', c.number)) {
    return 'pa-2023';
  }
  return resolved;
}

function provisionsInRange(instrument: Instrument, c: Citation): Provision[] {
  const from = Number(c.number);
  const to = Number(c.rangeEnd);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from) return [];
  const out: Provision[] = [];
  for (let n = from; n <= to && out.length < MAX_RANGE_ITEMS; n++) {
    const p = getProvision(instrument, c.kind, String(n));
    if (p) out.push(p);
  }
  return out;
}

function termHover(view: View, analysis: Analysis): HoverResult | undefined {
  const matches = termMatchesAt(view.text, view.at, analysis.settings.terms);
  if (matches.length === 0) return undefined;
  return { markdown: matches.map((m) => explainTerm(m, analysis.context)).join('\n\n---\n\n'), ...view.toSource(matches[0].start, matches[0].end) };
}

function explainTerm(m: TermMatch, context: DocumentContext): string {
  if (m.user) {
    const lines = [`**${m.user.term}** (your glossary)`, '', m.user.definition];
    if (m.user.source) lines.push('', `Source: ${m.user.source}`);
    return lines.join('\n');
  }
  const term = m.term!;
  const lines = [`**${term.names[0]}**`, '', term.definition];
  if (term.regimes) {
    const names = term.regimes.map((r) => shortName(r)).join(', ');
    const fits = term.regimes.includes(context.regime);
    lines.push('', `**Used under:** ${names}.${fits ? '' : ` Not a term of ${shortName(context.regime)}, which governs this document.`}`);
  }
  const sources = term.sources.map(provisionByKey).filter((p): p is Provision => p !== undefined);
  if (sources.length > 0) lines.push('', `**Sources:** ${sources.map((p) => `${shortName(p.instrument)} ${provisionLink(p)}`).join(' · ')}`);
  return lines.join('\n');
}

/** "(2)(b)" for 20(2)(b); " paragraph 2" for Schedule 5 para 2. */
function paragraphText(c: Citation): string {
  if (!c.paragraph) return '';
  if (c.kind === 'schedule' || c.kind === 'annex') return ` paragraph ${c.paragraph}`;
  const open = c.paragraph.indexOf('(');
  return open < 0 ? `(${c.paragraph})` : `(${c.paragraph.slice(0, open)})${c.paragraph.slice(open)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
