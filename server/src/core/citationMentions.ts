// Where a text names an instrument: a known one ("Public Contracts Regulations 2015", "PA 2023"), a
// defined term ("the Act", "the Regulations") or other law ("Equality Act 2010", "Directive
// 2014/25/EU", a contract's own schedules are handled in citations.ts). Citation recognition uses
// these to decide which instrument a bare "regulation 31" means, and to leave other law alone.

import type { Instrument } from './knowledge/types';
import { GENERIC_REFERENCES, TITLE_FORMS, type GenericReference } from './knowledge/citationTitles';

/** Instruments grouped by the word their provisions use: regulations, sections (Acts), articles. */
export type Family = 'regs' | 'act' | 'directive';

export interface Mention {
  start: number;
  end: number;
  family: Family;
  /** Set for a known instrument named by title or abbreviation. */
  instrument?: Instrument;
  /** Other law, which captures the citations that follow it. */
  foreign?: boolean;
  generic?: GenericReference;
  /** A defined term introduced right after a title: "the Public Contracts Regulations 2015 (the Regulations)". */
  defines?: Mention;
  /** What the mention stands for once defined terms are resolved. */
  resolved?: Instrument | 'foreign';
}

/** Document-wide meaning of "the Act", "the Regulations", "the Directive". */
export type Scope = Partial<Record<Family, Instrument | 'foreign'>>;

function familyOfInstrument(i: Instrument): Family {
  return i === 'pa-2023' ? 'act' : i === 'directive-2014-24' ? 'directive' : 'regs';
}

function build(ignoreCase: boolean): { re: RegExp; forms: typeof TITLE_FORMS } {
  const forms = TITLE_FORMS.filter((f) => f.ignoreCase === ignoreCase);
  const body = forms.map((f) => `(${f.pattern})`).join('|');
  return { re: new RegExp(String.raw`(?<![\w/])(?:${body})(?![\w/])`, ignoreCase ? 'gi' : 'g'), forms };
}

const KNOWN = [build(true), build(false)];
const FOREIGN_TITLE = /\b(Act|Regulations|Order)\s(1[6-9]\d\d|20\d\d)\b/g;
const FOREIGN_EU = /\bDirective\s(?:\((?:EU|EC)\)\s)?(\d{2,4}\/\d{1,4})(?:\/E[UC]|\/EEC)?|\bRegulation\s\((?:EU|EC|EEC)\)\s(?:No\.?\s)?\d{1,4}\/\d{1,4}|\bTFEU\b|\bTreaty\son\sthe\sFunctioning\b/g;
const GENERIC = new RegExp(String.raw`\b(?:${GENERIC_REFERENCES.map((g) => `(${g.pattern})`).join('|')})\b`, 'g');
const MAX_MENTIONS = 20000;

const FOREIGN_FAMILY: Record<string, Family> = { Act: 'act', Regulations: 'regs', Order: 'directive' };

/**
 * Pre-filter: a word or abbreviation that every pattern above needs (title forms, other law, generic
 * references), tested case-insensitively so that it finds a superset of what they find.
 */
const ANY_NAME = /regulation|\bact\b|directive|\border\b|ssi|pc\(s\)r|pcsr|pcr|s\.?i\.?\s2015|pa\s?2023|pa23|tfeu|treaty/i;

