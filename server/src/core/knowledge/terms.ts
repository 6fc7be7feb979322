// Terms drafters use, defined in our own words, with the provisions that define or use them and the
// regimes under which each is the right word. Hover shows them; rules may use `regimes` to spot a term
// used under the wrong law. Facts from law-facts.md §0, §1.2, §2.3–2.6, §7.

import type { UserTerm } from '../settings';
import type { Term } from './types';

const PRINCIPLE_SOURCES = ['pcr-2015:regulation:18', 'pcsr-2015:regulation:19', 'directive-2014-24:article:18'];

export const TERMS: readonly Term[] = [
  {
    id: 'innovation-partnership',
    names: ['Innovation Partnership', 'innovation partnership procedure'],
    definition:
      'The formal procedure for developing an innovative product, service or works that the market cannot supply and then buying the result, run in phases with intermediate targets, payment in instalments and the option to end the partnership or cut the number of partners after each phase. It exists under PCR 2015 reg 31, PCSR 2015 reg 32 and Directive Art 31; the Procurement Act 2023 has no such procedure (use the competitive flexible procedure, s.20(2)(b)). A project called an "innovation partnership" has not necessarily used this procedure.',
    sources: ['pcr-2015:regulation:31', 'pcsr-2015:regulation:32', 'directive-2014-24:article:31', 'pa-2023:section:20'],
    regimes: ['pcr-2015', 'pcsr-2015', 'directive-2014-24'],
  },
  {
    id: 'innovative-partnership',
    names: ['innovative partnership', 'innovative partnerships'],
    definition:
      'An informal description of a collaborative arrangement between an authority and providers; it is not a term of any procurement statute. It is fine to use for a partnership set up under another procedure (for example a light touch procedure), but it is not the name of a procedure: the statutory procedure is the innovation partnership, and "partnership" there has no legal meaning such as a firm or joint venture.',
    sources: ['pcr-2015:regulation:31'],
  },
  {
    id: 'light-touch-regime',
    names: ['Light Touch Regime', 'LTR'],
    definition:
      'The lighter rules for social and other specific services (health, social, education, cultural, legal and similar services): PCR 2015 regs 74 to 77 with the services in Schedule 3, PCSR 2015 regs 74 to 76, and Directive Arts 74 to 77 with Annex XIV. The authority designs its own procedure, which must ensure transparency and equal treatment. Under the Procurement Act 2023 the equivalent is "light touch contracts" (s.9), not a separate regime.',
    sources: ['pcr-2015:regulation:74', 'pcr-2015:regulation:76', 'pcr-2015:schedule:3', 'pcsr-2015:regulation:74', 'directive-2014-24:article:74'],
    regimes: ['pcr-2015', 'pcsr-2015', 'directive-2014-24'],
  },
  {
    id: 'light-touch-contracts',
    names: ['light touch contract', 'light touch contracts'],
    definition:
      'The Procurement Act 2023 term for contracts wholly or mainly for services listed in Schedule 1 to the Procurement Regulations 2024. The Act\'s general rules apply with flexibilities: no mandatory standstill, no minimum time limits, a user-choice direct award ground, and contract details notices within 120 days. Threshold £663,540 including VAT.',
    sources: ['pa-2023:section:9', 'pa-2023:section:33', 'pa-2023:schedule:1'],
    regimes: ['pa-2023'],
  },
  {
    id: 'competitive-flexible-procedure',
    names: ['competitive flexible procedure'],
    definition:
      'Under the Procurement Act 2023, any competitive tendering procedure other than the open procedure that the authority designs and considers appropriate, for example with several stages, negotiation or research and development phases. It must be proportionate, and it replaces the restricted, negotiated, competitive dialogue and innovation partnership procedures.',
    sources: ['pa-2023:section:20', 'pa-2023:section:24'],
    regimes: ['pa-2023'],
  },
  {
    id: 'open-procedure',
    names: ['open procedure'],
    definition: 'A single-stage procedure in which any interested supplier may submit a tender in response to the advertisement.',
    sources: ['pcr-2015:regulation:27', 'pcsr-2015:regulation:28', 'directive-2014-24:article:27', 'pa-2023:section:20'],
  },
  {
    id: 'standstill',
    names: ['standstill period', 'standstill'],
    definition:
      'A pause between telling tenderers who has won and entering into the contract, so that a losing tenderer can challenge the decision. PCR 2015: 10 days from electronic sending of the award decision notices (reg 86 and reg 87). Procurement Act 2023: 8 working days from publication of the contract award notice (s.50 and s.51); light touch contracts have no mandatory standstill.',
    sources: ['pcr-2015:regulation:86', 'pcr-2015:regulation:87', 'pa-2023:section:50', 'pa-2023:section:51'],
    regimes: ['pcr-2015', 'pa-2023', 'pcsr-2015'],
  },
  {
    id: 'alcatel-period',
    names: ['Alcatel period', 'Alcatel letter', 'Alcatel'],
    definition:
      'An older name for the standstill period and the award decision ("standstill") letter. Current wording: the standstill period (PCR 2015 reg 87; Procurement Act 2023 s.51) and the award decision notice (reg 86) or contract award notice (s.50).',
    sources: ['pcr-2015:regulation:86', 'pcr-2015:regulation:87', 'pa-2023:section:50', 'pa-2023:section:51'],
  },
  {
    id: 'meat',
    names: ['MEAT', 'most economically advantageous tender'],
    definition:
      'The PCR 2015 award basis: the tender that is most economically advantageous from the authority\'s point of view, judged on price or cost, which may include the best price-quality ratio. Under the Procurement Act 2023 the term is "most advantageous tender" instead.',
    sources: ['pcr-2015:regulation:67'],
    regimes: ['pcr-2015', 'pcsr-2015', 'directive-2014-24'],
  },
  {
    id: 'best-price-quality-ratio',
    names: ['best price-quality ratio', 'best price quality ratio', 'BPQR'],
    definition:
      'Judging tenders on quality as well as price or cost. Under PCR 2015 it is one way of identifying the most economically advantageous tender, and the only permitted basis in competitive dialogue (reg 30) and innovation partnerships (reg 31).',
    sources: ['pcr-2015:regulation:67', 'pcr-2015:regulation:30', 'pcr-2015:regulation:31', 'directive-2014-24:article:30'],
    regimes: ['pcr-2015', 'pcsr-2015', 'directive-2014-24'],
  },
  {
    id: 'most-advantageous-tender',
    names: ['most advantageous tender', 'MAT'],
    definition:
      'The Procurement Act 2023 award basis: the tender that satisfies the authority\'s requirements and best satisfies the award criteria.',
    sources: ['pa-2023:section:19', 'pa-2023:section:23'],
    regimes: ['pa-2023'],
  },
  {
    id: 'find-a-tender',
    names: ['Find a Tender Service', 'Find a Tender', 'FTS'],
    definition:
      'The UK e-notification service where above-threshold notices have been published since 11pm on 31 December 2020, replacing OJEU/TED for UK procurements. Under the Procurement Act 2023 it hosts the Central Digital Platform (find-tender.service.gov.uk).',
    sources: ['pa-2023:section:95'],
    regimes: ['pcr-2015', 'pa-2023'],
  },
  {
    id: 'central-digital-platform',
    names: ['Central Digital Platform', 'CDP'],
    definition:
      'The Procurement Act 2023 online system for notices, supplier registration and supplier information, run on the enhanced Find a Tender service.',
    sources: ['pa-2023:section:95'],
    regimes: ['pa-2023'],
  },
  {
    id: 'ojeu',
    names: ['Official Journal of the European Union', 'OJEU', 'Tenders Electronic Daily', 'TED'],
    definition:
      'The EU\'s publication for procurement notices (online as TED). UK notices stopped going there at 11pm on 31 December 2020, when the Find a Tender Service took over; procedures already launched then could finish on OJEU. Under the Procurement Act 2023 notices go to the Central Digital Platform.',
    sources: ['directive-2014-24:article:75'],
    regimes: ['directive-2014-24'],
  },
  {
    id: 'equal-treatment',
    names: ['equal treatment', 'treat economic operators equally'],
    definition:
      'Treating all suppliers alike, giving them the same information, time and rules, unless a real difference justifies different treatment. The Procurement Act 2023 puts it as treating suppliers the same unless a difference justifies otherwise, and taking reasonable steps to avoid unfair advantage (s.12).',
    sources: [...PRINCIPLE_SOURCES, 'pa-2023:section:12'],
  },
  {
    id: 'non-discrimination',
    names: ['non-discrimination', 'without discrimination'],
    definition:
      'Not favouring or disadvantaging suppliers for reasons unrelated to the contract, such as where they are based, and not setting requirements that only some could meet without good reason. A principle of PCR 2015 reg 18, PCSR 2015 reg 19 and Directive Art 18.',
    sources: PRINCIPLE_SOURCES,
  },
  {
    id: 'transparency',
    names: ['transparency', 'transparent manner'],
    definition:
      'Making the rules, criteria and decisions of a procurement known in advance and applying them as published, so that suppliers can understand and check them. Under the Procurement Act 2023 the objective of sharing information (s.12(1)(c)) and the notices carry it.',
    sources: [...PRINCIPLE_SOURCES, 'pa-2023:section:12'],
  },
  {
    id: 'proportionality',
    names: ['proportionality', 'proportionate manner'],
    definition:
      'Asking no more of suppliers, and designing no heavier a procedure, than the contract\'s nature, size and complexity require. Under the Procurement Act 2023 the procedure and award criteria must be proportionate (s.20(3), s.23).',
    sources: [...PRINCIPLE_SOURCES, 'pa-2023:section:20', 'pa-2023:section:23'],
  },
];

