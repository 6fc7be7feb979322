// Terms that went out of date, when, what replaced them under each regime, and the source. Read by the
// `obsolete-reference` rule. A replacement is given only where swapping the words is certain; the
// rule explains the rest without a fix.
// Sources: /work/shared/domain/law-facts.md §0.3–0.4, §0.9–0.10, §1.5, §2.1, §2.4, §7.2–7.5, §7.7.

import type { Regime } from '../types';

/** Find a Tender replaced OJEU/TED for UK notices at 11pm on 31 December 2020 (PPN 08/20). */
export const FIND_A_TENDER_FROM = '2021-01-01';
/** Procurement Act 2023 go-live for new procurements in England, Wales and Northern Ireland. */
export const PA_2023_FROM = '2025-02-24';

export interface ObsoleteTerm {
  id: string;
  /** Regex source, case-insensitive unless `caseSensitive`. */
  pattern: string;
  caseSensitive?: boolean;
  /** The term is out of date only under these regimes. */
  regimes: readonly Regime[];
  /** …and only for documents dated on or after this (ISO). Absent: whatever the date. */
  from?: string;
  /** The words to use instead, per regime; absent where the right words depend on the sentence. */
  replacement: Partial<Record<Regime, string>>;
  /** What is wrong and what is right, in our own words (the rule adds the document's regime and date). */
  explanation: Partial<Record<Regime, string>> & { default: string };
  source: { label: string; url: string };
  /** A regime-specific source, where the replacement rests on a different provision. */
  sourceByRegime?: Partial<Record<Regime, { label: string; url: string }>>;
  /** The sentence must also match this for the term to count (e.g. "TED" only about notices). */
  requiresContext?: string;
}

const NOTICE_CONTEXT = String.raw`\b(?:notices?|advert(?:s|ise|ises|ised|isement|isements|ising)?|publish(?:ed|ing)?|publication|call for competition|contract notice|PIN|prior information)\b`;
const FTS_SOURCE = { label: 'PPN 08/20; PCR 2015 reg 51 as amended (the UK e-notification service)', url: 'https://www.legislation.gov.uk/uksi/2015/102/regulation/51' };

