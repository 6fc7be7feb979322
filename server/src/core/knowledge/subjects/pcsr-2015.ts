// PCSR 2015 (SSI 2015/446), for devolved Scottish authorities. Sources used:
// - law-facts.md §4 [P] SC1–SC8 (regs 19, 21, 27, 28, 32, 41, 42, 51, 74–76; reg 76(3) and the reg 58
//   mandatory exclusion it cross-refers to, SC4).
// - legislation.gov.uk: contents (regs 5, 6, 25 Conflicts of Interest) and the reg 27 text of Part 2
//   Chapter 2 as made, which names reg 33 (negotiated procedure without prior publication), reg 49
//   (prior information notices) and reg 50 (contract notices).
// Left out: the restricted procedure, CPN and competitive dialogue numbers (law-facts UNCONFIRMED), the
// Scottish standstill, selection and award regulations (not retrieved).

import { expand, type ProvisionLine } from './types';

const P = 'law-facts §4 [P]';
const CONTENTS = 'https://www.legislation.gov.uk/ssi/2015/446/contents/made';
const CH2 = 'https://legislation.gov.uk/ssi/2015/446/part/2/chapter/2/made (reg 27 text)';

const reg = (number: string, title: string, source: string, extra: Partial<ProvisionLine> = {}): ProvisionLine => ({ kind: 'regulation', number, title, source, ...extra });

export const PCSR_2015_SUBJECTS = expand(
  { instrument: 'pcsr-2015', base: 'https://www.legislation.gov.uk/ssi/2015/446', appliesFrom: '2016-04-18' },
  [
    [['thresholds'], reg('5', 'Thresholds', CONTENTS)],
    [['thresholds'], reg('6', 'Methods for calculating the estimated value', CONTENTS)],
    [['principles'], reg('19', 'Principles of procurement', `${P} SC1, SC2`)],
    [['reserved-contracts'], reg('21', 'Reserved contracts', `${P} SC1`)],
    [['conflicts-of-interest'], reg('25', 'Conflicts of Interest', CONTENTS)],
    [['choice-of-procedure', 'competitive-procedure-with-negotiation', 'competitive-dialogue', 'restricted-procedure', 'innovation-partnership'], reg('27', 'Choice of procedures', `${P} SC1; ${CH2}`)],
    [['open-procedure', 'time-limits'], reg('28', 'Open Procedure', `${P} SC1, SC6`)],
    [['innovation-partnership'], reg('32', 'Innovation partnership', `${P} SC3`)],
    [['direct-award'], reg('33', 'Use of the negotiated procedure without prior publication', CH2, { headingConfirmed: false })],
    [['market-engagement'], reg('41', 'Preliminary market consultations', `${P} SC7`)],
    [['market-engagement', 'conflicts-of-interest'], reg('42', 'Prior involvement of candidates or tenderers', `${P} SC7`)],
    [['prior-information-notice', 'contract-notice'], reg('49', 'Prior information notices', CH2, { headingConfirmed: false })],
    [['contract-notice'], reg('50', 'Contract notices', CH2, { headingConfirmed: false })],
    [['contract-award-notice'], reg('51', 'Contract award notices', `${P} SC8`)],
    [['exclusion', 'exclusion-mandatory'], reg('58', 'Exclusion grounds', `${P} SC4 (reg 76 cross-refers to reg 58(1), (3))`, { headingConfirmed: false, paragraph: '1' })],
    [['light-touch'], reg('74', 'Award of contracts for social and other specific services', `${P} SC4, SC5`)],
    [['light-touch', 'contract-notice', 'contract-award-notice'], reg('75', 'Publication of notices', `${P} SC4, SC5`)],
    [['light-touch', 'principles'], reg('76', 'Principles of awarding contracts', `${P} SC4`)],
    [['light-touch', 'exclusion-mandatory'], reg('76', 'Principles of awarding contracts', `${P} SC4 (reg 76(3))`, { paragraph: '3' })],
  ],
);
