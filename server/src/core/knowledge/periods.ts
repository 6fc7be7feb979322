// Statutory periods as data: the standstill after an award decision and the minimum time limits for
// requests to participate and for tenders. Every figure was read on the legislation.gov.uk text of
// its provision (PCR 2015 regs 27–31 and 87; PCSR 2015 regs 28–32 and 86; Procurement Act 2023
// ss.51, 54 and 123). The Procurement Regulations 2024 (SI 2024/692) add no minimum periods of their
// own, so none is recorded from them. A period that can be cut by a condition the linter cannot see
// (a prior information notice, urgency, electronic submission) is one entry per circumstance, so a
// rule can compare with the shortest lawful figure.

import type { Instrument } from './types';

export type PeriodKind = 'standstill' | 'requests' | 'tenders';
export type PeriodProcedure = 'open' | 'restricted' | 'competitive-procedure-with-negotiation' | 'competitive-dialogue' | 'innovation-partnership' | 'competitive-flexible' | 'any';

export interface StatutoryPeriod {
  id: string;
  instrument: Instrument;
  kind: PeriodKind;
  procedure: PeriodProcedure;
  /** The minimum; 0 where the law sets none in this circumstance. */
  days: number;
  unit: 'days' | 'working-days';
  /** When this figure applies, in our own words. */
  circumstance: string;
  /** "regulation 27(4)", "section 54(4)". */
  provision: string;
  /** The provision's official heading. */
  title: string;
  url: string;
  appliesFrom: string;
  appliesTo?: string;
}

const PCR = { instrument: 'pcr-2015', appliesFrom: '2015-02-26', appliesTo: '2025-02-24', unit: 'days' } as const;
const PCSR = { instrument: 'pcsr-2015', appliesFrom: '2016-04-18', unit: 'days' } as const;
const ACT = { instrument: 'pa-2023', appliesFrom: '2025-02-24' } as const;

const pcrUrl = (reg: number) => `https://www.legislation.gov.uk/uksi/2015/102/regulation/${reg}`;
const pcsrUrl = (reg: number) => `https://www.legislation.gov.uk/ssi/2015/446/regulation/${reg}`;
const actUrl = (s: number) => `https://www.legislation.gov.uk/ukpga/2023/54/section/${s}`;

type Row = [id: string, kind: PeriodKind, procedure: PeriodProcedure, days: number, provision: string, circumstance: string];

