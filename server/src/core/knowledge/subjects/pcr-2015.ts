// PCR 2015 (SI 2015/102): which regulation governs each subject. Sources used:
// - law-facts.md §1.1 [P] (regs 5, 6, 18, 26, 27, 29–34, 36, 37, 40, 41, 46, 50, 67, 68, 72, 74–77, 84,
//   86, 87, 113, Sch 3); reg 20's title [P] S2; reg 28 from law-facts §1.1 with Directive Art 28 [P] D5.
// - legislation.gov.uk: contents (regs 19–24, incl. 24 Conflicts of interest), reg 42 text (technical
//   specifications), reg 56 text (award subject to exclusion under reg 57 and the selection criteria),
//   reg 51 (UK e-notification service, as cited in obsolete.ts).
// - Cabinet Office Procurement Pathway (law-facts counts it [P]): reg 57 (mandatory and discretionary
//   exclusion, self-cleaning), reg 58 (selection criteria), reg 73 (termination).
// Left out as not confirmed from a primary source: regs 47–49 (time limits, PIN, contract notice), 59,
// 60, 65, 69 (abnormally low tenders), 70, 71, Part 3 remedies and the Part 4 below-threshold rules.

import { expand, type ProvisionLine } from './types';

const P = 'law-facts §1.1 [P]';
const CONTENTS = 'https://www.legislation.gov.uk/uksi/2015/102/contents';
const PATHWAY = 'https://www.procurementpathway.civilservice.gov.uk/documents/pcr2015';

const reg = (number: string, title: string, source: string, extra: Partial<ProvisionLine> = {}): ProvisionLine => ({ kind: 'regulation', number, title, source, ...extra });

export const PCR_2015_SUBJECTS = expand(
  { instrument: 'pcr-2015', base: 'https://www.legislation.gov.uk/uksi/2015/102', appliesFrom: '2015-02-26', appliesTo: '2025-02-24' },
  [
    [['thresholds'], reg('5', 'Threshold amounts', `${P} S2, T4`)],
    [['thresholds'], reg('6', 'Methods for calculating the estimated value of procurement', `${P} S2, T4`)],
    [['principles'], reg('18', 'Principles of procurement', `${P} S5`)],
    [['reserved-contracts'], reg('20', 'Reserved contracts', `${P} S2 (title)`)],
    [['conflicts-of-interest'], reg('24', 'Conflicts of interest', CONTENTS)],
    [['choice-of-procedure', 'competitive-procedure-with-negotiation', 'competitive-dialogue'], reg('26', 'Choice of procedures', `${P} S8`)],
    [['open-procedure', 'time-limits'], reg('27', 'Open procedure', `${P} S7`)],
    [['restricted-procedure', 'time-limits'], reg('28', 'Restricted procedure', 'law-facts §1.1 (reg 28) and §3 [P] D5 (Art 28)')],
    [['competitive-procedure-with-negotiation'], reg('29', 'Competitive procedure with negotiation', `${P} S12`)],
    [['competitive-dialogue', 'award-criteria'], reg('30', 'Competitive dialogue', `${P} S13`)],
    [['innovation-partnership'], reg('31', 'Innovation partnership', `${P} S14`)],
    [['time-limits', 'innovation-partnership'], reg('31', 'Innovation partnership', 'law-facts §1.2 [P] S14 (reg 31(5): 30 days)', { paragraph: '5' })],
    [['direct-award', 'choice-of-procedure'], reg('32', 'Use of the negotiated procedure without prior publication', `${P} S19`)],
    [['frameworks'], reg('33', 'Framework agreements', `${P} S20`)],
    [['dynamic-purchasing'], reg('34', 'Dynamic purchasing systems', `${P} S21`)],
    [['electronic-catalogues'], reg('36', 'Electronic catalogues', `${P} S22`)],
    [['central-purchasing'], reg('37', 'Centralised purchasing activities and central purchasing bodies', `${P} S23`)],
    [['market-engagement'], reg('40', 'Preliminary market consultations', `${P} S25`)],
    [['market-engagement', 'conflicts-of-interest'], reg('41', 'Prior involvement of candidates or tenderers', `${P} S25`)],
    [['technical-specifications'], reg('42', 'Technical specifications', 'https://www.legislation.gov.uk/uksi/2015/102/regulation/42')],
    [['lots'], reg('46', 'Division of contracts into lots', `${P} S26`)],
    [['contract-award-notice'], reg('50', 'Contract award notices', `${P} S27`)],
    [['contract-notice', 'contract-award-notice'], reg('51', 'Form and manner of sending notices for publication', 'law-facts §7.2 [P] P15 (reg 51 text: the UK e-notification service)', { headingConfirmed: false })],
    [['selection-criteria', 'exclusion', 'award-criteria'], reg('56', 'General principles in awarding contracts', 'https://www.legislation.gov.uk/uksi/2015/102/part/2/chapter/2/crossheading/conduct-of-the-procedure-choice-of-participants-and-award-of-contracts/made')],
    [['exclusion', 'exclusion-mandatory', 'exclusion-discretionary', 'self-cleaning'], reg('57', 'Exclusion grounds', `${PATHWAY}/exclusion-grounds/bid-clarification-and-due-diligence`)],
    [['selection-criteria'], reg('58', 'Selection criteria', `${PATHWAY}/selection-criteria/selection-stage`)],
    [['award-criteria'], reg('67', 'Contract award criteria', `${P} S28`)],
    [['award-criteria', 'life-cycle-costing'], reg('68', 'Life-cycle costing', `${P} S29`)],
    [['modification'], reg('72', 'Modification of contracts during their term', `${P} S31`)],
    [['termination'], reg('73', 'Termination of contracts', `${PATHWAY}/termination-of-contracts/finalise-and-publish-procurement-pack`)],
    [['light-touch'], reg('74', 'Award of contracts for social and other specific services', `${P} S32`)],
    [['light-touch', 'contract-notice', 'prior-information-notice', 'contract-award-notice'], reg('75', 'Publication of notices', `${P} S32, S33`)],
    [['light-touch', 'principles'], reg('76', 'Principles of awarding contracts', 'law-facts §1.3 [P] S32 (Chapter 3); content [S] S34')],
    [['light-touch', 'reserved-contracts'], reg('77', 'Reserved contracts for certain services', `${P} S35`)],
    [['records'], reg('84', 'Reporting and documentation requirements', `${P} S37`)],
    [['standstill'], reg('86', 'Notices of decisions to award a contract or conclude a framework agreement', `${P} S38`)],
    [['standstill'], reg('87', 'Standstill period', `${P} S39`)],
    [['payment'], reg('113', 'Payment of undisputed invoices within 30 days by contracting authorities, contractors and subcontractors', `${P} S41`)],
    [['light-touch', 'thresholds'], { kind: 'schedule', number: '3', title: 'Social and other specific services', source: 'law-facts §1.3 [P] S32; §0.7 [P] T2' }],
  ],
);
