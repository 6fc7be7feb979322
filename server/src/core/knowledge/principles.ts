// The principles (and, under the Procurement Act 2023, the objectives) a tender is expected to state,
// per regime, as data: what each is called, the phrasings that state it, the provision that requires
// it, and the wording Tender Lint offers when it is missing. The quick fix, the clause library, the
// snippets and the code lens all build their text from the fragments below, so the wording has one
// source. Facts: /work/shared/domain/law-facts.md §1.1 (reg 18), §1.3 (reg 76), §2.2 (s.12), §3, §4.

import type { Regime } from '../types';
import type { Clause } from './types';

/** What a passage can state. PA 2023's own objectives sit beside the PCR 2015 / Directive principles. */
export type PrincipleId =
  | 'equal-treatment'
  | 'non-discrimination'
  | 'transparency'
  | 'proportionality'
  | 'value-for-money'
  | 'public-benefit'
  | 'sharing-information'
  | 'integrity'
  | 'treating-suppliers-same';

export interface Principle {
  id: PrincipleId;
  /** Lower-case name used in messages and in list items: "equal treatment". */
  name: string;
  /**
   * Phrasings that state the principle, paraphrase included. Bounded, with no nested quantifiers over
   * overlapping classes, so that no input can make them backtrack badly. Matched case-insensitively.
   */
  phrasings: RegExp[];
  /** The same principle under other names (PA 2023 "treating suppliers the same" = equal treatment). */
  alsoStatedBy?: PrincipleId[];
  /** A verb phrase completing "The Authority will …", naming the principle so the detector finds it. */
  commitment: string;
}

const TREAT_EQUALLY = /\btreat(?:s|ed|ing)?\b[^.;:!?]{0,60}?\b(?:equally|the same|alike|even-handedly|on an equal (?:basis|footing))/i;

export const PRINCIPLES: Record<PrincipleId, Principle> = {
  'equal-treatment': {
    id: 'equal-treatment',
    name: 'equal treatment',
    phrasings: [
      /\bequal(?:ity of)? treatment\b/i,
      TREAT_EQUALLY,
      /\bon an equal (?:basis|footing)\b/i,
      /\blevel playing field\b/i,
      /\bequal opportunit(?:y|ies) to (?:bid|tender|compete|participate)\b/i,
    ],
    commitment: 'treat every {bidder} equally',
  },
  'non-discrimination': {
    id: 'non-discrimination',
    name: 'non-discrimination',
    phrasings: [
      /\bnon[- ]?discriminat(?:ion|ory|ing|orily)\b/i,
      /\b(?:without|free (?:of|from)|no) (?:any )?(?:unfair )?discriminat(?:ion|ing)\b/i,
      /\b(?:not|never|nor)\s+(?:unfairly |unlawfully |in any way )?discriminate\b/i,
    ],
    commitment: 'deal with every {bidder} without discrimination',
  },
  transparency: {
    id: 'transparency',
    name: 'transparency',
    phrasings: [/\btranspar(?:ent|ency|ently)\b/i],
    commitment: 'act transparently by giving every {bidder} the same information at the same time',
  },
  proportionality: {
    id: 'proportionality',
    name: 'proportionality',
    phrasings: [/\bproportional(?:ity|ly)\b/i, /\bproportionate(?:ly)?\b/i, /\bin proportion to the (?:value|size|scale|complexity|nature|risks?)\b/i],
    commitment: 'keep its requirements proportionate to the nature, value and complexity of the contract',
  },
  'value-for-money': {
    id: 'value-for-money',
    name: 'delivering value for money',
    phrasings: [/\bvalue for money\b/i, /\bVfM\b/, /\bbest value\b/i],
    commitment: 'seek to deliver value for money',
  },
  'public-benefit': {
    id: 'public-benefit',
    name: 'maximising public benefit',
    phrasings: [/\bpublic benefits?\b/i, /\bbenefits? (?:to|for) the public\b/i, /\bsocial value\b/i, /\bpublic good\b/i],
    commitment: 'aim to maximise public benefit',
  },
  'sharing-information': {
    id: 'sharing-information',
    name: 'sharing information',
    phrasings: [/\bshar(?:e|es|ed|ing) (?:relevant |clear )?information\b/i, /\bpublish(?:es|ed|ing)? (?:relevant )?information\b/i],
    // Transparency is how drafters (and government guidance) usually name s.12(1)(c).
    alsoStatedBy: ['transparency'],
    commitment: 'share information so that {bidders} and others can understand its procurement policies and decisions',
  },
  integrity: {
    id: 'integrity',
    name: 'acting, and being seen to act, with integrity',
    phrasings: [/\bintegrity\b/i, /\bprobity\b/i],
    commitment: 'act with integrity and be seen to do so',
  },
  'treating-suppliers-same': {
    id: 'treating-suppliers-same',
    name: 'treating suppliers the same',
    phrasings: [TREAT_EQUALLY],
    alsoStatedBy: ['equal-treatment'],
    commitment:
      'treat all {bidders} the same unless a difference between them justifies different treatment, and then take reasonable steps so that none is unfairly advantaged or disadvantaged',
  },
};

