// Procurement Act 2023 (2023 c. 54): headings as enacted, summaries in our own words.
// Facts from law-facts.md §2 (P1–P34 there). s.22's heading is from the SI 2024/716 commencement
// schedule (law-facts source P15). Most sections govern procurements from 24 February 2025; s.9, s.13
// and Schedule 1 were commenced on 12 March 2024 by SI 2024/361 (law-facts §2.1, P22).

import type { Provision, ProvisionKind } from '../types';

const BASE = 'https://www.legislation.gov.uk/ukpga/2023/54';
const GO_LIVE = '2025-02-24';
const EARLY_COMMENCEMENT = '2024-03-12';
const EARLY_NOTE =
  'Commenced early (12 March 2024, SI 2024/361) so that regulations and policy could be made before go-live; procurements under the Act start from 24 February 2025.';

function pa(kind: ProvisionKind, number: string, title: string, summary: string, counterparts: string[] = [], early = false): Provision {
  const p: Provision = { instrument: 'pa-2023', kind, number, title, summary, url: `${BASE}/${kind}/${number}`, appliesFrom: early ? EARLY_COMMENCEMENT : GO_LIVE };
  if (early) p.transition = EARLY_NOTE;
  if (counterparts.length > 0) p.counterparts = counterparts;
  return p;
}

const s = (number: string, title: string, summary: string, counterparts: string[] = [], early = false) =>
  pa('section', number, title, summary, counterparts, early);

