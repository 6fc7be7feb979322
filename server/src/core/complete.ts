// Completion on the raw document text around the cursor (the parser may have left that text out of
// every passage, e.g. an unfinished line): provision numbers after "regulation ", "s.", "Article " …
// for the document's regime, and the clause library after a clause prefix ("tender…").

import { clauseLibrary, provisionLabel, provisionWord, provisionsOf, shortName, type Provision, type ProvisionKind } from './knowledge';
import type { Analysis } from './hover';
import type { Regime } from './types';

export interface CompletionItem {
  label: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** `insertText` uses snippet syntax (tab stops). */
  isSnippet?: boolean;
  kind: 'provision' | 'clause' | 'term';
  replaceStart: number;
  replaceEnd: number;
}

/** How far back on the line the trigger is looked for: a trigger word, a space and a number. */
const LOOK_BACK = 40;

/**
 * The trigger words, longest first, each ending where the number starts. "s." and "Art." need the dot;
 * "reg" and "section" need a space, so that "regular" or "sections of the report" do not trigger.
 */
const TRIGGER = /(?:^|[^A-Za-z.])(regulations?\s|regs?\.\s?|regs?\s|sections?\s|ss?\.\s?|articles?\s|arts?\.\s?|schedule\s|sch\.\s?|annex\s)([0-9IVXLC]{0,5}[A-Z]?)$/i;

function kindOf(word: string): ProvisionKind {
  const w = word.toLowerCase();
  if (w.startsWith('reg')) return 'regulation';
  if (w.startsWith('s')) return w.startsWith('sch') ? 'schedule' : 'section';
  if (w.startsWith('art')) return 'article';
  if (w.startsWith('sch')) return 'schedule';
  return 'annex';
}

export function completeAt(analysis: Analysis, offset: number): CompletionItem[] {
  const text = analysis.doc.text;
  if (offset < 0 || offset > text.length) return [];
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - LOOK_BACK);
  const before = text.slice(lineStart, offset);
  return provisionItems(before, offset, analysis.context.regime) ?? clauseItems(before, offset, analysis);
}

function provisionItems(before: string, offset: number, regime: Regime): CompletionItem[] | undefined {
  const m = TRIGGER.exec(before);
  if (!m) return undefined;
  const typed = m[2];
  const numberStart = offset - typed.length;
  const wordStart = numberStart - m[1].length;
  const kind = kindOf(m[1]);
  const ofKind = provisionsOf(regime, kind);
  // The regime's own provisions of the kind typed; if it has none ("section" under PCR 2015), its
  // provisions of any kind, each inserted with the right word so the citation reads correctly.
  const candidates = ofKind.length > 0 ? ofKind : provisionsOf(regime);
  const items: CompletionItem[] = [];
  for (const p of candidates) {
    if (typed && !p.number.toLowerCase().startsWith(typed.toLowerCase())) continue;
    const sameKind = p.kind === kind;
    items.push({
      label: sameKind ? p.number : `${provisionWord(p.kind)} ${p.number}`,
      detail: `${p.title} (${shortName(p.instrument)} ${provisionLabel(p)})`,
      documentation: provisionDoc(p),
      insertText: sameKind ? p.number : `${provisionWord(p.kind)} ${p.number}`,
      kind: 'provision',
      replaceStart: sameKind ? numberStart : wordStart,
      replaceEnd: offset,
    });
  }
  return items;
}

function provisionDoc(p: Provision): string {
  return `**${provisionLabel(p)} ${shortName(p.instrument)}: ${p.title}**\n\n${p.summary}\n\n[legislation.gov.uk](${p.url})`;
}

/** A clause prefix at the cursor: a word starting "tender" (or a user clause id) after a space or at line start. */
const CLAUSE_WORD = /(?:^|\s)([A-Za-z][\w-]{2,60})$/;

function clauseItems(before: string, offset: number, analysis: Analysis): CompletionItem[] {
  const m = CLAUSE_WORD.exec(before);
  if (!m) return [];
  const word = m[1];
  const lower = word.toLowerCase();
  const library = clauseLibrary(analysis.settings.clauses);
  // Built-in ids all start "tender-": offer them only once "tender" is typed, so "ten days" stays quiet.
  const matches = library.filter((c) => c.id.toLowerCase().startsWith(lower) && (lower.startsWith('tender') || !c.id.toLowerCase().startsWith('tender')));
  // "tender" itself, in prose, should only offer clauses when the drafter typed it in lower case.
  if (lower.startsWith('tender') && word !== lower) return [];
  const regime = analysis.context.regime;
  return matches
    .sort((a, b) => Number(fits(b.regimes, regime)) - Number(fits(a.regimes, regime)))
    .map((c) => ({
      label: c.id,
      detail: fits(c.regimes, regime) ? c.title : `${c.title} (written for ${c.regimes!.map(shortName).join(', ')})`,
      documentation: c.body,
      insertText: c.snippet ?? c.body,
      isSnippet: c.snippet !== undefined,
      kind: 'clause' as const,
      replaceStart: offset - word.length,
      replaceEnd: offset,
    }));
}

function fits(regimes: Regime[] | undefined, regime: Regime): boolean {
  return regimes === undefined || regimes.includes(regime);
}
