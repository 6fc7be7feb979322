// Calendar arithmetic for statutory periods: weekdays, UK bank holidays and working days. Dates are
// ISO strings (YYYY-MM-DD) and all arithmetic is done in UTC so no time zone or clock change can
// shift a day. Bank holidays come from the shipped list in bankHolidays.ts; outside the years it
// covers, working-day arithmetic answers undefined rather than guess.

import { ENGLAND_AND_WALES, NORTHERN_IRELAND, SCOTLAND } from './bankHolidays';

export type HolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** The ISO dates the shipped bank holiday list covers (inclusive). */
export const BANK_HOLIDAYS_COVER: { from: string; to: string } = { from: '2024-01-01', to: '2027-12-31' };

const HOLIDAYS: Record<HolidayRegion, ReadonlySet<string>> = {
  'england-and-wales': new Set(ENGLAND_AND_WALES),
  scotland: new Set(SCOTLAND),
  'northern-ireland': new Set(NORTHERN_IRELAND),
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch at UTC midnight of a valid ISO date, else NaN. */
function toUtc(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 31 February over into March; an impossible date is not a date.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; NaN for something that is not a real ISO date. */
export function weekdayOf(iso: string): number {
  const t = toUtc(iso);
  return Number.isNaN(t) ? NaN : new Date(t).getUTCDay();
}

export function isBankHoliday(iso: string, region: HolidayRegion): boolean {
  return HOLIDAYS[region].has(iso);
}

/** Monday to Friday and not a bank holiday in the region. */
export function isWorkingDay(iso: string, region: HolidayRegion): boolean {
  const day = weekdayOf(iso);
  return day >= 1 && day <= 5 && !isBankHoliday(iso, region);
}

/** The date `days` calendar days after (or, if negative, before) `iso`. An invalid date comes back unchanged. */
export function addCalendarDays(iso: string, days: number): string {
  const t = toUtc(iso);
  if (Number.isNaN(t) || !Number.isFinite(days)) return iso;
  const out = t + Math.trunc(days) * DAY_MS;
  // Beyond the year 9999 an ISO string is no longer YYYY-MM-DD.
  if (!Number.isFinite(out) || Math.abs(out) > 253_402_300_799_000) return iso;
  return fromUtc(out);
}

function covered(iso: string): boolean {
  return iso >= BANK_HOLIDAYS_COVER.from && iso <= BANK_HOLIDAYS_COVER.to;
}

/** The date `days` working days after `iso` (iso itself not counted), or undefined outside the covered years. */
export function addWorkingDays(iso: string, days: number, region: HolidayRegion): string | undefined {
  if (Number.isNaN(toUtc(iso)) || !covered(iso) || !Number.isInteger(days) || days < 0 || days > 366) return undefined;
  let current = iso;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (!covered(current)) return undefined;
    if (isWorkingDay(current, region)) counted++;
  }
  return current;
}

/** The holiday region for a document's jurisdiction; England and Wales unless it says otherwise. */
export function regionFor(jurisdiction: string | undefined): HolidayRegion {
  const j = (jurisdiction ?? '').toLowerCase();
  if (j.includes('scot')) return 'scotland';
  if (j.includes('northern ireland') || j === 'ni' || j.includes('northern-ireland')) return 'northern-ireland';
  return 'england-and-wales';
}
