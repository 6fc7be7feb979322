// The instruments Tender Lint knows, with the facts a hover needs to say whether one governs a
// document: citation, extent, the dates it applies between and what happens to procurements that
// straddle those dates. Sources: /work/shared/domain/law-facts.md §0, §1.5, §2.1, §3, §4.

import type { Instrument, ProvisionKind } from './types';

export interface InstrumentInfo {
  id: Instrument;
  /** Full short title, as the instrument cites itself. */
  title: string;
  /** The abbreviation Tender Lint writes first, then others drafters use. */
  abbreviations: string[];
  /** Official citation: "SI 2015/102", "2023 c. 54". */
  citation: string;
  /** How its numbered provisions are called. */
  provisionKind: ProvisionKind;
  /** legislation.gov.uk contents page. */
  url: string;
  /** Made, enacted (Royal Assent) or adopted; absent when our sources do not confirm it. */
  made?: string;
  /** ISO date from which it governs new procurements. */
  appliesFrom: string;
  /** ISO date from which new procurements no longer run under it; absent while it governs them. */
  appliesTo?: string;
  /** Where it applies, in words. */
  jurisdiction: string;
  /** Savings and transition, in our own words. */
  transition?: string;
}

export const INSTRUMENTS: Readonly<Record<Instrument, InstrumentInfo>> = {
  'pcr-2015': {
    id: 'pcr-2015',
    title: 'Public Contracts Regulations 2015',
    abbreviations: ['PCR 2015', 'PCR'],
    citation: 'SI 2015/102',
    provisionKind: 'regulation',
    url: 'https://www.legislation.gov.uk/uksi/2015/102/contents',
    made: '2015-02-04',
    appliesFrom: '2015-02-26',
    appliesTo: '2025-02-24',
    jurisdiction: 'England, Wales and Northern Ireland (they do not extend to Scotland, apart from Part 4 and Schedule 6 paragraph 19)',
    transition:
      'Revoked by the Procurement Act 2023 (s.119 and Schedule 11 paragraph 5). Procurements commenced under the Regulations before 24 February 2025, and contracts awarded under them, stay under PCR 2015 for their whole life, including later modifications (SI 2024/716 reg 5). A non-mandatory prior information notice published before that date does not keep a later procurement under PCR 2015.',
  },
  'pa-2023': {
    id: 'pa-2023',
    title: 'Procurement Act 2023',
    abbreviations: ['PA 2023', 'the Act'],
    citation: '2023 c. 54',
    provisionKind: 'section',
    url: 'https://www.legislation.gov.uk/ukpga/2023/54/contents',
    made: '2023-10-26',
    appliesFrom: '2025-02-24',
    jurisdiction:
      'England, Wales and Northern Ireland, and reserved or UK-wide bodies in Scotland; devolved Scottish authorities stay under the Public Contracts (Scotland) Regulations 2015',
    transition:
      'Royal Assent 26 October 2023. Most provisions came into force on 24 February 2025 (SI 2024/716 as amended by SI 2024/959); a few, such as s.9, s.13 and Schedule 1, were commenced earlier by SI 2024/361. Procurements commenced before 24 February 2025 continue under the old rules.',
  },
  'pcsr-2015': {
    id: 'pcsr-2015',
    title: 'Public Contracts (Scotland) Regulations 2015',
    abbreviations: ['PCSR 2015', 'PC(S)R 2015'],
    citation: 'SSI 2015/446',
    provisionKind: 'regulation',
    url: 'https://www.legislation.gov.uk/ssi/2015/446/contents',
    appliesFrom: '2016-04-18',
    jurisdiction: 'Scotland (devolved Scottish contracting authorities)',
    transition: 'Still the main regime for devolved Scottish authorities after the Procurement Act 2023 took effect elsewhere in the UK.',
  },
  'directive-2014-24': {
    id: 'directive-2014-24',
    title: 'Directive 2014/24/EU on public procurement',
    abbreviations: ['Directive 2014/24/EU', 'Public Contracts Directive'],
    citation: 'Directive 2014/24/EU',
    provisionKind: 'article',
    url: 'https://www.legislation.gov.uk/eudr/2014/24/contents',
    made: '2014-02-26',
    appliesFrom: '2014-04-17',
    jurisdiction: 'EU Member States; in the UK it was given effect by PCR 2015 and PCSR 2015',
    transition:
      'Adopted 26 February 2014, in force 17 April 2014, transposition deadline 18 April 2016. Since IP completion day (11pm, 31 December 2020) legislation.gov.uk keeps the Directive only to aid cross-referencing from UK law: UK procurements follow the UK instrument that transposed it.',
  },
  'psr-2023': {
    id: 'psr-2023',
    title: 'Health Care Services (Provider Selection Regime) Regulations 2023',
    abbreviations: ['PSR', 'Provider Selection Regime'],
    citation: 'SI 2023/1348',
    provisionKind: 'regulation',
    url: 'https://www.legislation.gov.uk/uksi/2023/1348/contents',
    appliesFrom: '2024-01-01',
    jurisdiction: 'England: relevant health care services arranged by relevant authorities (NHS bodies and local authorities)',
    transition:
      'In force from 1 January 2024. Relevant health care services that relevant authorities arrange under these Regulations are taken out of the Public Contracts Regulations 2015 and the Procurement Act 2023, so the principles and procedures of those instruments do not govern them.',
  },
};

/** The date a UK document stops being governed by EU law directly (IP completion day, 11pm 31 Dec 2020). */
export const IP_COMPLETION_DAY = '2020-12-31';

export function instrumentInfo(id: Instrument): InstrumentInfo {
  return INSTRUMENTS[id];
}

/** "PCR 2015", "PA 2023" … */
export function shortName(id: Instrument): string {
  return INSTRUMENTS[id].abbreviations[0];
}
