// How drafters name the four instruments: full short titles, abbreviations, defined terms, and the
// misspellings and wrong titles seen in real documents with their corrections. Citation recognition
// (core/citations.ts) and the `citation` rule read this data; nothing here is a rule by itself.
// Sources: /work/shared/domain/law-facts.md §0 (titles, SI numbers), §3 (Directive), §4 (Scotland).

import type { Instrument, ProvisionKind } from './types';

/** A way of writing an instrument's name. `pattern` is a regex source without flags or anchors. */
export interface TitleForm {
  instrument: Instrument;
  pattern: string;
  /** Case-insensitive match; abbreviations such as "PCR" stay case-sensitive. */
  ignoreCase: boolean;
}

/**
 * Names that identify one instrument on their own. Longest and most specific first: the Scottish
 * title must win over the PCR title it contains. All alternatives are fixed words with single spaces
 * (`\s`), so they cannot backtrack.
 */
export const TITLE_FORMS: readonly TitleForm[] = [
  { instrument: 'pcsr-2015', pattern: String.raw`Public\sContracts?\s\(Scotland\)\sRegulations?\s2015`, ignoreCase: true },
  { instrument: 'pcsr-2015', pattern: String.raw`SSI\s2015\/446`, ignoreCase: false },
  { instrument: 'pcsr-2015', pattern: String.raw`PC\(S\)R(?:\s?2015)?|PCSR(?:\s?2015)?`, ignoreCase: false },
  { instrument: 'pcsr-2015', pattern: String.raw`Scottish\sRegulations`, ignoreCase: false },
  { instrument: 'pcr-2015', pattern: String.raw`Public\sContracts?\sRegulations?\s(?:2015|2016)`, ignoreCase: true },
  { instrument: 'pcr-2015', pattern: String.raw`Public\sProcurement\sRegulations\s2015`, ignoreCase: true },
  { instrument: 'pcr-2015', pattern: String.raw`S\.?I\.?\s2015\/102`, ignoreCase: false },
  { instrument: 'pcr-2015', pattern: String.raw`PCR(?:\s?2015|15)?`, ignoreCase: false },
  { instrument: 'pa-2023', pattern: String.raw`Procurement\sAct\s(?:2023|2024|2022)`, ignoreCase: true },
  { instrument: 'pa-2023', pattern: String.raw`PA\s?2023|PA23`, ignoreCase: false },
  { instrument: 'pa-2023', pattern: String.raw`2023\sAct`, ignoreCase: false },
  { instrument: 'directive-2014-24', pattern: String.raw`Directive\s2014\/24(?:\/E[UC])?`, ignoreCase: true },
  { instrument: 'directive-2014-24', pattern: String.raw`Public\sContracts\sDirective|Public\sSector\sDirective|2014\sDirective`, ignoreCase: true },
];

/**
 * Defined terms that stand for an instrument when the document has introduced one ("the Act", "the
 * Regulations"). Which instrument they mean is decided from the surrounding text; `guess` is used
 * only when nothing else in the document names an instrument of that kind.
 */
export interface GenericReference {
  pattern: string;
  /** The kinds of instrument the term can stand for. */
  candidates: readonly Instrument[];
  /** The instrument assumed when the document names none of the candidates (and no other law). */
  guess?: Instrument;
  /** Kind of foreign instrument that would capture the term instead ("Equality Act 2010" for "the Act"). */
  foreignKind: 'Act' | 'Regulations' | 'Directive';
}

export const GENERIC_REFERENCES: readonly GenericReference[] = [
  { pattern: String.raw`the\sAct`, candidates: ['pa-2023'], guess: 'pa-2023', foreignKind: 'Act' },
  { pattern: String.raw`the\s2015\sRegulations|the\sRegulations`, candidates: ['pcr-2015', 'pcsr-2015'], foreignKind: 'Regulations' },
  { pattern: String.raw`the\sDirective`, candidates: ['directive-2014-24'], guess: 'directive-2014-24', foreignKind: 'Directive' },
];