/** The EU-derived regulations share one shape; only the numbering differs between PCR 2015 and PCSR 2015. */
function regulationsRows(prefix: string, reg: { open: number; restricted: number; cpn: number; dialogue: number; innovation: number }, innovationPara: string): Row[] {
  return [
    [`${prefix}-open-tenders`, 'tenders', 'open', 35, `regulation ${reg.open}(${prefix === 'pcr' ? 2 : 3})`, 'from the day the contract notice is sent'],
    [`${prefix}-open-tenders-electronic`, 'tenders', 'open', 30, `regulation ${reg.open}(6)`, 'when tenders may be submitted electronically (five days off the 35)'],
    [`${prefix}-open-tenders-pin`, 'tenders', 'open', 15, `regulation ${reg.open}(4)`, 'after a qualifying prior information notice'],
    [`${prefix}-open-tenders-urgency`, 'tenders', 'open', 15, `regulation ${reg.open}(5)`, 'in a state of urgency the authority can substantiate'],
    [`${prefix}-restricted-requests`, 'requests', 'restricted', 30, `regulation ${reg.restricted}(${prefix === 'pcr' ? 2 : 3})`, 'from the day the contract notice is sent'],
    [`${prefix}-restricted-requests-urgency`, 'requests', 'restricted', 15, `regulation ${reg.restricted}(${prefix === 'pcr' ? '10)(a' : '11)(a'})`, 'in a state of urgency'],
    [`${prefix}-restricted-tenders`, 'tenders', 'restricted', 30, `regulation ${reg.restricted}(${prefix === 'pcr' ? 5 : 6})`, 'from the day the invitation to tender is sent'],
    [`${prefix}-restricted-tenders-electronic`, 'tenders', 'restricted', 25, `regulation ${reg.restricted}(${prefix === 'pcr' ? 9 : 10})`, 'when tenders may be submitted electronically'],
    [`${prefix}-restricted-tenders-pin`, 'tenders', 'restricted', 10, `regulation ${reg.restricted}(${prefix === 'pcr' ? 6 : 7})`, 'after a qualifying prior information notice'],
    [`${prefix}-restricted-tenders-agreed`, 'tenders', 'restricted', 0, `regulation ${reg.restricted}(${prefix === 'pcr' ? 7 : 8})`, 'a sub-central authority may agree the time limit with all selected candidates'],
    [`${prefix}-restricted-tenders-urgency`, 'tenders', 'restricted', 10, `regulation ${reg.restricted}(${prefix === 'pcr' ? '10)(b' : '11)(b'})`, 'in a state of urgency'],
    [`${prefix}-cpn-requests`, 'requests', 'competitive-procedure-with-negotiation', 30, `regulation ${reg.cpn}(${prefix === 'pcr' ? 4 : 5})`, 'from the day the contract notice is sent'],
    [`${prefix}-cpn-requests-urgency`, 'requests', 'competitive-procedure-with-negotiation', 15, `regulation ${reg.cpn}(${prefix === 'pcr' ? '10)(a' : '11)(a'})`, 'in a state of urgency'],
    [`${prefix}-cpn-tenders`, 'tenders', 'competitive-procedure-with-negotiation', 30, `regulation ${reg.cpn}(${prefix === 'pcr' ? 5 : 6})`, 'initial tenders, from the day the invitation is sent'],
    [`${prefix}-cpn-tenders-electronic`, 'tenders', 'competitive-procedure-with-negotiation', 25, `regulation ${reg.cpn}(${prefix === 'pcr' ? 9 : 10})`, 'when tenders may be submitted electronically'],
    [`${prefix}-cpn-tenders-pin`, 'tenders', 'competitive-procedure-with-negotiation', 10, `regulation ${reg.cpn}(${prefix === 'pcr' ? 6 : 7})`, 'after a qualifying prior information notice'],
    [`${prefix}-cpn-tenders-agreed`, 'tenders', 'competitive-procedure-with-negotiation', 0, `regulation ${reg.cpn}(${prefix === 'pcr' ? 7 : 8})`, 'a sub-central authority may agree the time limit with all selected candidates'],
    [`${prefix}-cpn-tenders-urgency`, 'tenders', 'competitive-procedure-with-negotiation', 10, `regulation ${reg.cpn}(${prefix === 'pcr' ? '10)(b' : '11)(b'})`, 'in a state of urgency'],
    [`${prefix}-dialogue-requests`, 'requests', 'competitive-dialogue', 30, `regulation ${reg.dialogue}(${prefix === 'pcr' ? 2 : 3})`, 'from the day the contract notice is sent; no reduction is provided'],
    [`${prefix}-innovation-requests`, 'requests', 'innovation-partnership', 30, `regulation ${reg.innovation}(${innovationPara})`, 'from the day the contract notice is sent; no reduction is provided'],
  ];
}

const TITLES: Record<string, string> = {
  open: 'Open procedure',
  restricted: 'Restricted procedure',
  'competitive-procedure-with-negotiation': 'Competitive procedure with negotiation',
  'competitive-dialogue': 'Competitive dialogue',
  'innovation-partnership': 'Innovation partnership',
};

function fromRows(base: typeof PCR | typeof PCSR, rows: Row[], url: (reg: number) => string): StatutoryPeriod[] {
  return rows.map(([id, kind, procedure, days, provision, circumstance]) => ({
    ...base,
    id,
    kind,
    procedure,
    days,
    provision,
    circumstance,
    title: TITLES[procedure],
    url: url(Number(/\d+/.exec(provision)![0])),
  }));
}

