// Document openings (cover pages, header blocks, introductions, timetables) and the procurement context
// the linter should infer from each. Expectations were written from the law (PCR 2015 until 23 Feb 2025,
// Procurement Act 2023 from 24 Feb 2025 in England, Wales and NI; PCSR 2015 in Scotland; PSR 2023 for
// NHS health care services) and the intended design, before the code was run. Texts are original.
// Every case is evaluated with today = 2026-12-04.

export type Regime = 'pcr-2015' | 'pa-2023' | 'pcsr-2015' | 'directive-2014-24' | 'psr-2023';

export interface ExpectedEvidence {
  field: 'regime' | 'date' | 'jurisdiction' | 'lightTouch' | 'kind';
  value?: string;
  reasonIncludes?: string;
  /** the exact text of the evidence span: text.slice(start, end) */
  text?: string;
}

export interface OpeningRow {
  name: string;
  text: string;
  expect: {
    regime: Regime;
    regimeSource?: 'front-matter' | 'config' | 'text' | 'citations' | 'date' | 'default';
    regimeConfidence?: 'certain' | 'likely' | 'guess';
    date?: string;
    dateSource?: 'front-matter' | 'config' | 'text' | 'today';
    /** null: the text has no jurisdiction cue, so none may be reported */
    jurisdiction?: 'England' | 'Wales' | 'Scotland' | 'Northern Ireland' | null;
    /** false: must not be reported as true */
    lightTouch?: boolean;
    /** true: conflicts must be non-empty; false: must be empty */
    conflicts?: boolean;
  };
  evidence?: ExpectedEvidence[];
}

/** Join lines into a Markdown text. */
export const md = (...lines: string[]): string => lines.join('\n') + '\n';

const DEFAULT = { regime: 'pa-2023', regimeSource: 'date', regimeConfidence: 'guess', date: '2026-12-04', dateSource: 'today' } as const;

