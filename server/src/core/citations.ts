// Citation recognition: finds "regulation 31(2)", "s.20(2)(b) PA 2023", "Article 31 of Directive
// 2014/24/EU", "regs 74 to 77", "Schedule 5 para 2", "Annex XIV" … in prose, with the instrument they
// cite. The instrument comes from the citation itself, else from the nearest instrument named earlier
// in the same passage (defined terms such as "the Act" included), else it is left undefined for
// resolveInstrument to decide with the document's regime. Citations of other law (the Equality Act
// 2010, a contract's own schedules, "section 4 of this document") are not returned.
// Every regex here is linear: fixed alternatives and bounded quantifiers over disjoint classes.

import type { DocumentModel, Passage } from './model';
import { sourceRange } from './model';
import type { Regime } from './types';
import type { Instrument, ProvisionKind } from './knowledge/types';
import { explicitInstrument, matchAt, readNumberParts } from './citationParts';
import { findMentions, resolveMentions, scopeFactsOf, scopeFromFacts, scopeOf, type Family, type Mention, type Scope, type ScopeFacts } from './citationMentions';

export interface Citation {
  kind: ProvisionKind;
  number: string;
  /** "2" for 31(2); "2(b)" for 20(2)(b); "2" for Schedule 5 para 2. */
  paragraph?: string;
  /** "77" for "regs 74 to 77". */
  rangeEnd?: string;
  instrument?: Instrument;
  /** The citation names its instrument ("reg 31 PCR 2015", "section 12 of the Act"). */
  instrumentExplicit: boolean;
  /** The whole citation, the instrument included when it is part of it. */
  start: number;
  end: number;
  /** Where the citation names its instrument. */
  instrumentSpan?: { start: number; end: number; text: string };
}

/** What rules need beyond the shared interface: where the provision word and number are. */
export interface DetailedCitation extends Citation {
  /** The provision word as written: "Regulation", "reg.", "s.", "Art", "ss." … */
  kindText: string;
  kindStart: number;
  numberStart: number;
  /** End of the number with its paragraphs and range (before any instrument suffix). */
  numberEnd: number;
}

const KIND_WORDS: ReadonlyArray<[RegExp, ProvisionKind]> = [
  [/^(?:regulations?|regs?\.?|r\.)$/i, 'regulation'],
  [/^(?:sections?|ss?\.?)$/i, 'section'],
  [/^(?:articles?|arts?\.?)$/i, 'article'],
  [/^(?:schedules?|sch\.?)$/i, 'schedule'],
  [/^annex(?:es)?$/i, 'annex'],
];