/** One principle a regime requires, with the provision that requires it. */
export interface RequiredPrinciple {
  principle: PrincipleId;
  /** Provision key, as in the provisions knowledge base: "pa-2023:section:12". */
  provision: string;
  /** How messages cite it: "regulation 18 of the Public Contracts Regulations 2015". */
  citation: string;
  /** The same, short, for the first sentence of a message: "regulation 18 of PCR 2015". */
  shortCitation: string;
  /** Completes "which …": "regulation 18 of … requires". */
  requirement: string;
}

export interface PrincipleSet {
  id: string;
  regime: Regime;
  lightTouch: boolean;
  /** The main provision key (code lens, clause sources). */
  provision: string;
  citation: string;
  /** "regulation 18 of PCR 2015", "section 12 of PA 2023". */
  shortCitation: string;
  /** legislation.gov.uk address of the provision. */
  url: string;
  /** Plain-English summary, in our own words. */
  summary: string;
  required: RequiredPrinciple[];
  /** Id of the full clause in principleClauses(). */
  clauseId: string;
}

const FOUR: PrincipleId[] = ['equal-treatment', 'non-discrimination', 'transparency', 'proportionality'];
const LIGHT_TOUCH: PrincipleId[] = ['transparency', 'equal-treatment'];
const REG_18 = 'Contracting authorities must treat economic operators equally and without discrimination, and act transparently and proportionately.';
const REG_76 = 'For social and other specific services (the light touch regime) the authority sets its own procedure, which must at least secure transparency and equal treatment.';

/** A PCR 2015 / PCSR 2015 / Directive set: every principle required by the same provision. */
function classic(regime: Regime, lightTouch: boolean, kind: 'regulation' | 'article', number: string, instrument: string, url: string): PrincipleSet {
  const provision = `${regime}:${kind}:${number}`;
  const citation = kind === 'article' ? `Article ${number} of ${instrument}` : `regulation ${number} of the ${instrument}`;
  const shortCitation = `${kind === 'article' ? 'Article' : 'regulation'} ${number} of ${SHORT[instrument] ?? instrument}`;
  const ids = lightTouch ? LIGHT_TOUCH : FOUR;
  return {
    id: lightTouch ? `${regime}-light-touch` : regime,
    regime,
    lightTouch,
    provision,
    citation,
    shortCitation,
    url,
    summary: lightTouch ? REG_76 : REG_18,
    required: ids.map((principle) => ({ principle, provision, citation, shortCitation, requirement: `which ${citation} requires` })),
    clauseId: lightTouch ? 'tender-principles-light-touch' : 'tender-principles',
  };
}

const PCR = 'Public Contracts Regulations 2015';
const PCSR = 'Public Contracts (Scotland) Regulations 2015';
const DIRECTIVE = 'Directive 2014/24/EU';
const PA_12_1 = 'section 12(1) of the Procurement Act 2023';
const PA_12_2 = 'section 12(2) of the Procurement Act 2023';
const SHORT: Record<string, string> = { [PCR]: 'PCR 2015', [PCSR]: 'PCSR 2015', [DIRECTIVE]: DIRECTIVE };

