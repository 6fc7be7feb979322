// Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348), England only,
// in force 1 January 2024. In scope, relevant health care services bought by relevant authorities
// are outside PCR 2015 and the Procurement Act 2023 (law-facts §1.3 [P] P34).
// Sources used: the legislation.gov.uk contents of the SI as made (regulation headings 1–29), the
// text of reg 2 (Schedule 16 basic selection criteria) and reg 6 (choice of process), and the draft's
// Schedule 1 (relevant health care services by CPV code).

import { expand, type ProvisionLine } from './types';

const CONTENTS = 'https://www.legislation.gov.uk/uksi/2023/1348/contents/made';
const reg = (number: string, title: string, source = CONTENTS): ProvisionLine => ({ kind: 'regulation', number, title, source });

export const PSR_2023_SUBJECTS = expand(
  { instrument: 'psr-2023', base: 'https://www.legislation.gov.uk/uksi/2023/1348', appliesFrom: '2024-01-01' },
  [
    [['health-care-services'], reg('3', 'Application')],
    [['principles'], reg('4', 'Procurement principles')],
    [['award-criteria'], reg('5', 'Key criteria')],
    [['choice-of-procedure'], reg('6', 'Overview', 'http://www.legislation.gov.uk/uksi/2023/1348/regulation/6/made')],
    [['direct-award'], reg('7', 'Direct Award Process A')],
    [['direct-award'], reg('8', 'Direct Award Process B')],
    [['direct-award'], reg('9', 'Direct Award Process C')],
    [['most-suitable-provider'], reg('10', 'The Most Suitable Provider Process')],
    [['competitive-tendering'], reg('11', 'The Competitive Process')],
    [['standstill'], reg('12', 'The standstill period')],
    [['modification'], reg('13', 'Modification of contracts and framework agreements during their term')],
    [['direct-award', 'modification'], reg('14', 'Urgent award or modification')],
    [['procurement-termination'], reg('15', 'Abandonment of, or repetition of steps in, a procurement')],
    [['frameworks'], reg('16', 'Framework agreements')],
    [['frameworks'], reg('17', 'Additional provider parties of a framework agreement during its term')],
    [['frameworks'], reg('18', 'Contracts based on a framework agreement')],
    [['selection-criteria'], reg('19', 'Basic selection criteria')],
    [['exclusion'], reg('20', 'Exclusions')],
    [['conflicts-of-interest'], reg('21', 'Conflicts of interest')],
    [['termination'], reg('22', 'Termination of contracts')],
    [['records'], reg('24', 'Information requirements')],
    [['records'], reg('25', 'Annual summary')],
    [['records'], reg('26', 'Monitoring requirements')],
    [['health-care-services'], { kind: 'schedule', number: '1', title: 'Relevant health care services: CPV codes', source: 'https://legislation.gov.uk/ukdsi/2023/9780348252613/schedules' }],
    [['selection-criteria'], { kind: 'schedule', number: '16', title: 'Basic selection criteria', headingConfirmed: false, source: 'reg 2(1) text of SI 2023/1348 ("in accordance with regulation 19 and Schedule 16"), copy at zoomlaw.co.uk/2023-1348-uksi.html' }],
  ],
);