/** A title drafters get wrong, with the title they meant. */
export interface MisspeltTitle {
  /** Regex source, matched case-insensitively on word boundaries. */
  wrong: string;
  right: string;
  instrument: Instrument;
  /** Why it is wrong, in our own words (shown after "is not the title of any instrument"). */
  why: string;
}

export const MISSPELT_TITLES: readonly MisspeltTitle[] = [
  {
    wrong: String.raw`Public\sContract\s\(Scotland\)\sRegulations?\s2015|Public\sContracts\s\(Scotland\)\sRegulation\s2015`,
    right: 'Public Contracts (Scotland) Regulations 2015',
    instrument: 'pcsr-2015',
    why: 'the Scottish Regulations (SSI 2015/446) are the Public Contracts (Scotland) Regulations 2015, with "Contracts" and "Regulations" both plural',
  },
  {
    wrong: String.raw`Public\sContract\sRegulations?\s2015|Public\sContracts\sRegulation\s2015`,
    right: 'Public Contracts Regulations 2015',
    instrument: 'pcr-2015',
    why: 'SI 2015/102 cites itself as the Public Contracts Regulations 2015, with "Contracts" and "Regulations" both plural (reg 1(1))',
  },
  {
    wrong: String.raw`Public\sProcurement\sRegulations\s2015`,
    right: 'Public Contracts Regulations 2015',
    instrument: 'pcr-2015',
    why: 'there are no "Public Procurement Regulations 2015"; the 2015 Regulations for England, Wales and Northern Ireland are the Public Contracts Regulations 2015 (SI 2015/102)',
  },
  {
    wrong: String.raw`Public\sContracts\sRegulations\s2016`,
    right: 'Public Contracts Regulations 2015',
    instrument: 'pcr-2015',
    why: 'the Public Contracts Regulations are dated 2015 (SI 2015/102, in force 26 February 2015); 2016 is the year of the Utilities and Concession Contracts Regulations and of the Scottish Regulations coming into force',
  },
  {
    wrong: String.raw`Procurement\sAct\s2024|Procurement\sAct\s2022`,
    right: 'Procurement Act 2023',
    instrument: 'pa-2023',
    why: 'the Act received Royal Assent on 26 October 2023 and is the Procurement Act 2023 (c. 54); its secondary legislation is the Procurement Regulations 2024',
  },
  {
    wrong: String.raw`Directive\s2014\/24\/EC`,
    right: 'Directive 2014/24/EU',
    instrument: 'directive-2014-24',
    why: 'directives adopted after the Lisbon Treaty carry the suffix "/EU"; "/EC" belongs to older directives such as 2004/18/EC',
  },
];

/**
 * The highest provision number of each kind, only where we are sure of it. A citation above the
 * bound cannot exist. Anything not listed is never checked.
 */
export const PROVISION_UPPER_BOUNDS: Partial<Record<Instrument, Partial<Record<ProvisionKind, number>>>> = {
  // Directive 2014/24/EU ends with Article 94 (Addressees) and Annex XV.
  'directive-2014-24': { article: 94, annex: 15 },
  // The Procurement Act 2023 has 11 Schedules (Schedule 11: repeals and revocations, law-facts §2.2).
  'pa-2023': { schedule: 11 },
};

/** The word each instrument uses for its numbered provisions, as a drafter writes it in prose. */
export const PROVISION_WORD: Readonly<Record<Instrument, { full: string; abbreviated: string }>> = {
  'pcr-2015': { full: 'regulation', abbreviated: 'reg.' },
  'pcsr-2015': { full: 'regulation', abbreviated: 'reg.' },
  'pa-2023': { full: 'section', abbreviated: 's.' },
  'directive-2014-24': { full: 'Article', abbreviated: 'Art.' },
  'psr-2023': { full: 'regulation', abbreviated: 'reg.' },
};

/** Which kinds of provision exist in which instrument. */
export const KINDS_BY_INSTRUMENT: Readonly<Record<Instrument, readonly ProvisionKind[]>> = {
  'pcr-2015': ['regulation', 'schedule'],
  'pcsr-2015': ['regulation', 'schedule'],
  'pa-2023': ['section', 'schedule'],
  'directive-2014-24': ['article', 'annex'],
  'psr-2023': ['regulation', 'schedule'],
};