export const PRINCIPLE_SETS: readonly PrincipleSet[] = [
  classic('pcr-2015', false, 'regulation', '18', PCR, 'https://www.legislation.gov.uk/uksi/2015/102/regulation/18'),
  // Regs 74-77: the light touch regime for Schedule 3 services.
  classic('pcr-2015', true, 'regulation', '76', PCR, 'https://www.legislation.gov.uk/uksi/2015/102/regulation/76'),
  classic('pcsr-2015', false, 'regulation', '19', PCSR, 'https://www.legislation.gov.uk/ssi/2015/446/regulation/19'),
  classic('pcsr-2015', true, 'regulation', '76', PCSR, 'https://www.legislation.gov.uk/ssi/2015/446/regulation/76'),
  classic('directive-2014-24', false, 'article', '18', DIRECTIVE, 'https://www.legislation.gov.uk/eudr/2014/24/article/18'),
  classic('directive-2014-24', true, 'article', '76', DIRECTIVE, 'https://www.legislation.gov.uk/eudr/2014/24/article/76'),
  {
    // Light touch contracts (s.9) are covered procurements: s.12 applies to them as to any other.
    id: 'pa-2023',
    regime: 'pa-2023',
    lightTouch: false,
    provision: 'pa-2023:section:12',
    citation: 'section 12 of the Procurement Act 2023',
    shortCitation: 'section 12 of PA 2023',
    url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/12',
    summary:
      'In a covered procurement the authority must have regard to delivering value for money, maximising public benefit, sharing information and acting with integrity, and must treat suppliers the same unless a difference between them justifies otherwise.',
    required: [
      ...(['value-for-money', 'public-benefit', 'sharing-information', 'integrity'] as PrincipleId[]).map((principle) => ({
        principle,
        provision: 'pa-2023:section:12',
        citation: PA_12_1,
        shortCitation: 'section 12(1) of PA 2023',
        requirement: `which ${PA_12_1} requires the authority to have regard to`,
      })),
      {
        principle: 'treating-suppliers-same',
        provision: 'pa-2023:section:12',
        citation: PA_12_2,
        shortCitation: 'section 12(2) of PA 2023',
        requirement: `which ${PA_12_2} requires`,
      },
    ],
    clauseId: 'tender-principles-pa-2023',
  },
];

/** Undefined for a regime with no statutory list of principles a document must state (the PSR). */
export function principleSetFor(regime: Regime, lightTouch: boolean): PrincipleSet | undefined {
  const exact = PRINCIPLE_SETS.find((s) => s.regime === regime && s.lightTouch === lightTouch);
  return exact ?? PRINCIPLE_SETS.find((s) => s.regime === regime);
}

/** How the document names the buyer and the bidders; the clause library uses the defaults. */
export interface Wording {
  authority: string;
  bidder: string;
  bidders: string;
}

export const DEFAULT_WORDING: Wording = { authority: 'the Authority', bidder: 'bidder', bidders: 'bidders' };

function fill(text: string, w: Wording): string {
  return text.replace(/\{bidders\}/g, w.bidders).replace(/\{bidder\}/g, w.bidder);
}

/** "a, b and c": one sentence. A serial comma only where a part holds its own "and", so the list stays readable. */
function joinAll(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  const serial = parts.length > 2 && parts.some((p) => /\band\b/.test(p)) ? ',' : '';
  return `${parts.slice(0, -1).join(', ')}${serial} and ${parts[parts.length - 1]}`;
}

