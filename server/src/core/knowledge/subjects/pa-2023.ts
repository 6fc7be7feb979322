// Procurement Act 2023 (c. 54): which section or Schedule governs each subject. Sources used:
// - SI 2024/716 Schedule as made (legislation.gov.uk): headings of ss.12, 15–34 [P].
// - law-facts.md §2.2 [P] (ss.3, 9, 13, 41, 44, 50, 51, 53, 54, 55, 93, 95, 119, Schs 1, 5, 11).
// - legislation.gov.uk: s.45 (Frameworks), s.81 (Conflicts of interest: duty to identify), Part 6 (s.84).
// - gov.uk / Procurement Pathway guidance [P]: exclusions ss.26–29, 57–58, Schs 6–7; frameworks
//   ss.45–49; modifications ss.74–77, Sch 8; termination ss.78–80; conflicts Part 5; remedies
//   ss.100–103 headings; direct award ss.41–44 and s.56 (technical specifications); dynamic markets s.40.
// Sections whose heading we did not see are marked headingConfirmed: false. Left out: s.52 (KPIs) and
// s.71 (contract performance), confirmed only by secondary sources; abnormally low tenders.

import { expand, type ProvisionLine } from './types';

const SCHED_716 = 'https://www.legislation.gov.uk/uksi/2024/716/schedules/2024-05-22';
const P = 'law-facts §2.2 [P]';
const GUIDE = 'https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents';
const EXCL = 'https://www.procurementpathway.civilservice.gov.uk/documents/guidance/exclusions/supplier-engagement (ss.26–29, 57–58, Schs 6–7)';
const MODS = 'https://www.procurementpathway.civilservice.gov.uk/documents/guidance/contract-modifcations/closing-the-contract (ss.74–77, Sch 8)';
const TERM = `${GUIDE}-manage-phase/guidance-contract-termination-html (ss.78–80)`;
const REM = `${GUIDE}-procure-phase/guidance-remedies-html (ss.100–103)`;
const DA = `${GUIDE}-define-phase/direct-award-html`;
const EARLY = '2024-03-12';

const sec = (number: string, title: string, source: string, extra: Partial<ProvisionLine> = {}): ProvisionLine => ({ kind: 'section', number, title, source, ...extra });
const sch = (number: string, title: string, source: string, extra: Partial<ProvisionLine> = {}): ProvisionLine => ({ kind: 'schedule', number, title, source, ...extra });
const unseen = { headingConfirmed: false } as const;