export const OPENINGS_1: OpeningRow[] = [
  // Debatable but kept: a sentence saying the tender "is being conducted under the Light Touch Regime" of Schedule 3
  // to the PCR 2015 is read here as a governing-law statement (source 'text', certain).
  { name: 'light touch PCR tender issued 18 November 2024; "The Procurement Act 2023 does not apply to it"',
    text: md('# Invitation to Tender: Supported Living Services for Adults with Learning Disabilities', '', '**Issued:** 18 November 2024', '', 'This tender is for social and other specific services listed in Schedule 3 to the Public Contracts Regulations 2015 and is being conducted under the Light Touch Regime (regulations 74 to 76). The procurement was commenced before 24 February 2025, so the Procurement Act 2023 does not apply to it.'),
    expect: { regime: 'pcr-2015', regimeSource: 'text', regimeConfidence: 'certain', date: '2024-11-18', dateSource: 'text', lightTouch: true, conflicts: false },
    evidence: [{ field: 'date', value: '2024-11-18', text: '18 November 2024' }, { field: 'regime', value: 'pcr-2015' }, { field: 'lightTouch' }] },
  { name: 'light touch specification: issue date and PA 2023 denial, no PCR sentence',
    text: md('# Specification – Domiciliary Care Framework 2025–2029', '', 'Date of issue: 18 November 2024', '', 'The Light Touch Regime applies to this procurement. The Procurement Act 2023 does not apply to it.'),
    expect: { regime: 'pcr-2015', date: '2024-11-18', dateSource: 'text', lightTouch: true } },
  { name: 'front matter PCR contradicted by "This tender is issued under the Procurement Act 2023"',
    text: md('---', 'tender-lint:', '  regime: pcr-2015', '  date: 2024-11-18', '---', '# Invitation to Tender – Highways Term Maintenance Contract', '', 'This tender is issued under the Procurement Act 2023.'),
    expect: { regime: 'pcr-2015', regimeSource: 'front-matter', regimeConfidence: 'certain', date: '2024-11-18', dateSource: 'front-matter', conflicts: true } },
  { name: 'front matter PA 2023 agreeing with the governing sentence',
    text: md('---', 'tender-lint:', '  regime: pa-2023', '  date: 2025-04-01', '---', '# Specification: Library Management System', '', 'This procurement is being conducted in accordance with the Procurement Act 2023.'),
    expect: { regime: 'pa-2023', regimeSource: 'front-matter', date: '2025-04-01', dateSource: 'front-matter', conflicts: false } },
  { name: 'front matter regime only; the date comes from the cover',
    text: md('---', 'tender-lint:', '  regime: pa-2023', '---', '# Fleet Telematics – Invitation to Tender', '', 'Issued: 5 September 2025'),
    expect: { regime: 'pa-2023', regimeSource: 'front-matter', date: '2025-09-05', dateSource: 'text' } },
  { name: 'front matter date only: the date decides the regime',
    text: md('---', 'tender-lint:', '  date: 2024-11-18', '---', '# Pre-qualification pack: Building Cleaning'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', regimeConfidence: 'likely', date: '2024-11-18', dateSource: 'front-matter' } },
  { name: 'ICB direct award C notice under the Provider Selection Regime',
    text: md('# NHS Riverside Integrated Care Board', '## Intention to make a direct award – Community Audiology Services', '', 'Date: 14 July 2025', '', 'The contract will be awarded under the Provider Selection Regime, using direct award process C, in accordance with the Health Care Services (Provider Selection Regime) Regulations 2023.'),
    expect: { regime: 'psr-2023', regimeSource: 'text', regimeConfidence: 'certain', date: '2025-07-14' } },
  { name: 'PSR competitive process with PA 2023 denial',
    text: md('# Invitation to Tender: Adult Community Mental Health Services', '**Commissioner:** NHS Westvale ICB  ', '**Issued:** 2 June 2025', '', 'This procurement is being conducted under the competitive process of the Provider Selection Regime. The Procurement Act 2023 does not apply to this procurement.'),
    expect: { regime: 'psr-2023', regimeSource: 'text', regimeConfidence: 'certain', date: '2025-06-02' } },
  { name: 'NHS trust goods tender: PSR denied, PA 2023 governs',
    text: md('# Supply of Theatre Consumables', 'Eastmoor Hospitals NHS Foundation Trust', '', 'As these are goods rather than health care services, the Provider Selection Regime does not apply. This procurement is being conducted under the Procurement Act 2023.'),
    expect: { regime: 'pa-2023', regimeSource: 'text', regimeConfidence: 'certain', jurisdiction: null } },
  { name: 'SI title in a governing sentence: remains governed by PCR 2015',
    text: md('## 1. Applicable rules', '', 'Under regulation 3 of The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024, this procurement remains governed by the Public Contracts Regulations 2015.'),
    expect: { regime: 'pcr-2015', regimeSource: 'text', regimeConfidence: 'certain' } },
  // The evidence entry assumes that a regime decided by citations leaves at least one regime evidence item.
  { name: 'SI title cited twice, PCR cited once, no date: the SI is not the Act',
    text: md('## Transitional arrangements', '', 'See regulation 3 of The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024. Guidance on The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024 is available from the Cabinet Office. Contract changes will be considered under regulation 72 of the Public Contracts Regulations 2015.'),
    expect: { regime: 'pcr-2015', regimeSource: 'citations' },
    evidence: [{ field: 'regime', value: 'pcr-2015' }] },
  { name: 'Welsh county council ITT before go-live (two-column table)',
    text: md('# Cyngor Sir Glanhafren / Glanhafren County Council', '## Invitation to Tender: Home to School Transport Routes', '', '| Item | Detail |', '|---|---|', '| Issue date | 9 January 2025 |', '| Closing date | 7 February 2025 |', '', 'This opportunity is advertised on Sell2Wales. Tenders may be submitted in Welsh or English, in line with the Welsh Language Standards.'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', regimeConfidence: 'likely', date: '2025-01-09', dateSource: 'text', jurisdiction: 'Wales' },
    evidence: [{ field: 'jurisdiction', value: 'Wales' }, { field: 'date', value: '2025-01-09', text: '9 January 2025' }] },
  { name: 'Welsh Government ITT after go-live, date only',
    text: md('# Welsh Government', '## Invitation to Tender: Evaluation of the Young Farmers Grant Scheme', '', 'Issued: 12 May 2025', 'Closing date: 16 June 2025'),
    expect: { regime: 'pa-2023', regimeSource: 'date', regimeConfidence: 'likely', date: '2025-05-12', jurisdiction: 'Wales' } },
  { name: 'Northern Ireland CPD tender before go-live',
    text: md('# Construction and Procurement Delivery', 'Department of Finance, Northern Ireland', '', '## Invitation to Tender: Office Furniture for the NICS Estate', '', 'Date of issue: 12 December 2024'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2024-12-12', jurisdiction: 'Northern Ireland' } },
  { name: 'Northern Ireland housing tender after go-live (numeric date)',
    text: md('# Invitation to Tender – Kitchen Replacement Programme', 'Contracting authority: a housing body in Northern Ireland', '', 'Date of issue: 02/04/2025'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-04-02', jurisdiction: 'Northern Ireland' } },
  { name: 'Scottish council ITT dated 2025 on Public Contracts Scotland',
    text: md('# Invitation to Tender', '## Catering Equipment Maintenance', '', '**Contracting authority:** Glenmor Council  ', '**Date of issue:** 14 May 2025', '', 'This contract is advertised on Public Contracts Scotland and is a regulated procurement under the Procurement Reform (Scotland) Act 2014.'),
    expect: { regime: 'pcsr-2015', date: '2025-05-14', dateSource: 'text', jurisdiction: 'Scotland' },
    evidence: [{ field: 'jurisdiction', value: 'Scotland' }, { field: 'regime', value: 'pcsr-2015' }] },
  { name: 'guidance page explaining the change, published after go-live',
    text: md('# Guidance: which procurement rules apply?', '', 'Published: 3 April 2025', '', 'The Procurement Act 2023 replaced the Public Contracts Regulations 2015 for procurements started on or after 24 February 2025. Procurements started before that date continue under the PCR 2015 until they end.'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-04-03', dateSource: 'text' } },
  // A bare "March 2019" line on a cover is not a labelled header field; the date is expected to be read anyway
  // (the brief calls it out as the cover date). The regime is PCR 2015 either way.
  { name: '2019 committee report citing OJEU and PCR 2015, "March 2019" on its cover',
    text: md('# Waste Collection Services Re-procurement', '## Report to the Environment Committee', '', 'March 2019', '', 'The existing contract was advertised in the Official Journal of the European Union (OJEU) in 2011. Officers propose the restricted procedure under regulation 28 of the Public Contracts Regulations 2015.'),
    expect: { regime: 'pcr-2015' },
    evidence: [{ field: 'date', text: 'March 2019' }] },
  { name: 'cover date "May 2025"',
    text: md('# Market Engagement Summary: Leisure Centre Management', '', 'Date: May 2025', '', 'This note summarises the supplier engagement sessions held for the forthcoming procurement.'),
    expect: { regime: 'pa-2023', regimeSource: 'date', regimeConfidence: 'likely', dateSource: 'text' },
    evidence: [{ field: 'date', text: 'May 2025' }] },
  { name: 'invalid issue date "31 February 2025" is ignored; nothing else',
    text: md('# Invitation to Tender: Pest Control Services', '', 'Issue date: 31 February 2025', '', 'The Council invites tenders for pest control at its depots and offices.'),
    expect: { ...DEFAULT, jurisdiction: null } },
  { name: 'invalid 29/02/2025 ignored; PCR citations decide',
    text: md('# Selection Questionnaire Guidance', '', 'Date of issue: 29/02/2025', '', 'Exclusion grounds follow regulation 57 of the Public Contracts Regulations 2015 and selection criteria follow regulation 58 of the PCR 2015.'),
    expect: { regime: 'pcr-2015', regimeSource: 'citations' } },
  { name: 'leap day 29 February 2024 is a valid date',
    text: md('# Tender for Street Lighting Maintenance', '', 'Issued: 29 February 2024'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2024-02-29', dateSource: 'text' } },
  { name: 'no evidence: grounds maintenance specification',
    text: md('# Specification: Grounds Maintenance', '', '## 1. Introduction', '', 'The Council requires a contractor to maintain its parks, verges and cemeteries to the standards set out below.'),
    expect: { ...DEFAULT, jurisdiction: null } },
  { name: 'no evidence: "Issued: TBC"',
    text: md('# Draft ITT – Translation and Interpreting Services', '', '**Issued:** TBC  ', '**Version:** 0.3 draft'),
    expect: { ...DEFAULT } },
  { name: 'a contract expiry date in the body is not the procurement date',
    text: md('# Background', '', 'The current contract for security services expires on 31 March 2025. The Council wishes to appoint a new provider for three years with an option to extend.'),
    expect: { ...DEFAULT } },
  { name: 'issued 23 February 2025, the day before go-live',
    text: md('# ITT: Corporate Travel Management', '', 'Issued: 23 February 2025'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', regimeConfidence: 'likely', date: '2025-02-23' } },
  { name: 'issued 24 February 2025, go-live day',
    text: md('# ITT: Corporate Travel Management (re-issued)', '', 'Issued: 24 February 2025'),
    expect: { regime: 'pa-2023', regimeSource: 'date', regimeConfidence: 'likely', date: '2025-02-24' } },
  { name: 'UK numeric date 03/02/2025 is 3 February, not 2 March',
    text: md('# Request for Quotation: Printing Services', '', 'Date of issue: 03/02/2025'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-02-03', dateSource: 'text' },
    evidence: [{ field: 'date', value: '2025-02-03', text: '03/02/2025' }] },
  { name: 'ordinal date "12th May 2025"',
    text: md('# Invitation to Tender: Arboricultural Services', '', 'Issued: 12th May 2025'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-05-12' } },
  { name: 'ISO date 2025-05-12 in a Date field',
    text: md('# Call-off Specification: Cloud Hosting', '', 'Date: 2025-05-12'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-05-12' } },
  { name: 'two-digit year 03/02/25',
    text: md('# Quotation Request: Minibus Hire', '', 'Date: 03/02/25'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-02-03' } },
  { name: 'abbreviated month "3rd Feb 2025"',
    text: md('# Tender Pack – Roof Repairs at Three Primary Schools', '', 'Issue date: 3rd Feb 2025'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-02-03' } },
  { name: 'weekday in the date "Monday 10 March 2025"',
    text: md('# Invitation to Tender: CCTV Maintenance', '', 'Issued: Monday 10 March 2025'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-03-10' } },
  { name: 'commencement sentence beats a later issue date',
    text: md('# Invitation to Tender (Revision 2): Facilities Management', '', 'Issue date: 10 March 2025', '', 'This procurement was commenced on 18 November 2024 by the publication of a contract notice. This revision corrects the pricing schedule.'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2024-11-18', dateSource: 'text' } },
  { name: 'commencement sentence "commenced with the publication of a contract notice on 3 February 2025"',
    text: md('## Introduction', '', 'The procurement commenced with the publication of a contract notice on 3 February 2025. Bidders should read this document alongside the specification.'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-02-03' } },
  { name: 'timetable table: contract notice published before go-live',
    text: md('## 3. Timetable', '', '| Activity | Date |', '|---|---|', '| Contract notice published | 10 February 2025 |', '| Clarification deadline | 3 March 2025 |', '| Tender return | 17 March 2025 |', '| Contract start | 1 July 2025 |'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', regimeConfidence: 'likely', date: '2025-02-10', dateSource: 'text' },
    evidence: [{ field: 'date', value: '2025-02-10' }] },
  { name: 'timetable: internal approval is not a start event; the tender notice is',
    text: md('## Procurement timetable', '', '| Stage | Date |', '|---|---|', '| Cabinet approval to procure | 15 January 2025 |', '| Tender notice published | 3 March 2025 |', '| Deadline for tenders | 7 April 2025 |'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-03-03' } },
  { name: 'timetable: "ITT issued" with numeric dates',
    text: md('### Indicative timetable', '', '| Event | Date |', '|---|---|', '| ITT issued | 20/02/2025 |', '| Tender return | 21/03/2025 |'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-02-20' } },
  { name: 'timetable as a bulleted list',
    text: md('Key dates:', '', '- Publication of contract notice: 15 January 2025', '- Deadline for SQ responses: 14 February 2025', '- Invitation to tender: 3 March 2025'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2025-01-15' } },
  // Follows the design's ranking (header fields before timetable rows). In law the earlier tender notice is
  // arguably the better start date; both give PA 2023 here.
  { name: 'cover Issued field beats a timetable start row',
    text: md('# ITT: Waste Transfer Station Operation', '', '**Issued:** 7 March 2025', '', '| Stage | Date |', '|---|---|', '| Tender notice published | 5 March 2025 |', '| Tender deadline | 11 April 2025 |'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-03-07' } },
  { name: 'closing date before go-live only: began before it',
    text: md('# Quotation for Winter Gritting Salt', '', 'Closing date for tenders: 20 January 2025, 12:00 noon'),
    expect: { regime: 'pcr-2015', regimeSource: 'date' } },
  { name: 'deadline after go-live only: does not decide',
    text: md('# Request for Proposals: Staff Wellbeing Programme', '', 'Deadline for responses: 14 April 2025'),
    expect: { regime: 'pa-2023' } },
  { name: 'deadline after go-live with PCR citations: citations decide',
    text: md('# Tender Instructions', '', 'Deadline: 14 April 2025', '', 'Abnormally low tenders will be treated under regulation 69 of the Public Contracts Regulations 2015, and the award decision notified under regulation 86 of the PCR 2015.'),
    expect: { regime: 'pcr-2015', regimeSource: 'citations' } },
  { name: 'contrast with a previous PCR framework is not a governing statement',
    text: md('# Invitation to Tender: Temporary Agency Staff', '', 'Issue date: 6 October 2025', '', 'Unlike our previous framework, which was let under the Public Contracts Regulations 2015, this arrangement will be a single-supplier contract.'),
    expect: { regime: 'pa-2023', regimeSource: 'date', date: '2025-10-06' } },
  { name: 'forward-looking history before go-live is not a governing statement',
    text: md('# Invitation to Tender: Payroll Bureau Service', '', 'Issue date: 12 December 2024', '', 'The Procurement Act 2023 will replace the Public Contracts Regulations 2015 from 24 February 2025.'),
    expect: { regime: 'pcr-2015', regimeSource: 'date', date: '2024-12-12' } },
  { name: 'PA 2023 denial with a PCR citation, no date',
    text: md('## Legal framework', '', 'The Procurement Act 2023 does not apply to this procurement. A report will be kept in accordance with regulation 84 of the Public Contracts Regulations 2015.'),
    expect: { regime: 'pcr-2015' } },
];