/** Equal treatment and non-discrimination are one promise in plain English: "treat every bidder equally and without discrimination". */
function commitments(ids: PrincipleId[], wording: Wording): string[] {
  const both = ids.includes('equal-treatment') && ids.includes('non-discrimination');
  return ids
    .filter((id) => !(both && id === 'non-discrimination') && id !== 'treating-suppliers-same')
    .map((id) => (both && id === 'equal-treatment' ? fill('treat every {bidder} equally and without discrimination', wording) : fill(PRINCIPLES[id].commitment, wording)));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * One sentence committing the authority to the given principles: "The Authority will treat every
 * bidder equally and without discrimination, act transparently … and keep its requirements
 * proportionate …". `also` adds "also" when the sentence
 * completes a statement already in the document.
 */
export function commitmentSentence(ids: PrincipleId[], wording: Wording = DEFAULT_WORDING, also = false): string {
  const who = capitalise(wording.authority);
  const sentences: string[] = [];
  const parts = commitments(ids, wording);
  if (parts.length > 0) sentences.push(`${who} will ${also ? 'also ' : ''}${joinAll(parts)}.`);
  // Treating suppliers the same carries its own exception: it reads only as a sentence of its own.
  if (ids.includes('treating-suppliers-same')) {
    const subject = sentences.length > 0 ? 'It' : who;
    sentences.push(`${subject} will ${also && sentences.length === 0 ? 'also ' : ''}${fill(PRINCIPLES['treating-suppliers-same'].commitment, wording)}.`);
  }
  return sentences.join(' ');
}

/** The full statement for a set, as inserted when a document states none of its principles. */
export function fullStatement(set: PrincipleSet, wording: Wording = DEFAULT_WORDING): string {
  const it = { ...wording, authority: 'it' };
  if (set.regime === 'pa-2023') {
    const objectives = set.required.filter((r) => r.principle !== 'treating-suppliers-same').map((r) => fill(PRINCIPLES[r.principle].name, wording));
    const objectivesText = joinAll(objectives.map((n) => (n === 'sharing information' ? `sharing information so that ${wording.bidders} and others can understand its procurement policies and decisions` : n)));
    return `In conducting this procurement ${wording.authority} will have regard to the procurement objectives: ${objectivesText}. ${commitmentSentence(['treating-suppliers-same'], it)}`;
  }
  const names = set.required.map((r) => PRINCIPLES[r.principle].name);
  return `${capitalise(wording.authority)} will conduct this procurement in line with the principles of ${joinNames(names)}. ${commitmentSentence(set.required.map((r) => r.principle), it)}`;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const AUTHORITY_TAB_STOP = '\u0000';

function asSnippet(text: string): string {
  // Escape snippet syntax in the fixed text, then turn the authority's name into tab stop 1.
  return text
    .replace(/[$}\\]/g, (c) => `\\${c}`)
    .replace(new RegExp(AUTHORITY_TAB_STOP, 'g'), (_m, offset: number) => (offset === 0 ? '${1:The Authority}' : '${1:the Authority}'));
}

function clause(id: string, title: string, build: (w: Wording) => string, regimes: Regime[], sources: string[]): Clause {
  const body = build(DEFAULT_WORDING);
  const marked = build({ ...DEFAULT_WORDING, authority: AUTHORITY_TAB_STOP });
  return { id, title, body: body.charAt(0).toUpperCase() + body.slice(1), snippet: asSnippet(marked), regimes, sources };
}

const CLASSIC_REGIMES: Regime[] = ['pcr-2015', 'pcsr-2015', 'directive-2014-24'];

/** Standard clauses for the clause library, snippets and completion; same wording as the quick fix. */
export function principleClauses(): Clause[] {
  const set = (id: string) => PRINCIPLE_SETS.find((s) => s.id === id)!;
  const classicSources = ['pcr-2015:regulation:18', 'pcsr-2015:regulation:19', 'directive-2014-24:article:18'];
  const clauses: Clause[] = [
    clause('tender-principles', 'Principles of procurement (equal treatment, non-discrimination, transparency, proportionality)', (w) => fullStatement(set('pcr-2015'), w), CLASSIC_REGIMES, classicSources),
    clause(
      'tender-principles-light-touch',
      'Principles for a light touch procurement (transparency and equal treatment)',
      (w) => fullStatement(set('pcr-2015-light-touch'), w),
      CLASSIC_REGIMES,
      ['pcr-2015:regulation:76', 'pcsr-2015:regulation:76', 'directive-2014-24:article:76'],
    ),
    clause('tender-principles-pa-2023', 'Procurement objectives and equal treatment of suppliers (Procurement Act 2023, s.12)', (w) => fullStatement(set('pa-2023'), { ...w, bidder: 'supplier', bidders: 'suppliers' }), ['pa-2023'], ['pa-2023:section:12']),
  ];
  for (const id of ['equal-treatment', 'non-discrimination', 'transparency', 'proportionality'] as PrincipleId[]) {
    clauses.push(clause(`tender-principle-${id}`, `Principle of ${PRINCIPLES[id].name}`, (w) => commitmentSentence([id], w), CLASSIC_REGIMES, classicSources));
  }
  return clauses;
}
