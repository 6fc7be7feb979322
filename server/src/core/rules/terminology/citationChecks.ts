// Helpers of the citation rule: which named provision a citation is tied to in the prose, how to
// describe the right provision, and the provision word an instrument uses.

import type { DetailedCitation } from '../../citations';
import { INSTRUMENTS } from '../../knowledge/instruments';
import { getProvision } from '../../knowledge/lookup';
import { NAMED_PROVISIONS, WRONG_PROCEDURE_NAMES, formatProvision, namedProvision, type NamedProvision, type ProvisionRef } from '../../knowledge/procedures';
import type { Instrument, ProvisionKind } from '../../knowledge/types';

// A known wrong name ("Innovative Partnership procedure") names the procedure it mistakes, so a wrong
// number next to it is reported at once, not only after procedure-name's fix corrects the words.
const TIE_NAMES: ReadonlyArray<{ pattern: string; named: NamedProvision }> = [
  ...NAMED_PROVISIONS.map((named) => ({ pattern: named.pattern, named })),
  ...WRONG_PROCEDURE_NAMES.flatMap((w) => {
    const named = namedProvision(w.means);
    return named ? [{ pattern: w.pattern, named }] : [];
  }),
];
const NAMES = TIE_NAMES.map((t) => `(${t.pattern})`).join('|');
// The name right before the citation: "innovation partnership procedure (regulation 32)",
// "procedure under regulation 31", "principles of procurement, regulation 18".
const NAME_BEFORE = new RegExp(
  String.raw`\b(?:${NAMES})["”’']?\s?(?:\(\s?(?:see\s|under\s)?|\s(?:under|in|at|pursuant\sto|set\sout\sin|in\saccordance\swith|per)\s)$`,
  'i',
);
// The name right after: "regulation 30 (competitive dialogue)", "Regulation 31 – innovation partnership".
const NAME_AFTER_BRACKET = new RegExp(String.raw`^\s?\(\s?(?:the\s)?(?:${NAMES})\s?\)`, 'i');
const NAME_AFTER_DASH = new RegExp(String.raw`^\s?[–—:-]\s?(?:the\s)?(?:${NAMES})\b`, 'i');
const SCOTTISH_HINT = /^[^.;)]{0,40}\b(?:Scotland|Scottish)\b/;

type Tie = { named: NamedProvision; hint?: Instrument } | undefined;

// Rules keep a passage's citations across lints (memo.ts), so the same citation object comes back
// with the same text after an edit elsewhere: its tie is worked out once.
const tieCache = new WeakMap<DetailedCitation, { text: string; tie: Tie }>();

/** The named provision a citation is written next to, and an instrument hinted at by the words after it. */
export function tiedProvision(text: string, c: DetailedCitation): Tie {
  const cached = tieCache.get(c);
  if (cached && cached.text === text) return cached.tie;
  const tie = findTie(text, c);
  tieCache.set(c, { text, tie });
  return tie;
}

function findTie(text: string, c: DetailedCitation): Tie {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, c.start - 120), c.start));
  const rest = text.slice(c.end, c.end + 120);
  // "Section 3 – Open procedure" is usually a heading of the document itself, so the dash form is
  // trusted only for regulations and Articles, which tender documents do not number their parts by.
  const dashOk = c.kind === 'regulation' || c.kind === 'article';
  const after = before ? null : (NAME_AFTER_BRACKET.exec(rest) ?? (dashOk ? NAME_AFTER_DASH.exec(rest) : null));
  const m = before ?? after;
  if (!m) return undefined;
  const g = m.slice(1).findIndex((x) => x !== undefined);
  if (g < 0) return undefined;
  const named = TIE_NAMES[g].named;
  const hint = !c.instrument && SCOTTISH_HINT.test(text.slice(c.end, c.end + 60)) ? 'pcsr-2015' : undefined;
  return hint ? { named, hint } : { named };
}

/** A provision's title and legislation.gov.uk address, or the instrument's contents page when we do not know it. */
export function provisionSource(instrument: Instrument, kind: ProvisionKind, number: string): { title?: string; url: string } {
  const p = getProvision(instrument, kind, number);
  return { title: p?.title, url: p?.url ?? INSTRUMENTS[instrument].url };
}

/**
 * The detail of a wrong number: what the right provision is called and what the cited one is, with the
 * source. "Regulation 31 of the Public Contracts Regulations 2015 ("Innovation partnership") sets out
 * the innovation partnership; regulation 32 is "Use of the negotiated procedure without prior publication"."
 */
export function wrongNumberDetail(instrument: Instrument, ref: ProvisionRef, about: string, cited: string, citedNumber: string, kind: ProvisionKind): string {
  const right = provisionSource(instrument, ref.kind, ref.number);
  const wrong = getProvision(instrument, kind, citedNumber);
  const title = right.title ? ` ("${right.title}")` : '';
  const other = wrong && wrong.title ? `; ${cited} is "${wrong.title}"` : '';
  return `${capitalise(formatProvision(ref))} of the ${INSTRUMENTS[instrument].title}${title} sets out ${about}${other}. Source: ${right.url}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The right provision word for an instrument, in the drafter's style: "Article" → "Regulation",
 * "art." → "reg.", "sections" → "regulations". Undefined for schedules and annexes, which have no
 * one-to-one counterpart.
 */
export function kindWordFor(instrument: Instrument, wrongKind: ProvisionKind, written: string, sentenceStart: boolean): string | undefined {
  if (wrongKind === 'schedule' || wrongKind === 'annex') return undefined;
  const kind = INSTRUMENTS[instrument].provisionKind;
  const plural = /^(?:regulations|regs|sections|ss|articles|arts)\.?$/i.test(written);
  const abbreviated = !/^(?:regulations?|sections?|articles?)$/i.test(written);
  const words: Record<string, [string, string, string, string]> = {
    regulation: ['regulation', 'regulations', 'reg.', 'regs'],
    section: ['section', 'sections', 's.', 'ss.'],
    article: ['article', 'articles', 'art.', 'arts'],
  };
  const [single, many, abbr, abbrMany] = words[kind];
  const word = abbreviated ? (plural ? abbrMany : abbr) : plural ? many : single;
  // Articles are capitalised by convention; regulations and sections only at the start of a sentence.
  return kind === 'article' || sentenceStart ? word[0].toUpperCase() + word.slice(1) : word;
}

export function romanToInt(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const s = roman.toUpperCase();
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]] ?? 0;
    const next = values[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