// Provision word, then its number. Lower-case-only abbreviations ("s.", "ss", "r.") are checked after
// the match, because the i flag applies to the whole pattern.
const CORE =
  /(?<![\w'’./-])(regulations|regulation|regs\.?|reg\.?|r\.|sections|section|ss\.?|s\.|s(?= \d)|articles|article|arts\.?|art\.?|schedules|schedule|sch\.?|annexes|annex)\s?(\d{1,3}[A-Z]?|[IVX]{1,5})(?![\w/]|[.,]\d)/gi;

const MAX_CITATIONS_PER_TEXT = 5000;

function kindOf(word: string): ProvisionKind | undefined {
  for (const [re, kind] of KIND_WORDS) if (re.test(word)) return kind;
  return undefined;
}

function isPlural(word: string): boolean {
  return /^(?:regulations|regs|sections|ss|articles|arts|schedules|annexes)\.?$/i.test(word);
}

/** Lower-case-only abbreviations: "S 12" or "R.31" is a table label, not a citation. */
function abbreviationCaseOk(word: string): boolean {
  return !/^(?:ss?\.?|r\.)$/i.test(word) || word === word.toLowerCase();
}

function familyOf(kind: ProvisionKind): Family[] {
  if (kind === 'regulation') return ['regs'];
  if (kind === 'section') return ['act'];
  if (kind === 'article' || kind === 'annex') return ['directive'];
  return ['regs', 'act'];
}

/** Citations in one stretch of prose, with the instrument names of the same text deciding context. */
export function scanCitations(text: string, scope?: Scope): DetailedCitation[] {
  const mentions = resolveMentions(findMentions(text), scope ?? scopeOf([text]));
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.start, m);
    byEnd.set(m.end, m);
  }
  const out: DetailedCitation[] = [];
  const last: Partial<Record<Family, Mention>> = {};
  let mi = 0;
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m && out.length < MAX_CITATIONS_PER_TEXT; m = CORE.exec(text)) {
    const word = m[1];
    const kind = kindOf(word);
    const roman = /^[IVX]+$/i.test(m[2]) && !/^\d/.test(m[2]);
    if (!kind || !abbreviationCaseOk(word) || roman !== (kind === 'annex') || (roman && m[2] !== m[2].toUpperCase())) continue;
    // Lower-case "schedule 3" is usually an ordinary word ("a schedule of rates"); it counts only with an instrument.
    const weakWord = kind === 'schedule' && word[0] === 's';
    while (mi < mentions.length && mentions[mi].end <= m.index) {
      last[mentions[mi].family] = mentions[mi];
      mi++;
    }
    const parts = readNumberParts(text, m.index + m[0].length, kind, isPlural(word));
    const base = { numberStart: m.index + m[0].length - m[2].length };
    const explicit = explicitInstrument(text, m.index, parts.end, byStart, byEnd);
    if (explicit === 'internal' || explicit?.mention.resolved === 'foreign') continue;
    if (!explicit && weakWord) continue;
    let instrument: Instrument | undefined;
    if (explicit) {
      // Kept even when the provision word does not fit ("Article 31 of the PCR"): the rule reports that.
      instrument = explicit.mention.resolved as Instrument | undefined;
    } else {
      const nearest = familyOf(kind)
        .map((f) => last[f])
        .filter((x): x is Mention => x !== undefined)
        .sort((a, b) => b.end - a.end)[0];
      if (nearest?.resolved === 'foreign') continue;
      instrument = nearest?.resolved;
    }
    const start = explicit && explicit.mention.start < m.index ? explicit.mention.start : m.index;
    const end = explicit && explicit.end > parts.end ? explicit.end : parts.end;
    const items = [{ number: m[2], paragraph: parts.paragraph, rangeEnd: parts.rangeEnd, numberStart: base.numberStart, numberEnd: parts.numberEnd }, ...parts.more];
    for (const item of items) {
      const c: DetailedCitation = {
        kind,
        kindText: word,
        kindStart: m.index,
        number: item.number.toUpperCase(),
        instrumentExplicit: explicit !== undefined && instrument !== undefined,
        start,
        end,
        numberStart: item.numberStart,
        numberEnd: item.numberEnd,
      };
      if (item.paragraph) c.paragraph = item.paragraph;
      if (item.rangeEnd) c.rangeEnd = item.rangeEnd.toUpperCase();
      if (instrument) c.instrument = instrument;
      if (explicit) c.instrumentSpan = { start: explicit.mention.start, end: explicit.mention.end, text: text.slice(explicit.mention.start, explicit.mention.end) };
      out.push(c);
    }
    CORE.lastIndex = Math.max(CORE.lastIndex, parts.end);
  }
  return out;
}

/** Citations in a text, indices into it, in order. */
export function findCitations(text: string): Citation[] {
  return scanCitations(text);
}

/**
 * One passage's citation facts: its share of the document's scope (which instrument "the Act" means)
 * and its citations under a given scope, computed once per scope. A pure function of the passage's
 * kind and text, so rules may keep it across lints (see memo.ts).
 */
export interface PassageCitations {
  scope: ScopeFacts;
  /** Citations as passage-text indices (headings' own parts left out). */
  under(scope: Scope): DetailedCitation[];
}

const NO_CITATIONS: DetailedCitation[] = [];

/** Passages that name no instrument and have no digit: one shared value, so a cache holds little for them. */
const NOTHING_CITED: PassageCitations = { scope: scopeFactsOf(''), under: () => NO_CITATIONS };

// A class rather than closures: the cache holds one of these per passage that may cite something.
class CitingPassage implements PassageCitations {
  // Lints of one document nearly always share one scope: the last answer, checked without a key.
  private lastRegs?: Scope['regs'];
  private lastAct?: Scope['act'];
  private lastDirective?: Scope['directive'];
  private lastFound?: DetailedCitation[];
  private others?: Map<string, DetailedCitation[]>;

