// Public Contracts (Scotland) Regulations 2015 (SSI 2015/446). Only numbers law-facts.md §4 confirms
// from the SSI itself are here: many PCSR numbers are PCR + 1, but the restricted procedure, competitive
// procedure with negotiation, competitive dialogue and negotiated procedure numbers are UNCONFIRMED
// and deliberately absent. Titles follow the topic headings confirmed in law-facts §4.

import type { Provision } from '../types';

const BASE = 'https://www.legislation.gov.uk/ssi/2015/446';
const APPLIES_FROM = '2016-04-18';

function reg(number: string, title: string, summary: string, counterparts: string[] = []): Provision {
  const p: Provision = { instrument: 'pcsr-2015', kind: 'regulation', number, title, summary, url: `${BASE}/regulation/${number}`, appliesFrom: APPLIES_FROM };
  if (counterparts.length > 0) p.counterparts = counterparts;
  return p;
}

export const PCSR_2015: Provision[] = [
  reg('19', 'Principles of procurement',
    'Scottish authorities must treat economic operators equally and without discrimination and act transparently and proportionately, and must not design a procurement to escape the Regulations or narrow competition artificially. Paragraph (4) adds conditions on compliance with environmental, social and employment law.',
    ['pcr-2015:regulation:18', 'directive-2014-24:article:18']),
  reg('21', 'Reserved contracts',
    'The Scottish counterpart of PCR reg 20: contracts that may be reserved for organisations whose main aim is the social and professional integration of disabled or disadvantaged people.',
    ['pcr-2015:regulation:20']),
  reg('27', 'Choice of procedures',
    'Scottish authorities must use the procedures of the Regulations; the more flexible procedures are available only on the listed grounds.',
    ['pcr-2015:regulation:26', 'directive-2014-24:article:26']),
  reg('28', 'Open procedure',
    'Any interested operator may tender; the minimum time limit for tenders is 35 days from the date the contract notice is sent, subject to the permitted reductions.',
    ['pcr-2015:regulation:27', 'directive-2014-24:article:27']),
  reg('32', 'Innovation partnership',
    'The Scottish innovation partnership procedure: develop an innovative product, service or works the market cannot supply and then buy the result. The value of the partnership must not be disproportionate to the investment needed to develop it (paragraph (3)), and after each phase the authority may end the partnership or reduce the number of partners (paragraph (6)).',
    ['pcr-2015:regulation:31', 'directive-2014-24:article:31']),
  reg('41', 'Preliminary market consultations',
    'Scottish authorities may consult the market before a procurement, provided the consultation does not distort competition or breach non-discrimination and transparency.',
    ['pcr-2015:regulation:40']),
  reg('42', 'Prior involvement of candidates or tenderers',
    'Where an operator helped prepare the procurement, the authority must take steps to make sure competition is not distorted, such as sharing the information and allowing enough time.',
    ['pcr-2015:regulation:41']),
  reg('51', 'Contract award notices',
    'After award, the authority sends a contract award notice for publication.',
    ['pcr-2015:regulation:50']),
  reg('74', 'Award of contracts for social and other specific services',
    'Scottish contracts for social and other specific services at or above the threshold are awarded under the lighter rules of regs 74 to 76.',
    ['pcr-2015:regulation:74', 'directive-2014-24:article:74']),
  reg('75', 'Publication of notices',
    'How a Scottish contract for social and other specific services is advertised and how its award is published.',
    ['pcr-2015:regulation:75', 'directive-2014-24:article:75']),
  reg('76', 'Principles of awarding contracts',
    'The Scottish procedure for social and other specific services must ensure transparency and equal treatment, must exclude operators caught by the mandatory exclusion grounds (paragraph (3)), and must follow what the notice said (paragraph (4)), with only limited departures (paragraph (5)).',
    ['pcr-2015:regulation:76', 'directive-2014-24:article:76']),
];
