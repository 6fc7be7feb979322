// Revoked and superseded instruments named as current law (knowledge/revoked.ts): "The Council must
// comply with the Public Contracts Regulations 2006" in a document dated 2019. Only when the document
// gives its date (a guess from today says nothing about an old document), the instrument was revoked
// in the document's jurisdiction by then, and the sentence asserts the mention as current. EU
// directives count only in a sentence that makes them the law the procurement follows: guidance
// mentions them as background all the time.

import { REVOKED_INSTRUMENTS, type RevokedInstrument } from '../../knowledge/revoked';
import { assertionAt } from '../../language/assertion';
import { sourceRange, type DocumentModel } from '../../model';
import { RETROSPECT, scanText, quoted } from '../../sentences';
import type { DocumentContext, Report } from '../../types';

/** Handled elsewhere: PCR 2015 after go-live (obsolete-reference's governing-law check). */
const SKIP = new Set(['pcr-2015']);
const CHECKED = REVOKED_INSTRUMENTS.filter((r) => !SKIP.has(r.id));
const PATTERNS = CHECKED.map((r) => new RegExp(String.raw`(?<![\w/-])(?:${r.pattern})(?![\w/-])`, 'gi'));
/** "Statutory Instrument 2006 No.1", "Scottish Statutory Instrument 2012 No. 88". */
const SI_WORDS = /\b(Scottish\s+)?Statutory\s+Instrument\s+(\d{4})\s+No\.?\s?(\d{1,4})\b/gi;
const ANY = new RegExp(`${CHECKED.map((r) => `(?:${r.pattern})`).join('|')}|Statutory\\s+Instrument`, 'i');
const AS_GOVERNING_LAW = /\b(?:comply\s+with|complies\s+with|in\s+accordance\s+with|governed\s+by|subject\s+to|under|pursuant\s+to|bound\s+by|requires?|apply|applies|implement(?:s|ing)?)\b/i;
const DIRECTIVE = /^directive-/;

export function jurisdictionOf(c: DocumentContext): string {
  return c.jurisdiction ?? (c.regime === 'pcsr-2015' ? 'Scotland' : 'England');
}

function siEntry(scottish: boolean, year: string, number: string): RevokedInstrument | undefined {
  const name = `${scottish ? 'SSI' : 'SI'} ${year}/${number}`;
  return CHECKED.find((r) => r.names.includes(name));
}

export interface RevokedHit {
  entry: RevokedInstrument;
  from: number;
  to: number;
  sentence: { start: number; end: number; text: string };
}

const NO_HITS: RevokedHit[] = [];

/** Revoked instruments named in one passage's text (cached with the rule's other passage facts). */
export function revokedIn(text: string, where: string): RevokedHit[] {
  if (!ANY.test(text)) return NO_HITS;
  const hits: RevokedHit[] = [];
  PATTERNS.forEach((re, k) => {
    for (const h of scanText(text, re)) hits.push({ entry: CHECKED[k], from: h.from, to: h.to, sentence: h.sentence });
  });
  for (const h of scanText(text, SI_WORDS)) {
    const entry = siEntry(Boolean(h.match[1]) || where === 'Scotland', h.match[2], h.match[3]);
    if (entry && !hits.some((x) => x.from < h.to && h.from < x.to)) hits.push({ entry, from: h.from, to: h.to, sentence: h.sentence });
  }
  return hits.length === 0 ? NO_HITS : hits;
}

/**
 * "Name the Public Contracts Regulations 2015: …" where the successor's name is short enough for one
 * line; the longer successors (a directive and the regulations transposing it) are named in the detail.
 * The old instrument's name is not repeated: the range shows it, and it shares words with its successor.
 */
function revokedMessage(entry: RevokedInstrument, date: string): string {
  const named = `Name the ${entry.replacedBy}: it replaced this instrument for new procurements from ${entry.revokedFrom}.`;
  return named.length <= 110 ? named : `Name the law in force on ${date}: this instrument stopped applying to new procurements on ${entry.revokedFrom}.`;
}

export function checkRevoked(doc: DocumentModel, c: DocumentContext, transitional: boolean, hitsIn: (passageIndex: number) => RevokedHit[], report: (r: Report) => void): void {
  if (c.dateSource === 'today' || transitional) return;
  const where = jurisdictionOf(c);
  doc.passages.forEach((passage, index) => {
    for (const h of hitsIn(index)) {
      const { entry } = h;
      if (!entry.jurisdiction.includes(where as RevokedInstrument['jurisdiction'][number]) || c.date < entry.revokedFrom) continue;
      const s = h.sentence;
      if (RETROSPECT.test(s.text) || assertionAt(s.text, h.from - s.start, h.to - s.start).kind !== 'current') continue;
      if (DIRECTIVE.test(entry.id) && !AS_GOVERNING_LAW.test(s.text)) continue;
      const written = passage.text.slice(h.from, h.to);
      const { start, end } = sourceRange(passage, h.from, h.to);
      report({
        message: revokedMessage(entry, c.date),
        detail: `"${quoted(written)}" no longer applied to new procurements in ${where} from ${entry.revokedFrom}; the ${entry.replacedBy} replaced it. Name the law in force on ${c.date}, or say why the old law still applies. Source: ${entry.url}`,
        start,
        end,
        data: { kind: 'revoked-instrument', instrument: entry.id },
      });
    }
  });
}