const BY_ID = new Map(TERMS.map((t) => [t.id, t]));

export function getTerm(id: string): Term | undefined {
  return BY_ID.get(id);
}

/** A term found in a text: a built-in term or one from the user's settings. */
export interface TermMatch {
  start: number;
  end: number;
  term?: Term;
  user?: UserTerm;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// All-capital abbreviations (MEAT, LTR, TED) match only as written, so that "meat" or "ted" do not.
const isAbbreviation = (name: string) => !/[a-z]/.test(name);

interface NameIndex {
  pattern: RegExp;
  lookup: Map<string, { term?: Term; user?: UserTerm }>;
}

/** One alternation per term set, longest names first so that "standstill period" beats "standstill". */
function buildIndex(entries: Array<{ name: string; term?: Term; user?: UserTerm }>): NameIndex | undefined {
  const lookup = new Map<string, { term?: Term; user?: UserTerm }>();
  const parts: string[] = [];
  for (const e of [...entries].sort((a, b) => b.name.length - a.name.length)) {
    const key = isAbbreviation(e.name) ? e.name : e.name.toLowerCase();
    if (lookup.has(key) || e.name.trim() === '') continue;
    lookup.set(key, { term: e.term, user: e.user });
    // Case-insensitive names get an inline lower/upper class per letter: one regex, no flags mixing.
    const cased = isAbbreviation(e.name) ? escape(e.name) : escape(e.name).replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
    parts.push(cased.replace(/\s+/g, '\\s+'));
  }
  if (parts.length === 0) return undefined;
  return { pattern: new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w-])`, 'g'), lookup };
}

const BUILTIN_INDEX = buildIndex(TERMS.flatMap((term) => term.names.map((name) => ({ name, term }))))!;
const MAX_USER_TERMS = 500;

function matchesIn(text: string, index: NameIndex, at: number): Array<{ start: number; end: number; entry: { term?: Term; user?: UserTerm } }> {
  const out: Array<{ start: number; end: number; entry: { term?: Term; user?: UserTerm } }> = [];
  index.pattern.lastIndex = 0;
  for (let m = index.pattern.exec(text); m; m = index.pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > at) break;
    const normalised = m[0].replace(/\s+/g, ' ');
    const entry = index.lookup.get(normalised) ?? index.lookup.get(normalised.toLowerCase());
    if (entry && at >= start && at <= end) out.push({ start, end, entry });
  }
  return out;
}

/**
 * Terms covering index `at` of `text`: the user's first (their glossary is what they asked to see),
 * then the built-in ones. Each match spans the whole term as written.
 */
export function termMatchesAt(text: string, at: number, userTerms: readonly UserTerm[] = []): TermMatch[] {
  const found: TermMatch[] = [];
  const userIndex = userTerms.length > 0 ? buildIndex(userTerms.slice(0, MAX_USER_TERMS).map((user) => ({ name: user.term, user }))) : undefined;
  if (userIndex) for (const m of matchesIn(text, userIndex, at)) found.push({ start: m.start, end: m.end, user: m.entry.user });
  for (const m of matchesIn(text, BUILTIN_INDEX, at)) found.push({ start: m.start, end: m.end, term: m.entry.term });
  return found;
}
