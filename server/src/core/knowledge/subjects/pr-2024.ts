// Procurement Regulations 2024 (SI 2024/692), only where a primary source confirms the number:
// - the made SI's explanatory note (legislation.gov.uk/uksi/2024/692/note): reg 5 (central digital
//   platform), reg 17 (preliminary market engagement notices), regs 13–41 (notice contents);
// - the draft's contents (legislation.gov.uk/ukdsi/2024/9780348259728), whose numbering the note and
//   Cabinet Office guidance confirm for the made SI (reg 20 frameworks, reg 26 transparency notices,
//   reg 40 contract change notices);
// - law-facts.md §2.2 [P] P10 (Schedule 1 lists the light touch services).
// In force with s.11 of the Act (24 February 2025), except reg 48.

import { expand, type ProvisionLine } from './types';

const NOTE = 'https://legislation.gov.uk/uksi/2024/692/note';
const DRAFT = 'https://www.legislation.gov.uk/ukdsi/2024/9780348259728/contents';

const reg = (number: string, title: string, source: string): ProvisionLine => ({ kind: 'regulation', number, title, source });

export const PR_2024_SUBJECTS = expand(
  { instrument: 'pr-2024', base: 'https://www.legislation.gov.uk/uksi/2024/692', appliesFrom: '2025-02-24' },
  [
    [['central-digital-platform'], reg('5', 'Publication of notices etc on central digital platform', `${NOTE}; ${DRAFT}`)],
    [['pipeline-notice'], reg('15', 'Pipeline notices', DRAFT)],
    [['planned-procurement-notice'], reg('16', 'Planned procurement notices', DRAFT)],
    [['market-engagement'], reg('17', 'Preliminary market engagement notices', `${NOTE}; ${DRAFT}`)],
    [['tender-notice', 'open-procedure'], reg('18', 'Tender notices: open procedure', DRAFT)],
    [['tender-notice', 'competitive-flexible-procedure'], reg('19', 'Tender notices: competitive flexible procedure', DRAFT)],
    [['tender-notice', 'frameworks'], reg('20', 'Tender notices: frameworks', `${DRAFT}; https://www.procurementpathway.civilservice.gov.uk/documents/guidance/frameworks/business-need`)],
    [['tender-notice', 'dynamic-purchasing'], reg('21', 'Tender notices: dynamic markets except qualifying utilities dynamic markets', DRAFT)],
    [['below-threshold-tender-notice', 'below-threshold'], reg('24', 'Below-threshold tender notices', DRAFT)],
    [['dynamic-market-notice', 'dynamic-purchasing'], reg('25', 'Dynamic market notices (including qualifying utilities dynamic market notices)', DRAFT)],
    [['transparency-notice', 'direct-award'], reg('26', 'Transparency notices', `${DRAFT}; https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents-define-phase/direct-award-html`)],
    [['contract-award-notice'], reg('27', 'Contract award notices except those published by private utilities', DRAFT)],
    [['assessment-summary'], reg('31', 'Assessment summaries', DRAFT)],
    [['contract-change-notice', 'modification'], { kind: 'regulation', number: '40', title: 'Contract change notices', headingConfirmed: false, source: 'https://www.procurementpathway.civilservice.gov.uk/documents/guidance/contract-modifcations/closing-the-contract' }],
    [['light-touch'], reg('42', 'Light touch services', 'https://legislation.gov.uk/ukdsi/2024/9780348259728/part/3 (reg 42: services specified for s.9(1))')],
    [['light-touch'], { kind: 'schedule', number: '1', title: 'Light touch services', headingConfirmed: false, source: 'law-facts §2.2, §2.4 [P] P10' }],
  ],
);