  constructor(
    readonly scope: ScopeFacts,
    private readonly text: string,
    private readonly heading: boolean,
  ) {}

  under(scope: Scope): DetailedCitation[] {
    if (this.lastFound && this.lastRegs === scope.regs && this.lastAct === scope.act && this.lastDirective === scope.directive) return this.lastFound;
    const key = (s: Scope) => `${s.regs ?? ''}|${s.act ?? ''}|${s.directive ?? ''}`;
    let found = this.others?.get(key(scope));
    if (!found) {
      // "## Section 4 Evaluation", "## Schedule 2 Pricing": the document's own parts, not the law's.
      found = scanCitations(this.text, scope).filter((c) => !(this.heading && !c.instrument && c.start === 0 && (c.kind === 'section' || c.kind === 'schedule')));
      found = found.length === 0 ? NO_CITATIONS : found.slice(); // trimmed: kept across lints
      if (this.lastFound) (this.others ??= new Map()).set(key({ regs: this.lastRegs, act: this.lastAct, directive: this.lastDirective }), this.lastFound);
    }
    this.lastRegs = scope.regs;
    this.lastAct = scope.act;
    this.lastDirective = scope.directive;
    this.lastFound = found;
    return found;
  }
}

/**
 * Every citation starts with a provision word (see CORE): its stem, case folded. A superset of CORE's
 * words, so a passage without one cites nothing; numbered clauses ("3.1 The Council …") skip the scan.
 */
const PROVISION_STEM = /reg|r\.|sect|\bs\.|\bss|\bs ?\d|art|sch|annex/i;

export function passageCitations(passage: Passage): PassageCitations {
  const text = passage.text;
  const scopeFacts = scopeFactsOf(text);
  // A passage without a digit or "Annex", or without a provision word, cites nothing.
  if (!/\d|Annex/i.test(text) || !PROVISION_STEM.test(text)) {
    return scopeFacts.known.length + scopeFacts.foreign.length + scopeFacts.defines.length === 0 ? NOTHING_CITED : { scope: scopeFacts, under: () => NO_CITATIONS };
  }
  return new CitingPassage(scopeFacts, text, passage.kind === 'heading');
}

/** Every passage's citation facts and the document's scope; `factsOf` lets a rule supply cached facts. */
export function documentCitations(doc: DocumentModel, factsOf: (passage: Passage, index: number) => PassageCitations = passageCitations): { facts: PassageCitations[]; scope: Scope } {
  const facts = doc.passages.map((p, i) => factsOf(p, i));
  return { facts, scope: scopeFromFacts(facts.map((f) => f.scope)) };
}

/** Citations of every passage; `docStart`/`docEnd` are offsets into the document text. */
export function citationsInDocumentDetailed(
  doc: DocumentModel,
  factsOf?: (passage: Passage, index: number) => PassageCitations,
): Array<DetailedCitation & { passage: number; docStart: number; docEnd: number }> {
  const { facts, scope } = documentCitations(doc, factsOf);
  const out: Array<DetailedCitation & { passage: number; docStart: number; docEnd: number }> = [];
  facts.forEach((f, index) => {
    const passage = doc.passages[index];
    for (const c of f.under(scope)) {
      const r = sourceRange(passage, c.start, c.end);
      out.push({ ...c, passage: index, docStart: r.start, docEnd: r.end });
    }
  });
  return out;
}

export function citationsInDocument(doc: DocumentModel): Array<Citation & { passage: number; docStart: number; docEnd: number }> {
  return citationsInDocumentDetailed(doc);
}

/**
 * The instrument a citation most likely means under a regime. Articles and Annexes belong to the
 * Directive. A "regulation" in a Procurement Act document most likely means PCR 2015 (the Act has
 * sections). A "section" under a regulations regime is ambiguous; the regime's instrument is returned.
 */
export function resolveInstrument(c: Citation, regime: Regime): Instrument {
  if (c.instrument) return c.instrument;
  switch (c.kind) {
    case 'article':
    case 'annex':
      return 'directive-2014-24';
    case 'regulation':
      return regime === 'pcr-2015' || regime === 'pcsr-2015' || regime === 'psr-2023' ? regime : 'pcr-2015';
    case 'schedule':
      return regime === 'directive-2014-24' ? 'pcr-2015' : regime;
    case 'section':
    default:
      return regime;
  }
}
