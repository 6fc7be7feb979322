// Public Contracts Regulations 2015 (SI 2015/102): titles as made, summaries in our own words.
// Facts from law-facts.md §1 (sources S1–S41 there). Paragraph numbers that law-facts marks UNCONFIRMED
// (reg 76(7)/(8), the reg 31 IPR paragraph) are deliberately not cited.

import type { Provision, ProvisionKind } from '../types';

const BASE = 'https://www.legislation.gov.uk/uksi/2015/102';
const APPLIES_FROM = '2015-02-26';
const REVOKED_FROM = '2025-02-24';

function pcr(kind: ProvisionKind, number: string, title: string, summary: string, counterparts: string[] = [], transition?: string): Provision {
  const path = kind === 'schedule' ? 'schedule' : 'regulation';
  const p: Provision = { instrument: 'pcr-2015', kind, number, title, summary, url: `${BASE}/${path}/${number}`, appliesFrom: APPLIES_FROM, appliesTo: REVOKED_FROM };
  if (counterparts.length > 0) p.counterparts = counterparts;
  if (transition) p.transition = transition;
  return p;
}

const reg = (number: string, title: string, summary: string, counterparts: string[] = [], transition?: string) =>
  pcr('regulation', number, title, summary, counterparts, transition);

export const PCR_2015: Provision[] = [
  reg('1', 'Citation, commencement, extent and application',
    'Names the Regulations and brings them into force on 26 February 2015, with later dates for a few provisions such as electronic communication (18 October 2018). They do not extend to Scotland except Part 4 and Schedule 6 paragraph 19.'),
  reg('2', 'Definitions',
    'The dictionary of the Regulations. Words used both in Part 2 and in the Public Contracts Directive carry the Directive\'s meaning unless the context says otherwise.'),
  reg('5', 'Threshold amounts',
    'Sets the estimated contract values at or above which Part 2 applies. Since 1 January 2022 the thresholds include VAT.',
    ['pa-2023:schedule:1', 'directive-2014-24:article:4']),
  reg('6', 'Methods for calculating the estimated value of procurement',
    'How to estimate a procurement\'s value to compare it with the thresholds; since 1 January 2022 the estimate includes VAT.'),
  reg('18', 'Principles of procurement',
    'Contracting authorities must treat economic operators equally and without discrimination and act transparently and proportionately. A procurement must not be designed to escape Part 2 or to narrow competition artificially.',
    ['pcsr-2015:regulation:19', 'directive-2014-24:article:18', 'pa-2023:section:12']),
  reg('20', 'Reserved contracts',
    'Lets an authority reserve a contract for sheltered workshops or operators whose main aim is the social and professional integration of disabled or disadvantaged people, where at least 30% of their employees are such people. Not to be confused with reg 77.',
    ['pcsr-2015:regulation:21']),
  reg('26', 'Choice of procedures',
    'Authorities must use the procedures of Part 2 and, in general, publish a call for competition. The competitive procedure with negotiation and competitive dialogue are available only on the grounds listed in reg 26(4).',
    ['pcsr-2015:regulation:27', 'directive-2014-24:article:26', 'pa-2023:section:20']),
  reg('27', 'Open procedure',
    'Any interested operator may submit a tender. Tenders get at least 35 days from the sending of the contract notice, which can be cut to 30 days with electronic submission, or to 15 days after a prior information notice or in urgency.',
    ['pcsr-2015:regulation:28', 'directive-2014-24:article:27', 'pa-2023:section:20']),
  reg('28', 'Restricted procedure',
    'A two-stage procedure: any operator may ask to take part, and only those invited after selection may tender. The usual minimum is 30 days for requests to participate and 30 days for tenders, with reductions allowed.',
    ['directive-2014-24:article:28', 'pa-2023:section:20']),
  reg('29', 'Competitive procedure with negotiation',
    'Selected operators submit initial tenders, which are negotiated to improve them; final tenders are not negotiated. At least three candidates are normally invited.',
    ['directive-2014-24:article:29', 'pa-2023:section:20']),
  reg('30', 'Competitive dialogue',
    'The authority holds a dialogue with selected operators to develop solutions that meet its needs, then invites final tenders. The contract may be awarded only on the best price-quality ratio.',
    ['directive-2014-24:article:30', 'pa-2023:section:20']),
  reg('31', 'Innovation partnership',
    'A procedure for developing an innovative product, service or works that the market cannot already supply, and then buying the result without a new competition, provided it meets the agreed performance levels and maximum costs. It runs in successive phases with intermediate targets and payment in instalments; the authority may end the partnership or reduce the number of partners after each phase; award is on the best price-quality ratio only.',
    ['pcsr-2015:regulation:32', 'directive-2014-24:article:31'],
    'The Procurement Act 2023 has no innovation partnership procedure: for procurements starting on or after 24 February 2025 the nearest route is a competitive flexible procedure (s.20(2)(b)) designed around the research and development phases, or, for prototypes and novel goods or services, a direct award under Schedule 5 paragraph 2.'),
  reg('32', 'Use of the negotiated procedure without prior publication',
    'Allows an authority to award a contract without advertising it only in the listed cases, such as no suitable tenders, exclusive rights or extreme urgency. The grounds are read narrowly and must be justified.',
    ['directive-2014-24:article:32', 'pa-2023:section:41']),
  reg('33', 'Framework agreements',
    'Rules for framework agreements and the call-off contracts made under them. A framework normally lasts no more than 4 years, and call-offs must not substantially change its terms.'),
  reg('34', 'Dynamic purchasing systems',
    'A fully electronic purchasing process that stays open to new suppliers at any time during its life, with no charges to suppliers.'),
  reg('35', 'Electronic auctions',
    'Rules for electronic auctions, in which tenderers improve their prices or other values online.'),
  reg('36', 'Electronic catalogues',
    'Authorities may require or accept tenders in the form of an electronic catalogue.'),
  reg('37', 'Centralised purchasing activities and central purchasing bodies',
    'Authorities may buy from or through central purchasing bodies; the procedures a central purchasing body runs must be conducted electronically.'),
  reg('38', 'Occasional joint procurement',
    'Rules for two or more contracting authorities that carry out a particular procurement jointly.'),
  reg('40', 'Preliminary market consultations',
    'Before starting a procurement an authority may consult the market to prepare it and tell operators of its plans, provided the consultation does not distort competition or breach non-discrimination and transparency.',
    ['pcsr-2015:regulation:41', 'pa-2023:section:16']),
  reg('41', 'Prior involvement of candidates or tenderers',
    'Where an operator helped prepare the procurement, the authority must neutralise any advantage, for example by sharing the information exchanged and allowing enough time for tenders. Excluding that operator is a last resort.',
    ['pcsr-2015:regulation:42']),
  reg('46', 'Division of contracts into lots',
    'Authorities may divide a contract into lots; if they decide not to, they must give their main reasons in the procurement documents or the reg 84 report.',
    ['pa-2023:section:18']),
  reg('50', 'Contract award notices',
    'After awarding a contract or concluding a framework agreement, the authority must send a contract award notice within 30 days. It is published after award and is not the standstill letter (reg 86).',
    ['pcsr-2015:regulation:51', 'pa-2023:section:53']),
  reg('67', 'Contract award criteria',
    'Contracts are awarded to the most economically advantageous tender (MEAT) from the authority\'s point of view, judged on price or cost, which may include the best price-quality ratio. The criteria must be linked to the subject-matter of the contract.',
    ['pa-2023:section:19']),
  reg('68', 'Life-cycle costing',
    'Where an authority compares costs over the life of the purchase, the procurement documents must state the data tenderers must supply and the method used; environmental costs must be measured by objective, non-discriminatory methods.'),
  reg('69', 'Abnormally low tenders',
    'The authority must ask a tenderer to explain a price or cost that looks abnormally low. It may reject the tender if the explanation is unsatisfactory, and must reject it if it is low because of a breach of environmental, social or labour law obligations.'),
  reg('72', 'Modification of contracts during their term',
    'Lists the changes that may be made to a contract without a new procurement, such as clear review clauses, limited additional or unforeseen work, a change of supplier by succession, non-substantial changes and low-value changes.'),
  reg('74', 'Award of contracts for social and other specific services',
    'Contracts for the social and other specific services listed in Schedule 3, at or above the relevant threshold, are awarded under the light touch rules of regs 74 to 77 rather than the full procedures.',
    ['pcsr-2015:regulation:74', 'directive-2014-24:article:74', 'pa-2023:section:9']),
  reg('75', 'Publication of notices',
    'A light touch contract is advertised by a contract notice or a prior information notice published on a continuous basis, unless the reg 32 grounds would allow no advert. A contract award notice follows award; such notices may be grouped quarterly and sent within 30 days of the end of each quarter.',
    ['pcsr-2015:regulation:75', 'directive-2014-24:article:75']),
  reg('76', 'Principles of awarding contracts',
    'For light touch contracts the authority designs its own procedure, which must at least ensure transparency and the equal treatment of operators. It must follow what its notice said about conditions for participation, time limits and the award procedure, set reasonable and proportionate time limits, and may weigh quality, continuity, accessibility, affordability, availability, comprehensiveness, user needs and involvement, and innovation.',
    ['pcsr-2015:regulation:76', 'directive-2014-24:article:76']),
  reg('77', 'Reserved contracts for certain services',
    'Certain health, social and cultural service contracts may be reserved for qualifying mutual-type organisations. Such a contract may last at most 3 years, and the same organisation must not have had a reg 77 contract from that authority for those services in the previous 3 years.',
    ['directive-2014-24:article:77', 'pa-2023:section:33']),
  reg('84', 'Reporting and documentation requirements',
    'The authority must write a report on every contract, framework agreement and dynamic purchasing system, document the progress of each procedure, and keep the records for at least 3 years from award.'),
  reg('86', 'Notices of decisions to award a contract or conclude a framework agreement',
    'Before the contract is made, every tenderer and candidate concerned must be told of the award decision, with the award criteria, the reasons and relative advantages of the winning tender, the winner\'s name and when the standstill period ends. This is the "standstill letter".',
    ['pa-2023:section:50']),
  reg('87', 'Standstill period',
    'The contract must not be entered into until the standstill period ends: midnight at the end of the 10th day after the award decision notices were sent, if sent by fax or electronically, and a longer period (up to 15 days) otherwise.',
    ['pa-2023:section:51']),
  reg('113', 'Payment of undisputed invoices within 30 days by contracting authorities, contractors and subcontractors',
    'Every public contract must require valid, undisputed invoices to be paid within 30 days, and the same term must be passed down the supply chain; if the contract leaves it out, it is implied. Authorities publish their payment performance each year.'),
  pcr('schedule', '3', 'Social and other specific services',
    'Lists, by CPV code, the health, social, education, cultural, legal and other services that fall under the light touch rules of regs 74 to 77. From 1 January 2024 the threshold for these services is £663,540 including VAT.',
    ['directive-2014-24:annex:XIV']),
];
