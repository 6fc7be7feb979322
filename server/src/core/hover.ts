// Hover: explains the citation or term under the cursor. A citation gets its title, instrument, our
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
import { sourceRange, type DocumentModel, type Passage } from './model';
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
  const passage = analysis.doc.passages[index];
  return citationHover(passage, analysis.context, offset) ?? termHover(passage, analysis, offset);
}

function citationHover(passage: Passage, context: DocumentContext, offset: number): HoverResult | undefined {
  if (!/\d|Annex/i.test(passage.text)) return undefined;
  for (const c of findCitations(passage.text)) {
    const range = sourceRange(passage, c.start, c.end);
    if (offset < range.start || offset > range.end) continue;
    return { markdown: explainCitation(c, context), ...range };
  }
  return undefined;
}

const MAX_RANGE_ITEMS = 12;

/** The hover text for a citation under a document's context. */
export function explainCitation(c: Citation, context: DocumentContext): string {
  const instrument = resolveInstrument(c, context.regime);
  const info = INSTRUMENTS[instrument];
  const word = provisionWord(c.kind);
  const cited = c.rangeEnd ? `${word}${word.endsWith('x') ? 'es' : 's'} ${c.number} to ${c.rangeEnd}` : `${word} ${c.number}${paragraphText(c)}`;
  const guessed = c.instrument === undefined ? ` (assumed from the document's regime, ${shortName(context.regime)})` : '';
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

function termHover(passage: Passage, analysis: Analysis, offset: number): HoverResult | undefined {
  const textIndex = textIndexOf(passage, offset);
  if (textIndex < 0) return undefined;
  const matches = termMatchesAt(passage.text, textIndex, analysis.settings.terms);
  if (matches.length === 0) return undefined;
  const range = sourceRange(passage, matches[0].start, matches[0].end);
  return { markdown: matches.map((m) => explainTerm(m, analysis.context)).join('\n\n---\n\n'), ...range };
}

/** The passage-text index whose source offset is `offset` (segments map text to source). */
function textIndexOf(passage: Passage, offset: number): number {
  for (const seg of passage.segments) {
    const length = seg.sourceEnd - seg.sourceStart;
    if (offset >= seg.sourceStart && offset <= seg.sourceEnd) return seg.textStart + (seg.exact ? Math.min(offset - seg.sourceStart, length) : 0);
  }
  return -1;
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