export const OBSOLETE_TERMS: readonly ObsoleteTerm[] = [
  {
    id: 'ojeu',
    pattern: String.raw`OJEU|O\.J\.E\.U\.|Official\sJournal\sof\sthe\sEuropean\sUnion|Official\sJournal|Tenders\sElectronic\sDaily|TED`,
    caseSensitive: true,
    regimes: ['pcr-2015', 'pcsr-2015', 'pa-2023'],
    from: FIND_A_TENDER_FROM,
    requiresContext: NOTICE_CONTEXT,
    replacement: { 'pcr-2015': 'Find a Tender', 'pcsr-2015': 'Find a Tender', 'pa-2023': 'the Central Digital Platform' },
    explanation: {
      default:
        'Since 11pm on 31 December 2020 UK procurement notices are no longer sent to the Official Journal of the European Union (OJEU/TED); they are published on the UK Find a Tender service (PPN 08/20).',
      'pa-2023':
        'Since 11pm on 31 December 2020 UK notices are no longer sent to the Official Journal (OJEU/TED). Under the Procurement Act 2023 they are published on the Central Digital Platform, hosted on Find a Tender (s.95 and the Procurement Regulations 2024).',
    },
    source: FTS_SOURCE,
    sourceByRegime: { 'pa-2023': { label: 'Procurement Act 2023 s.95 and the Procurement Regulations 2024', url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/95' } },
  },
  {
    id: 'meat',
    // Case-sensitive: "meat" is also a catering supply.
    pattern: String.raw`[Mm]ost\s+[Ee]conomically\s+[Aa]dvantageous\s+[Tt]enders?(?:\s\(MEAT\))?|MEAT`,
    caseSensitive: true,
    regimes: ['pa-2023'],
    replacement: { 'pa-2023': 'most advantageous tender' },
    explanation: {
      default:
        'The Procurement Act 2023 awards contracts to the "most advantageous tender": the one that satisfies the requirements and best satisfies the award criteria (s.19). "Most economically advantageous tender" (MEAT) is the PCR 2015 term (reg 67).',
    },
    source: { label: 'Procurement Act 2023 s.19', url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/19' },
  },
  {
    id: 'light-touch-regime',
    pattern: String.raw`the\s+light[\s-]+touch\s+regime|light[\s-]+touch\s+regime`,
    regimes: ['pa-2023'],
    replacement: { 'pa-2023': 'the rules for light touch contracts' },
    explanation: {
      default:
        'Under the Procurement Act 2023 there is no separate "Light Touch Regime": the Act speaks of "light touch contracts" (s.9), to which its general rules apply with specific exemptions. The services are listed in Schedule 1 to the Procurement Regulations 2024, not Schedule 3 to PCR 2015.',
    },
    source: { label: 'Procurement Act 2023 s.9', url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/9' },
  },
  {
    id: 'alcatel-period',
    pattern: String.raw`Alcatel\s+(?:standstill\s+)?period`,
    regimes: ['pcr-2015', 'pcsr-2015', 'pa-2023', 'directive-2014-24'],
    replacement: { 'pcr-2015': 'standstill period', 'pcsr-2015': 'standstill period', 'pa-2023': 'standstill period', 'directive-2014-24': 'standstill period' },
    explanation: {
      default: '"Alcatel period" is an old informal name for the standstill period (PCR 2015 reg 87: 10 days when the notice is sent electronically).',
      'pa-2023': '"Alcatel period" is an old informal name for the standstill period. Under the Procurement Act 2023 it is 8 working days from publication of the contract award notice (s.51).',
    },
    source: { label: 'PCR 2015 reg 87; Procurement Act 2023 s.51', url: 'https://www.legislation.gov.uk/uksi/2015/102/regulation/87' },
  },
  {
    id: 'alcatel-letter',
    pattern: String.raw`Alcatel\s+(?:letters?|notices?)`,
    regimes: ['pcr-2015', 'pcsr-2015', 'pa-2023', 'directive-2014-24'],
    replacement: { 'pcr-2015': 'award decision notice', 'pcsr-2015': 'award decision notice', 'pa-2023': 'contract award notice' },
    explanation: {
      default: '"Alcatel letter" is an old informal name for the notice of the decision to award the contract (PCR 2015 reg 86), which starts the standstill period.',
      'pcsr-2015': '"Alcatel letter" is an old informal name for the notice of the decision to award the contract, which starts the standstill period.',
      'pa-2023': '"Alcatel letter" is an old informal name. Under the Procurement Act 2023 the standstill period starts when the contract award notice is published (ss.50–51).',
    },
    source: { label: 'PCR 2015 reg 86; Procurement Act 2023 s.50', url: 'https://www.legislation.gov.uk/uksi/2015/102/regulation/86' },
  },
];

/** PCR 2015 named as the law a procurement runs under, after go-live (law-facts §1.5, §7.3). */
export const PCR_AS_GOVERNING_LAW = {
  governingVerbs: String.raw`\b(?:under|in\s+accordance\s+with|governed\s+by|subject\s+to|pursuant\s+to|conducted\s+under|compl(?:y|ies|iance)\s+with|regulated\s+by|appl(?:y|ies)|run\s+under)\b`,
  /** The document says it is a procurement saved under the old law. */
  transitional: String.raw`commenced\s+(?:before|prior\s+to)|(?:before|prior\s+to)\s+24(?:th)?\s+February\s+2025|transitional\s+(?:and\s+saving\s+)?(?:provisions|arrangements)|saving\s+provisions|S\.?I\.?\s+2024\/716|continues?\s+to\s+(?:apply|be\s+governed)|saved\s+(?:by|under)`,
  explanation:
    'The Procurement Act 2023 governs procurements started on or after 24 February 2025 in England, Wales and Northern Ireland; PCR 2015 (revoked by s.119 and Schedule 11 para 5) applies only to procurements commenced before then (SI 2024/716 reg 5). Devolved Scottish authorities keep the Public Contracts (Scotland) Regulations 2015.',
  source: { label: 'SI 2024/716 reg 5', url: 'https://www.legislation.gov.uk/uksi/2024/716/regulation/5' },
};
