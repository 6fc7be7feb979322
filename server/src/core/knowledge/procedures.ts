// Procedures and other named provisions, with the provision that creates each of them in each
// instrument, and the procedure names that do not exist with the name meant. Read by the
// `procedure-name` and `citation` rules (and reusable by hover and completion).
// Sources: /work/shared/domain/law-facts.md §1.1 (PCR regs 18, 26–32, 40, 50, 67, 86, 87), §2.2–2.3
// (PA ss.9, 12, 16, 17, 19, 20, 50, 51, 53), §3 (Directive Arts 18, 26–32), §4 (PCSR regs 19, 27, 28,
// 32, 41, 51). Scottish numbers the fact sheet marks UNCONFIRMED (restricted, CPN, dialogue, NPWPP)
// are deliberately absent, so nothing is ever checked against them.

import type { Instrument, ProvisionKind } from './types';

export interface ProvisionRef {
  kind: ProvisionKind;
  number: string;
  /** "2(b)" for s.20(2)(b); only where the name is tied to that paragraph. */
  paragraph?: string;
}

export interface NamedProvision {
  id: string;
  /** How the provision is usually named in prose (the first is the statutory wording). */
  name: string;
  /** Regex source matched case-insensitively at word boundaries. Must not overlap a longer name. */
  pattern: string;
  provisions: Partial<Record<Instrument, ProvisionRef>>;
  /** A procedure a document can say it is using. */
  procedure?: boolean;
}

const reg = (number: string, paragraph?: string): ProvisionRef => ({ kind: 'regulation', number, ...(paragraph ? { paragraph } : {}) });
const sec = (number: string, paragraph?: string): ProvisionRef => ({ kind: 'section', number, ...(paragraph ? { paragraph } : {}) });
const art = (number: string): ProvisionRef => ({ kind: 'article', number });

export const NAMED_PROVISIONS: readonly NamedProvision[] = [
  {
    id: 'open-procedure',
    name: 'open procedure',
    pattern: String.raw`open\s+procedure`,
    provisions: { 'pcr-2015': reg('27'), 'pcsr-2015': reg('28'), 'directive-2014-24': art('27'), 'pa-2023': sec('20', '2(a)') },
    procedure: true,
  },
  {
    id: 'restricted-procedure',
    name: 'restricted procedure',
    pattern: String.raw`restricted\s+procedure`,
    provisions: { 'pcr-2015': reg('28'), 'directive-2014-24': art('28') },
    procedure: true,
  },
  {
    id: 'competitive-procedure-with-negotiation',
    name: 'competitive procedure with negotiation',
    pattern: String.raw`competitive\s+procedure\s+with\s+negotiation`,
    provisions: { 'pcr-2015': reg('29'), 'directive-2014-24': art('29') },
    procedure: true,
  },
  {
    id: 'competitive-dialogue',
    name: 'competitive dialogue',
    pattern: String.raw`competitive\s+dialogue(?:\s+procedure)?`,
    provisions: { 'pcr-2015': reg('30'), 'directive-2014-24': art('30') },
    procedure: true,
  },
  {
    id: 'innovation-partnership',
    name: 'innovation partnership',
    pattern: String.raw`innovation\s+partnership(?:\s+procedure)?`,
    provisions: { 'pcr-2015': reg('31'), 'pcsr-2015': reg('32'), 'directive-2014-24': art('31') },
    procedure: true,
  },
  {
    id: 'negotiated-procedure-without-prior-publication',
    name: 'negotiated procedure without prior publication',
    pattern: String.raw`negotiated\s+procedure\s+without\s+prior\s+publication`,
    provisions: { 'pcr-2015': reg('32'), 'directive-2014-24': art('32') },
    procedure: true,
  },
  {
    id: 'competitive-flexible-procedure',
    name: 'competitive flexible procedure',
    pattern: String.raw`competitive\s+flexible\s+procedure`,
    provisions: { 'pa-2023': sec('20', '2(b)') },
    procedure: true,
  },
  {
    id: 'principles-of-procurement',
    name: 'principles of procurement',
    pattern: String.raw`(?:general\s+)?principles\s+of\s+procurement|procurement\s+principles`,
    provisions: { 'pcr-2015': reg('18'), 'pcsr-2015': reg('19'), 'directive-2014-24': art('18') },
  },
  {
    id: 'choice-of-procedures',
    name: 'choice of procedures',
    pattern: String.raw`choice\s+of\s+procedures?`,
    provisions: { 'pcr-2015': reg('26'), 'pcsr-2015': reg('27'), 'directive-2014-24': art('26') },
  },
  {
    id: 'preliminary-market-consultation',
    name: 'preliminary market consultations',
    pattern: String.raw`preliminary\s+market\s+consultations?`,
    provisions: { 'pcr-2015': reg('40'), 'pcsr-2015': reg('41') },
  },
  {
    id: 'contract-award-notice',
    name: 'contract award notice',
    pattern: String.raw`contract\s+award\s+notices?`,
    provisions: { 'pcr-2015': reg('50'), 'pcsr-2015': reg('51'), 'pa-2023': sec('50') },
  },
  {
    id: 'award-decision-notice',
    name: 'notice of a decision to award a contract',
    pattern: String.raw`(?:award\s+decision|contract\s+award\s+decision|standstill)\s+(?:notices?|letters?)|notices?\s+of\s+(?:the\s+)?(?:decisions?\s+to\s+award|award\s+decision)`,
    provisions: { 'pcr-2015': reg('86') },
  },
  {
    id: 'standstill-period',
    name: 'standstill period',
    pattern: String.raw`standstill\s+period`,
    provisions: { 'pcr-2015': reg('87'), 'pa-2023': sec('51') },
  },
  {
    id: 'preliminary-market-engagement',
    name: 'preliminary market engagement',
    pattern: String.raw`preliminary\s+market\s+engagement(?!\s+notices?)`,
    provisions: { 'pa-2023': sec('16') },
  },
  {
    id: 'preliminary-market-engagement-notice',
    name: 'preliminary market engagement notice',
    pattern: String.raw`preliminary\s+market\s+engagement\s+notices?`,
    provisions: { 'pa-2023': sec('17') },
  },
  {
    id: 'light-touch-contracts',
    name: 'light touch contracts',
    pattern: String.raw`light[\s-]+touch\s+contracts?`,
    provisions: { 'pa-2023': sec('9') },
  },
  {
    id: 'procurement-objectives',
    name: 'covered procurement: objectives',
    pattern: String.raw`procurement\s+objectives`,
    provisions: { 'pa-2023': sec('12') },
  },
  {
    id: 'most-advantageous-tender',
    name: 'most advantageous tender',
    pattern: String.raw`(?<!economically\s)most\s+advantageous\s+tender`,
    provisions: { 'pa-2023': sec('19') },
  },
  {
    id: 'contract-details-notice',
    name: 'contract details notice',
    pattern: String.raw`contract\s+details\s+notices?`,
    provisions: { 'pa-2023': sec('53') },
  },
  {
    id: 'transparency-notice',
    name: 'transparency notice',
    pattern: String.raw`(?<!voluntary\s(?:ex\sante\s)?)transparency\s+notices?`,
    provisions: { 'pa-2023': sec('44') },
  },
];