/** Every instrument name in a text, sorted by position, overlaps removed (known names win). */
export function findMentions(text: string): Mention[] {
  if (!ANY_NAME.test(text)) return [];
  const found: Mention[] = [];
  for (const { re, forms } of KNOWN) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < MAX_MENTIONS; m = re.exec(text)) {
      const g = m.slice(1).findIndex((x) => x !== undefined);
      if (g < 0) continue;
      const instrument = forms[g].instrument;
      found.push({ start: m.index, end: m.index + m[0].length, family: familyOfInstrument(instrument), instrument });
    }
  }
  const known = [...found].sort((a, b) => a.start - b.start);
  const taken = (s: number, e: number) => {
    const k = lastStartingBefore(known, e);
    return k !== undefined && k.end > s;
  };
  FOREIGN_TITLE.lastIndex = 0;
  for (let m = FOREIGN_TITLE.exec(text); m && found.length < MAX_MENTIONS; m = FOREIGN_TITLE.exec(text)) {
    if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, family: FOREIGN_FAMILY[m[1]], foreign: true });
  }
  FOREIGN_EU.lastIndex = 0;
  for (let m = FOREIGN_EU.exec(text); m && found.length < MAX_MENTIONS; m = FOREIGN_EU.exec(text)) {
    if (m[1] === '2014/24' || taken(m.index, m.index + m[0].length)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, family: 'directive', foreign: true });
  }
  const named = found.filter((f) => f.instrument || f.foreign).sort((a, b) => a.start - b.start);
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(text); m && found.length < MAX_MENTIONS; m = GENERIC.exec(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const g = m.slice(1).findIndex((x) => x !== undefined);
    const generic = GENERIC_REFERENCES[g];
    const family: Family = generic.foreignKind === 'Act' ? 'act' : generic.foreignKind === 'Directive' ? 'directive' : 'regs';
    const mention: Mention = { start: m.index, end: m.index + m[0].length, family, generic };
    // A definition: "Public Contracts Regulations 2015 (the Regulations)" or '(the "Act")'.
    const lead = text.slice(Math.max(0, m.index - 4), m.index);
    if (/\(\s?["“‘']?$/.test(lead)) {
      const open = m.index - lead.length + lead.lastIndexOf('(');
      const defined = lastBefore(named, open);
      if (defined && /^\s?$/.test(text.slice(defined.end, open)) && defined.family === family) mention.defines = defined;
    }
    found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The known mention with the greatest start below `offset` (known mentions never overlap each other). */
function lastStartingBefore(sorted: Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let best: Mention | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      best = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function lastBefore(sorted: Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let best: Mention | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) {
      best = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function ownMeaning(m: Mention): Instrument | 'foreign' | undefined {
  if (m.instrument) return m.instrument;
  if (m.foreign) return 'foreign';
  return m.defines ? ownMeaning(m.defines) : undefined;
}

/** Gives every mention its meaning: defined terms follow the nearest earlier name of their family. */
export function resolveMentions(mentions: Mention[], scope: Scope): Mention[] {
  const last: Partial<Record<Family, Instrument | 'foreign'>> = {};
  for (const m of mentions) {
    const own = ownMeaning(m);
    if (own !== undefined) m.resolved = own;
    else if (m.generic) m.resolved = last[m.family] ?? scope[m.family];
    if (m.resolved !== undefined) last[m.family] = m.resolved;
  }
  return mentions;
}

/**
 * What "the Act", "the Regulations" and "the Directive" mean across a document: a definition wins;
 * else the only instrument of that family the document names (ours preferred over other law); else
 * the generic reference's guess (the Procurement Act for "the Act") when no other law is named.
 */
export function scopeOf(texts: readonly string[]): Scope {
  return scopeFromFacts(texts.map(scopeFactsOf));
}

/** What one text contributes to a document's scope, so that a passage's share can be cached. */
export interface ScopeFacts {
  known: Array<[Family, Instrument]>;
  foreign: Family[];
  /** Definitions in order: [family, what the defined name means]. */
  defines: Array<[Family, Instrument | 'foreign' | undefined]>;
}

const NO_SCOPE_FACTS: ScopeFacts = { known: [], foreign: [], defines: [] };

export function scopeFactsOf(text: string): ScopeFacts {
  const mentions = findMentions(text);
  if (mentions.length === 0) return NO_SCOPE_FACTS;
  const facts: ScopeFacts = { known: [], foreign: [], defines: [] };
  for (const m of mentions) {
    if (m.instrument) facts.known.push([m.family, m.instrument]);
    else if (m.foreign) facts.foreign.push(m.family);
    else if (m.defines) facts.defines.push([m.family, ownMeaning(m.defines)]);
  }
  // Kept for the life of the document: trimmed to size (a pushed-to array reserves room for 17).
  return { known: facts.known.slice(), foreign: facts.foreign.slice(), defines: facts.defines.slice() };
}

/** The scope of a document from its texts' facts, in document order (see scopeOf). */
export function scopeFromFacts(all: readonly ScopeFacts[]): Scope {
  const defined: Scope = {};
  const known: Record<Family, Set<Instrument>> = { regs: new Set(), act: new Set(), directive: new Set() };
  const foreign = new Set<Family>();
  for (const facts of all) {
    for (const [family, instrument] of facts.known) known[family].add(instrument);
    for (const family of facts.foreign) foreign.add(family);
    for (const [family, meaning] of facts.defines) if (defined[family] === undefined) defined[family] = meaning;
  }
  const scope: Scope = {};
  for (const family of ['regs', 'act', 'directive'] as const) {
    const guess = GENERIC_REFERENCES.find((g) => (g.foreignKind === 'Act' ? 'act' : g.foreignKind === 'Directive' ? 'directive' : 'regs') === family)?.guess;
    const value = defined[family] ?? (known[family].size === 1 ? [...known[family]][0] : known[family].size > 1 ? undefined : foreign.has(family) ? 'foreign' : guess);
    if (value !== undefined) scope[family] = value;
  }
  return scope;
}
