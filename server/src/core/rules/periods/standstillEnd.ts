// When a standstill ends, counted as each law counts it. PCR 2015 reg 87(2) and PCSR 2015 reg 86(3):
// midnight at the end of the 10th day after the notice is sent (calendar days; the sending day is not
// counted). Procurement Act 2023 s.51(2): eight working days beginning with the day the contract
// award notice is published (that day counts if it is a working day), where s.123 makes a working day
// any day but a Saturday, a Sunday or a bank holiday in any part of the United Kingdom, so the
// holidays of all three lists count wherever the document is from.

import { BANK_HOLIDAYS_SOURCE } from '../../knowledge/bankHolidays';
import { BANK_HOLIDAYS_COVER, addCalendarDays, isBankHoliday, weekdayOf } from '../../knowledge/calendar';
import type { Regime } from '../../types';

/** A working day under the Act: not a weekend and not a bank holiday anywhere in the UK (s.123). */
export function isActWorkingDay(iso: string): boolean {
  const day = weekdayOf(iso);
  return day >= 1 && day <= 5 && !isBankHoliday(iso, 'england-and-wales') && !isBankHoliday(iso, 'scotland') && !isBankHoliday(iso, 'northern-ireland');
}

function covered(iso: string): boolean {
  return iso >= BANK_HOLIDAYS_COVER.from && iso <= BANK_HOLIDAYS_COVER.to;
}

/** The last day of `n` Act working days beginning with `iso`, or undefined outside the shipped holiday list. */
export function actPeriodEnd(iso: string, n: number): string | undefined {
  if (!covered(iso) || !Number.isInteger(n) || n < 1 || n > 366) return undefined;
  let current = iso;
  let counted = isActWorkingDay(current) ? 1 : 0;
  while (counted < n) {
    current = addCalendarDays(current, 1);
    if (!covered(current)) return undefined;
    if (isActWorkingDay(current)) counted++;
  }
  return current;
}

export interface StandstillEnd {
  /** The last day of the standstill (it ends at midnight at the end of this day). */
  lastDay: string;
  /** How it was counted, for messages and the hover. */
  rule: string;
  provision: string;
}

/** The earliest lawful last day of the standstill after a notice sent (or published) on `start`. */
export function standstillEnd(regime: Regime, start: string): StandstillEnd | undefined {
  if (Number.isNaN(weekdayOf(start))) return undefined;
  if (regime === 'pcr-2015' || regime === 'pcsr-2015') {
    const provision = regime === 'pcr-2015' ? 'reg 87(2)' : 'reg 86(3)';
    return { lastDay: addCalendarDays(start, 10), rule: '10 days after the day the notice is sent', provision };
  }
  if (regime === 'pa-2023') {
    const lastDay = actPeriodEnd(start, 8);
    return lastDay ? { lastDay, rule: '8 working days beginning with the day the notice is published', provision: 's.51(2)' } : undefined;
  }
  return undefined;
}

/** Where the Act's working days come from, said wherever the linter counts them. */
export const BANK_HOLIDAYS_NOTE =
  `UK bank holidays come from the government's published list for ${BANK_HOLIDAYS_COVER.from.slice(0, 4)}–${BANK_HOLIDAYS_COVER.to.slice(0, 4)} (${BANK_HOLIDAYS_SOURCE}), shipped with Tender Lint as data.`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 2025". */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The earliest lawful last day from a start date the document gives: a notice date, or the first
 * day of the standstill. Under the Regulations the first day is the day after sending, so the notice
 * went the day before; under the Act the day of publication is itself the first day.
 */
export function lawfulEnd(regime: Regime, start: string, startIs: 'notice' | 'first-day'): StandstillEnd | undefined {
  if (startIs === 'notice' || regime === 'pa-2023') return standstillEnd(regime, start);
  return standstillEnd(regime, addCalendarDays(start, -1));
}
