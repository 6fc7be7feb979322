// Directive 2014/24/EU on public procurement: article titles, summaries in our own words. Links go to
// legislation.gov.uk's copy ("eudr"), kept since IP completion day to aid cross-referencing.
// Facts from law-facts.md §3 (D1–D10); Art 31 and 77 paragraph detail is UNCONFIRMED and not used.

import type { Provision, ProvisionKind } from '../types';

const BASE = 'https://www.legislation.gov.uk/eudr/2014/24';
const IN_FORCE = '2014-04-17';

function dir(kind: ProvisionKind, number: string, title: string, summary: string, counterparts: string[] = []): Provision {
  const p: Provision = { instrument: 'directive-2014-24', kind, number, title, summary, url: `${BASE}/${kind}/${number}`, appliesFrom: IN_FORCE };
  if (counterparts.length > 0) p.counterparts = counterparts;
  return p;
}

const art = (number: string, title: string, summary: string, counterparts: string[] = []) => dir('article', number, title, summary, counterparts);

export const DIRECTIVE_2014_24: Provision[] = [
  art('4', 'Threshold amounts',
    'Sets the values at or above which the Directive applies; point (d) sets EUR 750,000 for the social and other specific services listed in Annex XIV.',
    ['pcr-2015:regulation:5', 'pa-2023:schedule:1']),
  art('18', 'Principles of procurement',
    'Authorities must treat economic operators equally and without discrimination and act transparently and proportionately, without designing a procurement to evade the Directive or narrow competition artificially. Member States must also ensure compliance with environmental, social and labour law.',
    ['pcr-2015:regulation:18', 'pcsr-2015:regulation:19']),
  art('26', 'Choice of procedures',
    'Authorities use the procedures of the Directive; the competitive procedure with negotiation and competitive dialogue are allowed only on the grounds in paragraph 4, and the negotiated procedure without prior publication only in the Article 32 cases.',
    ['pcr-2015:regulation:26', 'pcsr-2015:regulation:27']),
  art('27', 'Open procedure',
    'Any interested operator may submit a tender in response to a call for competition, within the minimum time limits the Article sets.',
    ['pcr-2015:regulation:27', 'pcsr-2015:regulation:28']),
  art('28', 'Restricted procedure',
    'Any operator may ask to participate; only those invited after selection may tender, within minimum time limits of 30 days for requests and for tenders, subject to reductions.',
    ['pcr-2015:regulation:28']),
  art('29', 'Competitive procedure with negotiation',
    'Selected operators submit initial tenders that the authority negotiates to improve, before final tenders that are not negotiated.',
    ['pcr-2015:regulation:29']),
  art('30', 'Competitive dialogue',
    'The authority holds a dialogue with selected operators to find solutions to its needs, then asks for final tenders; award is only on the best price-quality ratio.',
    ['pcr-2015:regulation:30']),
  art('31', 'Innovation partnership',
    'The procedure for developing an innovative product, service or works and then buying the result, with one partner or several partners conducting separate research and development. PCR 2015 reg 31 transposes it directly.',
    ['pcr-2015:regulation:31', 'pcsr-2015:regulation:32']),
  art('32', 'Use of the negotiated procedure without prior publication',
    'The limited cases in which a contract may be negotiated without first publishing a call for competition.',
    ['pcr-2015:regulation:32']),
  art('74', 'Award of contracts for social and other specific services',
    'Contracts for the services listed in Annex XIV, at or above the Article 4(d) threshold, are awarded under the lighter rules of Articles 74 to 77.',
    ['pcr-2015:regulation:74', 'pcsr-2015:regulation:74']),
  art('75', 'Publication of notices',
    'Such contracts are advertised by a contract notice or a prior information notice published continuously, unless the Article 32 negotiated procedure could have been used; award notices may be grouped quarterly.',
    ['pcr-2015:regulation:75', 'pcsr-2015:regulation:75']),
  art('76', 'Principles of awarding contracts',
    'Member States set national rules for these contracts that ensure transparency and equal treatment, leaving authorities free to design procedures and to take into account quality, continuity, accessibility, affordability, availability, comprehensiveness, user needs, user involvement and innovation.',
    ['pcr-2015:regulation:76', 'pcsr-2015:regulation:76']),
  art('77', 'Reserved contracts for certain services',
    'Member States may let authorities reserve certain health, social and cultural service contracts for organisations with a public service mission, for at most 3 years.',
    ['pcr-2015:regulation:77']),
  dir('annex', 'XIV', 'Services referred to in Article 74',
    'Lists, by CPV code, the social and other specific services (health, social, education, cultural and others) that fall under Articles 74 to 77.',
    ['pcr-2015:schedule:3']),
];
