// Directive 2014/24/EU: which Article governs each subject. Addresses are legislation.gov.uk's copy
// ("eudr"), kept since IP completion day to aid cross-referencing; the Directive has no UK end date
// here because it never governed UK procurements directly (see revoked.ts for the UK position).
// Sources used: law-facts.md §3 [P] D1, D5, D6 and the existing provisions/directive-2014-24.ts
// (Arts 4, 18, 26–32, 74–77, Annex XIV); Art 24 and Art 57(1) from copies of the Directive text, each
// cross-checked against the PCR 2015 regulation that copies it (regs 24 and 56–57, legislation.gov.uk).
// Left out: Arts 33–34, 42, 46–50, 58–59, 67–73 (numbers not seen in a primary source this time).

import { expand, type ProvisionLine } from './types';

const P = 'law-facts §3 [P]';
const art = (number: string, title: string, source: string, extra: Partial<ProvisionLine> = {}): ProvisionLine => ({ kind: 'article', number, title, source, ...extra });

export const DIRECTIVE_2014_24_SUBJECTS = expand(
  { instrument: 'directive-2014-24', base: 'https://www.legislation.gov.uk/eudr/2014/24', appliesFrom: '2014-04-17' },
  [
    [['thresholds'], art('4', 'Threshold amounts', `${P} D1, D2`)],
    [['light-touch', 'thresholds'], art('4', 'Threshold amounts', `${P} D1 (Art 4(d): EUR 750,000)`, { paragraph: 'd' })],
    [['principles'], art('18', 'Principles of procurement', `${P} D3; provisions/directive-2014-24.ts`)],
    [['conflicts-of-interest'], art('24', 'Conflicts of interest', 'Directive text as quoted at procurement.squareeye.dev; PCR reg 24 (legislation.gov.uk contents) transposes it')],
    [['choice-of-procedure', 'competitive-procedure-with-negotiation', 'competitive-dialogue'], art('26', 'Choice of procedures', `${P} (D9, S10)`)],
    [['open-procedure', 'time-limits'], art('27', 'Open procedure', 'provisions/directive-2014-24.ts; law-facts §1.1 [P] S7')],
    [['restricted-procedure', 'time-limits'], art('28', 'Restricted procedure', `${P} D5`)],
    [['competitive-procedure-with-negotiation'], art('29', 'Competitive procedure with negotiation', 'provisions/directive-2014-24.ts')],
    [['competitive-dialogue'], art('30', 'Competitive dialogue', 'provisions/directive-2014-24.ts')],
    [['innovation-partnership'], art('31', 'Innovation partnership', `${P} (S17, D7); law-facts §1.1 [P] S14`)],
    [['direct-award'], art('32', 'Use of the negotiated procedure without prior publication', 'provisions/directive-2014-24.ts; law-facts §1.1 [P] S19')],
    [['exclusion', 'exclusion-mandatory'], art('57', 'Exclusion grounds', 'Art 57(1) text as quoted in the Transparency International Romania report, Annex 2; PCR reg 56 (legislation.gov.uk) applies it through reg 57', { paragraph: '1' })],
    [['light-touch'], art('74', 'Award of contracts for social and other specific services', `${P} D1`)],
    [['light-touch', 'contract-notice', 'prior-information-notice', 'contract-award-notice'], art('75', 'Publication of notices', `${P} D1`)],
    [['light-touch', 'principles'], art('76', 'Principles of awarding contracts', `${P} D1 (Title III); content [S] D4`)],
    [['light-touch', 'reserved-contracts'], art('77', 'Reserved contracts for certain services', `${P} D1 (Title III)`)],
    [['light-touch'], { kind: 'annex', number: 'XIV', title: 'Services referred to in Article 74', source: `${P} D1, D2` }],
  ],
);