/** A procedure name that does not exist, with the one meant. */
export interface WrongProcedureName {
  pattern: string;
  /** The procedure meant (an id of NAMED_PROVISIONS). */
  means: string;
  /** The words to write instead; `procedure` is appended when the wrong name had it. */
  replacement: string;
  why: string;
}

export const WRONG_PROCEDURE_NAMES: readonly WrongProcedureName[] = [
  {
    pattern: String.raw`innovative\s+partnerships?\s+procedure`,
    means: 'innovation-partnership',
    replacement: 'innovation partnership procedure',
    why: 'the procedure is called the "innovation partnership"; "innovative partnership" is not a statutory term',
  },
  {
    pattern: String.raw`innovation\s+procedure`,
    means: 'innovation-partnership',
    replacement: 'innovation partnership procedure',
    why: 'there is no "innovation procedure"; the procedure for developing and then buying an innovative solution is the "innovation partnership"',
  },
  {
    pattern: String.raw`competitive\s+negotiation\s+procedure|competitive\s+procedure\s+with\s+negotiations`,
    means: 'competitive-procedure-with-negotiation',
    replacement: 'competitive procedure with negotiation',
    why: 'the statutory name is the "competitive procedure with negotiation"',
  },
  {
    pattern: String.raw`negotiated\s+procedure\s+without\s+publication`,
    means: 'negotiated-procedure-without-prior-publication',
    replacement: 'negotiated procedure without prior publication',
    why: 'the statutory name is the "negotiated procedure without prior publication"',
  },
];

/** Where each procedure went under the Procurement Act 2023 (law-facts §2.3, §7.8). */
export const PA_2023_ROUTE = {
  replacement: 'competitive flexible procedure',
  provision: sec('20', '2(b)'),
  url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/20',
  explanation:
    'The Procurement Act 2023 has only two competitive tendering procedures: the open procedure (s.20(2)(a)) and the competitive flexible procedure (s.20(2)(b)), which the authority designs itself and may model on the old restricted, negotiated, dialogue or innovation partnership procedures.',
};

export function namedProvision(id: string): NamedProvision | undefined {
  return NAMED_PROVISIONS.find((p) => p.id === id);
}

/** "regulation 31", "section 20(2)(b)", "Article 31". */
export function formatProvision(ref: ProvisionRef): string {
  const word = ref.kind === 'article' ? 'Article' : ref.kind === 'schedule' ? 'Schedule' : ref.kind === 'annex' ? 'Annex' : ref.kind;
  return `${word} ${ref.number}${formatParagraph(ref.paragraph)}`;
}

/** "2" → "(2)"; "2(b)" → "(2)(b)"; undefined → "". */
export function formatParagraph(paragraph: string | undefined): string {
  if (!paragraph) return '';
  const i = paragraph.indexOf('(');
  return i < 0 ? `(${paragraph})` : `(${paragraph.slice(0, i)})${paragraph.slice(i)}`;
}
