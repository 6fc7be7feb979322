// Dates written with a weekday ("Friday 3 March 2025") whose weekday is not that date's, and dates that
// do not exist ("31 April 2025", "29/02/2025"). Pure functions of one passage's text; the timetable
// rule turns them into findings. Patterns are bounded alternations (no nested quantifiers).

import { findDates, isoDate } from '../../context/dates';
import { weekdayOf } from '../../knowledge/calendar';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface WeekdayMismatch {
  /** Passage-text indices of the weekday word. */
  from: number;
  to: number;
  written: string;
  /** The weekday the date falls on, written in the same style (full or short, same case). */
  right: string;
  iso: string;
  /** The date as written, for the message. */
  dateText: string;
}

export interface ImpossibleDate {
  from: number;
  to: number;
  text: string;
  /** Why: "April has 30 days", "2025 is not a leap year". */
  why: string;
}

// The weekday right before a date: "Friday 3 March", "Fri, 3rd March", "Friday the 3rd of March".
const WEEKDAY_BEFORE = /\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s{1,3}(?:the\s)?$/i;

/** The right weekday in the style of the one written: full name or three letters, same case. */
function inStyle(written: string, day: number): string {
  const full = WEEKDAYS[day];
  const styled = WEEKDAYS.some((w) => w.toLowerCase() === written.toLowerCase()) ? full : full.slice(0, 3);
  if (written === written.toUpperCase()) return styled.toUpperCase();
  if (written === written.toLowerCase()) return styled.toLowerCase();
  return styled;
}

const BY_LETTERS: Record<string, number> = { su: 0, mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6 };
const weekdayIndex = (word: string) => BY_LETTERS[word.toLowerCase().slice(0, 2)];

export function weekdayMismatches(text: string): WeekdayMismatch[] {
  const out: WeekdayMismatch[] = [];
  for (const d of findDates(text)) {
    if (d.precision !== 'day') continue;
    const lead = text.slice(Math.max(0, d.start - 24), d.start);
    const m = WEEKDAY_BEFORE.exec(lead);
    if (!m) continue;
    const written = m[1];
    const actual = weekdayOf(d.iso);
    if (Number.isNaN(actual) || weekdayIndex(written) === actual) continue;
    const from = d.start - lead.length + m.index;
    out.push({ from, to: from + written.length, written, right: inStyle(written, actual), iso: d.iso, dateText: text.slice(d.start, d.end) });
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WRITTEN_DAY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAMES})\.?,?\s(\d{4})\b`, 'gi');
const NUMERIC_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

function reason(day: number, month: number, year: number): string {
  const name = MONTHS[month - 1][0].toUpperCase() + MONTHS[month - 1].slice(1);
  if (month === 2 && day === 29) return `${year} is not a leap year`;
  return `${name} has ${new Date(Date.UTC(year, month, 0)).getUTCDate()} days`;
}

/** Day-month-year dates (written or dd/mm/yyyy) whose day is past the end of the month. */
export function impossibleDates(text: string): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  const check = (m: RegExpExecArray, day: number, month: number, year: number) => {
    if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1990 || year > 2100) return;
    if (isoDate(year, month, day)) return;
    out.push({ from: m.index, to: m.index + m[0].length, text: m[0], why: reason(day, month, year) });
  };
  WRITTEN_DAY.lastIndex = 0;
  for (let m = WRITTEN_DAY.exec(text); m; m = WRITTEN_DAY.exec(text)) {
    const month = MONTHS.findIndex((n) => n.startsWith(m![2].toLowerCase().slice(0, 3))) + 1;
    check(m, Number(m[1]), month, Number(m[3]));
  }
  NUMERIC_DAY.lastIndex = 0;
  for (let m = NUMERIC_DAY.exec(text); m; m = NUMERIC_DAY.exec(text)) check(m, Number(m[1]), Number(m[2]), Number(m[3]));
  return out.sort((a, b) => a.from - b.from);
}