export const PA_2023: Provision[] = [
  s('3', 'Public contracts',
    'Defines a public contract: a contract for pecuniary interest, a framework or a concession whose value is at or above the Schedule 1 threshold and which is not exempted by Schedule 2. Most of the Act applies only to public contracts.'),
  s('9', 'Light touch contracts',
    'A light touch contract is one wholly or mainly for services of a kind named in regulations (Schedule 1 to the Procurement Regulations 2024). There is no separate regime: the Act applies to them with specific flexibilities, such as no mandatory standstill and no minimum time limits.',
    [], true),
  s('12', 'Covered procurement: objectives',
    'When carrying out a covered procurement an authority must have regard to delivering value for money, maximising public benefit, sharing information so that suppliers and others understand its policies and decisions, and acting, and being seen to act, with integrity. It must treat suppliers the same unless a difference between them justifies different treatment, and consider the barriers small and medium-sized enterprises face.'),
  s('13', 'The national procurement policy statement',
    'A Minister may publish a statement of strategic priorities for procurement after consultation and a 40-day laying period; contracting authorities must have regard to it, subject to exceptions.',
    [], true),
  s('15', 'Planned procurement notices',
    'An optional advance notice of a procurement. A qualifying notice, published between 40 days and 12 months before the tender notice, allows shorter tender periods.'),
  s('16', 'Preliminary market engagement',
    'Before publishing a tender notice an authority may engage with suppliers and others to develop its requirements and approach, provided it does not give anyone an unfair advantage or distort competition.',
    ['pcr-2015:regulation:40']),
  s('17', 'Preliminary market engagement notices',
    'An authority publishes a notice of preliminary market engagement it plans or has carried out; if it publishes none, it must give its reasons in the tender notice.'),
  s('18', 'Duty to consider lots',
    'Before publishing a tender notice the authority must consider whether the contract could reasonably be awarded in lots, and give reasons if it decides not to.',
    ['pcr-2015:regulation:46']),
  s('19', 'Award of public contracts following a competitive tendering procedure',
    'A contract may be awarded after a competitive tendering procedure to the supplier that submits the most advantageous tender: the one that satisfies the authority\'s requirements and best satisfies the award criteria.',
    ['pcr-2015:regulation:67']),
  s('20', 'Competitive tendering procedures',
    'There are two competitive tendering procedures: the open procedure, a single stage open to any supplier, and the competitive flexible procedure, any other procedure the authority considers appropriate. The procedure must be proportionate to the contract. The Act has no restricted, negotiated, competitive dialogue or innovation partnership procedure.',
    ['pcr-2015:regulation:26', 'pcr-2015:regulation:27', 'pcr-2015:regulation:28', 'pcr-2015:regulation:29', 'pcr-2015:regulation:30']),
  s('21', 'Tender notices and associated tender documents',
    'A competitive tendering procedure starts with the publication of a tender notice, supported by the associated tender documents that describe the requirements and the procedure.'),
  s('22', 'Conditions of participation',
    'Lets an authority set conditions of participation that a supplier must satisfy to be awarded the contract; in a competitive flexible procedure, suppliers that do not meet them may be excluded along the way (s.20).'),
  s('23', 'Award criteria',
    'Award criteria must relate to the subject-matter of the contract, be clear, measurable and specific, and be proportionate. The authority must set out how tenders will be assessed and the relative importance of the criteria, by weighting, ranking or description.'),
  s('24', 'Refining award criteria',
    'Within a competitive flexible procedure, an authority may refine its award criteria as the procedure goes on, within limits.'),
  s('33', 'Reserving contracts to public service mutuals',
    'Certain light touch contracts may be reserved for public service mutuals, for a term of no more than 5 years.',
    ['pcr-2015:regulation:77']),
  s('41', 'Direct award in special cases',
    'A contract may be awarded without competition only where a direct award justification in Schedule 5 applies, such as prototypes and novel goods or services, a single capable supplier, or extreme and unavoidable urgency.',
    ['pcr-2015:regulation:32']),
  s('44', 'Transparency notices',
    'Before making a direct award the authority must publish a transparency notice announcing its intention, with limited exceptions (for example some user-choice light touch awards).'),
  s('50', 'Contract award notices and assessment summaries',
    'Before entering into a contract after a competitive or direct award, the authority publishes a contract award notice announcing its intention to award, and gives tenderers assessment summaries. Publication of the notice starts the standstill period. Unlike the PCR notice of the same name, it comes before the contract.',
    ['pcr-2015:regulation:86']),
  s('51', 'Standstill periods on the award of contracts',
    'The contract must not be entered into before the standstill period ends: 8 working days starting with the day the contract award notice is published. Some awards, including light touch contracts, are exempt, though a voluntary standstill may be observed.',
    ['pcr-2015:regulation:87']),
  s('53', 'Contract details notices and publication of contracts',
    'After entering into a contract the authority publishes a contract details notice, within 30 days, or 120 days for light touch contracts, and in some cases publishes the contract itself. It broadly replaces the PCR contract award notice.',
    ['pcr-2015:regulation:50', 'pcsr-2015:regulation:51']),
  s('54', 'Time limits',
    'Sets minimum periods for submitting tenders, for example 25 days in an open procedure with electronic submission, which may be shortened after a qualifying planned procurement notice or in urgency. Light touch contracts have no minimum time limits.'),
  s('55', 'Procurement termination notices',
    'If an authority abandons a procurement it has started, it publishes a procurement termination notice so that suppliers know.'),
  s('93', 'Pipeline notices',
    'An authority expecting to spend more than £100 million on public contracts in a financial year must publish a pipeline notice of its planned contracts worth £2 million or more for the next 18 months.'),
  s('95', 'Notices, documents and information: regulations and online system',
    'Gives the power to make regulations about how notices and documents are published, and provides for the online system on which they appear: the Central Digital Platform.'),
  s('119', 'Revocations',
    'Revokes the previous procurement regulations, including the Public Contracts Regulations 2015 (through Schedule 11), subject to the savings for procurements already commenced (SI 2024/716).'),
  pa('schedule', '1', 'Threshold amounts',
    'The contract values at or above which a contract is a public contract, by type of contract; all values include VAT. For light touch contracts (other than utilities and concessions) the threshold is £663,540.',
    ['pcr-2015:regulation:5', 'directive-2014-24:article:4'], true),
  pa('schedule', '2', 'Exempted contracts',
    'Lists the contracts that are not public contracts under the Act, whatever their value.'),
  pa('schedule', '5', 'Direct award justifications',
    'The grounds on which a contract may be awarded directly under s.41, including the production of a prototype or other novel goods or services for testing, research or development (paragraph 2), single suppliers and extreme urgency.'),
  pa('schedule', '11', 'Revocations',
    'Lists the instruments the Act revokes; paragraph 5 revokes the Public Contracts Regulations 2015.'),
];
