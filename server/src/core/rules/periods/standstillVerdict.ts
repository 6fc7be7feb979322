// Whether a stated standstill period meets the governing law, and what to write instead.
// PCR 2015 reg 87 and PCSR 2015 reg 86 count days: 10 after an electronic notice, 15 otherwise.
// The Act (s.51) counts working days: eight, beginning with the day the notice is published.

import { describe, shortestCalendarSpan, unitWords, writePeriod, type PeriodPhrase } from './phrase';
import type { PeriodRegime } from './gate';

export interface StandstillVerdict {
  message: string;
  detail: string;
  replacement: string;
}

const REGS_DETAIL: Record<'pcr-2015' | 'pcsr-2015', string> = {
  'pcr-2015':
    'Regulation 87 of the Public Contracts Regulations 2015: where the award decision notice (reg 86) goes to everyone electronically, the standstill ends at midnight at the end of the 10th day after it is sent; sent only by other means, at the 15th day after sending or the 10th after the last one is received, whichever comes first. A contract signed earlier can be declared ineffective (reg 99).',
  'pcsr-2015':
    'Regulation 86 of the Public Contracts (Scotland) Regulations 2015: with every notice sent electronically the standstill is 10 days, ending at midnight at the end of the 10th day after the last notice is sent; where any notice goes only by other means it is 15 days.',
};
const ACT_DETAIL =
  'Section 51 of the Procurement Act 2023: the mandatory standstill is eight working days beginning with the day the contract award notice is published, and a longer one may be set in that notice. A working day is any day but a Saturday, a Sunday or a bank holiday in any part of the UK (s.123), so ten calendar days can hold fewer than eight working days (at Easter or Christmas). Voluntary standstills under s.51(4) are also at least eight working days (s.51(5)).';

/** writePeriod, keeping a singular "day" where the document used the period as an adjective ("a 10 day standstill"). */
function inStyle(value: number, unit: PeriodPhrase['unit'], like: PeriodPhrase): string {
  const text = writePeriod(value, unit, like);
  return !like.plural && like.value !== 1 && like.joiner === ' ' ? text.replace(/days$/, 'day') : text;
}

/** The finding for a stated standstill, or undefined when the period is lawful (or a longer one the authority chose). */
export function standstillVerdict(regime: PeriodRegime, period: PeriodPhrase, stated: string, claimsStatutory: boolean): StandstillVerdict | undefined {
  const n = period.value;
  const was = `'${stated}'`;
  if (regime === 'pa-2023') {
    const replacement = inStyle(8, 'working-days', period);
    const fix = `Use '${replacement.toLowerCase()}'`;
    if (period.unit === 'working-days') {
      if (n < 8) return { message: `${fix}: the Act's standstill (s.51) is at least that long, not ${was}.`, detail: ACT_DETAIL, replacement };
      if (n > 8 && claimsStatutory) return { message: `${fix}: that is the Act's mandatory standstill (s.51), not ${was}.`, detail: ACT_DETAIL, replacement };
      return undefined;
    }
    // Sixteen calendar days always hold at least eight UK working days; fewer may not.
    if (n < 16 || claimsStatutory) return { message: `${fix}: the Act's standstill (s.51) counts working days, not ${was}.`, detail: ACT_DETAIL, replacement };
    return undefined;
  }
  const law = regime === 'pcr-2015' ? 'reg 87 of PCR 2015' : 'reg 86 of PCSR 2015';
  const unit = period.unit === 'calendar-days' ? 'calendar-days' : 'days';
  const replacement = inStyle(10, unit, period);
  const fix = `Use '${replacement.toLowerCase()}'`;
  const detail = REGS_DETAIL[regime];
  if (period.unit === 'working-days') {
    if (shortestCalendarSpan(n) < 10) return { message: `${fix}: the standstill under ${law} is at least that long, not ${was}.`, detail, replacement };
    if (claimsStatutory) return { message: `${fix}: ${law} counts days, not ${unitWords(period.unit)}.`, detail, replacement };
    return undefined;
  }
  if (n < 10) return { message: `${fix}: the standstill under ${law} is at least that long, not ${was}.`, detail, replacement };
  if (claimsStatutory && n !== 10 && n !== 15) {
    return { message: `${fix}: ${law} sets ten days (15 if notices are not sent electronically), not ${describe(n, period.unit)}.`, detail, replacement };
  }
  return undefined;
}