export const PA_2023_SUBJECTS = expand(
  { instrument: 'pa-2023', base: 'https://www.legislation.gov.uk/ukpga/2023/54', appliesFrom: '2025-02-24' },
  [
    [['thresholds'], sec('3', 'Public contracts', `${P} P-s3`)],
    [['light-touch'], sec('9', 'Light touch contracts', `${P} P10`, { appliesFrom: EARLY })],
    [['principles'], sec('12', 'Covered procurement: objectives', `${SCHED_716}; ${P} P1`)],
    [['national-procurement-policy-statement', 'principles'], sec('13', 'The national procurement policy statement', `${P} P2`, { appliesFrom: EARLY })],
    [['planned-procurement-notice', 'time-limits'], sec('15', 'Planned procurement notices', SCHED_716)],
    [['market-engagement'], sec('16', 'Preliminary market engagement', SCHED_716)],
    [['market-engagement'], sec('17', 'Preliminary market engagement notices', SCHED_716)],
    [['lots'], sec('18', 'Duty to consider lots', SCHED_716)],
    [['competitive-tendering', 'award-criteria'], sec('19', 'Award of public contracts following a competitive tendering procedure', SCHED_716)],
    [['competitive-tendering', 'choice-of-procedure'], sec('20', 'Competitive tendering procedures', SCHED_716)],
    [['open-procedure'], sec('20', 'Competitive tendering procedures', `${P} P5`, { paragraph: '2(a)' })],
    [['competitive-flexible-procedure'], sec('20', 'Competitive tendering procedures', `${P} P5`, { paragraph: '2(b)' })],
    [['tender-notice', 'contract-notice'], sec('21', 'Tender notices and associated tender documents', SCHED_716)],
    [['selection-criteria'], sec('22', 'Conditions of participation', SCHED_716)],
    [['award-criteria'], sec('23', 'Award criteria', SCHED_716)],
    [['award-criteria', 'competitive-flexible-procedure'], sec('24', 'Refining award criteria', SCHED_716)],
    [['exclusion', 'exclusion-mandatory', 'exclusion-discretionary'], sec('26', 'Excluding suppliers from a competitive award', `${SCHED_716}; ${EXCL}`)],
    [['exclusion', 'exclusion-mandatory', 'exclusion-discretionary', 'competitive-flexible-procedure'], sec('27', 'Excluding suppliers from a competitive flexible procedure', `${SCHED_716}; ${EXCL}`)],
    [['exclusion'], sec('28', 'Excluding suppliers by reference to sub-contractors', `${SCHED_716}; ${EXCL}`)],
    [['exclusion'], sec('29', 'Excluding a supplier that is a threat to national security', `${SCHED_716}; ${EXCL}`)],
    [['exclusion'], sec('30', 'Excluding suppliers for improper behaviour', SCHED_716)],
    [['reserved-contracts'], sec('32', 'Reserving contracts to supported employment providers', SCHED_716)],
    [['reserved-contracts', 'light-touch'], sec('33', 'Reserving contracts to public service mutuals', `${SCHED_716}; ${P} P10`)],
    [['dynamic-purchasing'], sec('34', 'Competitive award by reference to dynamic markets', SCHED_716)],
    [['dynamic-purchasing', 'dynamic-market-notice'], sec('40', 'Qualifying utilities dynamic market: no duty to publish a tender notice', `${GUIDE}-define-phase/guidance-dynamic-markets-html`)],
    [['direct-award'], sec('41', 'Direct award in special cases', `${P} P7, P8`)],
    [['direct-award'], sec('42', 'Direct award to protect life, etc.', DA, unseen)],
    [['direct-award'], sec('43', 'Switching to direct award', DA, unseen)],
    [['transparency-notice', 'direct-award'], sec('44', 'Transparency notices', `${P} P8`)],
    [['frameworks'], sec('45', 'Frameworks', 'https://www.legislation.gov.uk/ukpga/2023/54/section/45/enacted')],
    [['frameworks'], sec('46', 'Frameworks: competitive selection process', 'https://gov.wales/node/66837 (ss.45–49)', unseen)],
    [['frameworks'], sec('47', 'Frameworks: maximum term', 'https://gov.wales/node/66837 (s.47 term, not for open or light touch frameworks)', unseen)],
    [['frameworks'], sec('49', 'Open frameworks', 'https://gov.wales/node/66837 (s.49(1))', unseen)],
    [['contract-award-notice', 'assessment-summary', 'standstill'], sec('50', 'Contract award notices and assessment summaries', `${P} P9`)],
    [['standstill'], sec('51', 'Standstill periods on the award of contracts', `${P} P9`)],
    [['contract-details-notice'], sec('53', 'Contract details notices and publication of contracts', `${P} S33, P9`)],
    [['time-limits'], sec('54', 'Time limits', `${P} (P25, P11)`)],
    [['procurement-termination'], sec('55', 'Procurement termination notices', `${P} S33`)],
    [['technical-specifications'], sec('56', 'Technical specifications', DA)],
    [['exclusion', 'exclusion-mandatory', 'exclusion-discretionary', 'self-cleaning'], sec('57', 'Meaning of excluded supplier and excludable supplier', EXCL, unseen)],
    [['exclusion', 'exclusion-discretionary', 'self-cleaning'], sec('58', 'Considering whether a supplier is excludable', EXCL, unseen)],
    [['debarment'], sec('62', 'Debarment list', 'https://www.legislation.gov.uk/uksi/2023/1348/regulation/2 (as amended: "the list kept under section 62 (debarment list)")')],
    [['modification'], sec('74', 'Modifying a public contract', MODS, unseen)],
    [['modification', 'contract-change-notice'], sec('75', 'Contract change notices', MODS, unseen)],
    [['termination'], sec('78', 'Implied right to terminate public contracts', TERM, unseen)],
    [['termination'], sec('79', 'Terminating contracts: supplier threat to national security', TERM, unseen)],
    [['contract-termination-notice', 'termination'], sec('80', 'Contract termination notices', TERM, unseen)],
    [['conflicts-of-interest'], sec('81', 'Conflicts of interest: duty to identify', 'https://legislation.gov.uk/ukpga/2023/54/section/81')],
    [['conflicts-of-interest'], sec('82', 'Conflicts of interest: duty to mitigate', `${GUIDE}-define-phase/guidance-conflicts-of-interest-html (Part 5)`, unseen)],
    [['conflicts-of-interest'], sec('83', 'Conflicts assessments', `${GUIDE}-define-phase/guidance-conflicts-of-interest-html (Part 5)`, unseen)],
    [['below-threshold'], sec('84', 'Regulated below-threshold contracts', 'https://legislation.gov.uk/ukpga/2023/54/part/6 (Part 6: Below-threshold contracts)', unseen)],
    [['pipeline-notice'], sec('93', 'Pipeline notices', `${P} P-DLA`)],
    [['central-digital-platform'], sec('95', 'Notices, documents and information: regulations and online system', `${P} P22, P13`)],
    [['remedies'], sec('100', 'Duties under this Act enforceable in civil proceedings', REM)],
    [['remedies', 'standstill'], sec('101', 'Automatic suspension of the entry into or modification of contracts', REM)],
    [['remedies'], sec('102', 'Interim remedies', REM)],
    [['remedies'], sec('103', 'Pre-contractual remedies', REM)],
    [['revocation'], sec('119', 'Revocations', `${P} P15`)],
    [['thresholds'], sch('1', 'Threshold amounts', `${P} T10`, { appliesFrom: EARLY })],
    [['thresholds'], sch('2', 'Exempted contracts', 'https://www.procurementpathway.civilservice.gov.uk/documents/guidance/thresholds')],
    [['direct-award'], sch('5', 'Direct award justifications', `${P} P7`)],
    [['exclusion', 'exclusion-mandatory'], sch('6', 'Mandatory exclusion grounds', EXCL, unseen)],
    [['exclusion', 'exclusion-discretionary'], sch('7', 'Discretionary exclusion grounds', EXCL, unseen)],
    [['modification'], sch('8', 'Permitted modifications', MODS, unseen)],
    [['revocation'], sch('11', 'Repeals and revocations', `${P} P15`, unseen)],
  ],
);