export const STATUTORY_PERIODS: readonly StatutoryPeriod[] = [
  ...fromRows(PCR, regulationsRows('pcr', { open: 27, restricted: 28, cpn: 29, dialogue: 30, innovation: 31 }, '5'), pcrUrl),
  { ...PCR, id: 'pcr-standstill-electronic', kind: 'standstill', procedure: 'any', days: 10, provision: 'regulation 87(2)', title: 'Standstill period', url: pcrUrl(87), circumstance: 'the award decision notice is sent to everyone electronically: ends at midnight at the end of the 10th day after sending' },
  { ...PCR, id: 'pcr-standstill-other', kind: 'standstill', procedure: 'any', days: 15, provision: 'regulation 87(3)', title: 'Standstill period', url: pcrUrl(87), circumstance: 'the notice is sent only by other means: the 15th day after sending, or the 10th day after the last one is received if sooner' },
  ...fromRows(PCSR, regulationsRows('pcsr', { open: 28, restricted: 29, cpn: 30, dialogue: 31, innovation: 32 }, '11'), pcsrUrl),
  { ...PCSR, id: 'pcsr-standstill-electronic', kind: 'standstill', procedure: 'any', days: 10, provision: 'regulation 86(3)', title: 'Standstill period', url: pcsrUrl(86), circumstance: 'notice sent to every economic operator electronically: ends at midnight at the end of the 10th day after the last notice is sent' },
  { ...PCSR, id: 'pcsr-standstill-other', kind: 'standstill', procedure: 'any', days: 15, provision: 'regulation 86(4)', title: 'Standstill period', url: pcsrUrl(86), circumstance: 'notice sent to any economic operator only by other means: ends at midnight at the end of the 15th day after the last notice is sent' },
  { ...ACT, id: 'pa-standstill', kind: 'standstill', procedure: 'any', days: 8, unit: 'working-days', provision: 'section 51(2)', title: 'Standstill periods on the award of contracts', url: actUrl(51), circumstance: 'the mandatory standstill: eight working days beginning with the day the contract award notice is published' },
  { ...ACT, id: 'pa-standstill-voluntary', kind: 'standstill', procedure: 'any', days: 8, unit: 'working-days', provision: 'section 51(5)', title: 'Standstill periods on the award of contracts', url: actUrl(51), circumstance: 'a voluntary standstill (light touch, framework call-offs, dynamic markets and the other s.51(3) cases) is at least eight working days' },
  { ...ACT, id: 'pa-participation', kind: 'requests', procedure: 'competitive-flexible', days: 25, unit: 'days', provision: 'section 54(3)', title: 'Time limits', url: actUrl(54), circumstance: 'the participation period in a competitive flexible procedure' },
  { ...ACT, id: 'pa-participation-urgency', kind: 'requests', procedure: 'competitive-flexible', days: 10, unit: 'days', provision: 'section 54(3)', title: 'Time limits', url: actUrl(54), circumstance: 'a state of urgency makes 25 days impractical' },
  { ...ACT, id: 'pa-tenders-electronic', kind: 'tenders', procedure: 'any', days: 25, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'tenders may be submitted electronically and all tender documents come with the tender notice' },
  { ...ACT, id: 'pa-tenders-electronic-later-documents', kind: 'tenders', procedure: 'any', days: 30, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'electronic submission, but not all tender documents come with the notice' },
  { ...ACT, id: 'pa-tenders-paper', kind: 'tenders', procedure: 'any', days: 30, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'no electronic submission, all tender documents with the notice' },
  { ...ACT, id: 'pa-tenders-paper-later-documents', kind: 'tenders', procedure: 'any', days: 35, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'no electronic submission and not all tender documents with the notice' },
  { ...ACT, id: 'pa-tenders-ppn', kind: 'tenders', procedure: 'any', days: 10, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'a qualifying planned procurement notice was published (s.15)' },
  { ...ACT, id: 'pa-tenders-urgency', kind: 'tenders', procedure: 'any', days: 10, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'a state of urgency makes the other minimum impractical' },
  { ...ACT, id: 'pa-tenders-dynamic-market', kind: 'tenders', procedure: 'any', days: 10, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'the contract is awarded by reference to membership of a dynamic market' },
  { ...ACT, id: 'pa-tenders-preselected', kind: 'tenders', procedure: 'competitive-flexible', days: 10, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'a utilities contract, or an authority outside central government, with only pre-selected suppliers tendering' },
  { ...ACT, id: 'pa-tenders-negotiated', kind: 'tenders', procedure: 'competitive-flexible', days: 0, unit: 'days', provision: 'section 54(4)', title: 'Time limits', url: actUrl(54), circumstance: 'the same, with a tendering period agreed with the pre-selected suppliers' },
];

/** The entries for one instrument, kind and procedure (entries for 'any' procedure included). */
export function periodsFor(instrument: Instrument, kind: PeriodKind, procedure: PeriodProcedure): StatutoryPeriod[] {
  return STATUTORY_PERIODS.filter((p) => p.instrument === instrument && p.kind === kind && (p.procedure === procedure || p.procedure === 'any'));
}

/** The shortest lawful minimum, or undefined when the law sets none for the case (or we know none). */
export function shortestPeriod(instrument: Instrument, kind: PeriodKind, procedure: PeriodProcedure): StatutoryPeriod | undefined {
  const entries = periodsFor(instrument, kind, procedure);
  if (entries.length === 0 || entries.some((p) => p.days === 0)) return undefined;
  return entries.reduce((a, b) => (b.days < a.days ? b : a));
}

/** The standstill figure a document states as the law's: the electronic-notice one where there are two. */
export function standstillPeriod(instrument: Instrument): StatutoryPeriod | undefined {
  return STATUTORY_PERIODS.find((p) => p.instrument === instrument && p.kind === 'standstill');
}
