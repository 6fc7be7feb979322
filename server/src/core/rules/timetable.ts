// timetable: the dates in a tender must be real. A weekday written with a date that falls on another
// day ("Friday 3 March 2025": 3 March 2025 was a Monday), and a date that does not exist ("31 April
// 2025"), mislead bidders about deadlines and are the commonest slip in procurement timetables. Only
// dates with a day, month and year are checked; "TBC", ranges and dates without a year are left alone.
// A timetable table whose dates run backwards at one row is reported at that row (dates/timetableOrder.ts).

import { sourceRange } from '../model';
import { sourceReads } from '../sentences';
import type { Rule } from '../types';
import { weekdayOf } from '../knowledge/calendar';
import { impossibleDates, weekdayMismatches, WEEKDAYS as LONG } from './dates/weekdayDates';
import { outOfOrder } from './dates/timetableOrder';
import { tablesOf } from '../tables';
import { ukDate } from './periods/standstillEnd';

const doc = (body: string) => `# Timetable\n\n${body}\n`;

const rule: Rule = {
  id: 'timetable',
  description: 'A date in the document must exist, a weekday written with it must be the day it falls on, and a timetable\'s dates must run in order.',
  rationale:
    'Bidders plan to the dates in a timetable. "Friday 3 March 2025" leaves them to guess whether the Friday or the 3rd is meant, and a deadline that ' +
    'does not exist ("31 April") must be corrected by clarification to every bidder. Both are easy to miss when a timetable is copied from an earlier tender.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      doc('| Stage | Date |\n|---|---|\n| ITT issued | Monday 3 March 2025 |\n| Clarification deadline | Friday 14 March 2025 |'),
      doc('Tenders must be received by 12:00 noon on Wednesday, 2nd April 2025.'),
      doc('The contract starts on Tue 1 Apr 2025.'),
      doc('Award decision notices will be sent on THURSDAY 10 APRIL 2025.'),
      doc('Site visits: Monday 3 March (time to be confirmed).'),
      doc('Contract start date: TBC.'),
      doc('The leap day 29 February 2024 is a Thursday.'),
      doc('Clarification responses will be published on 30/04/2025.'),
      doc('The week beginning Monday 7 April 2025 is set aside for presentations.'),
      doc('Evaluation: 3–7 March 2025.'),
      // Two steps back: lots listed one after another, not one timetable.
      doc('| Lot | Deadline |\n|---|---|\n| Lot 1 | 3 March 2025 |\n| Lot 2 | 1 March 2025 |\n| Lot 3 | 4 March 2025 |\n| Lot 4 | 2 March 2025 |'),
      doc('| Stage | Date |\n|---|---|\n| ITT issued | 3 March 2025 |\n| Tender deadline | TBC |\n| Award | 10 April 2025 |'),
    ],
    invalid: [
      { text: doc('| Stage | Date |\n|---|---|\n| ITT issued | Friday 3 March 2025 |'), count: 1, messageIncludes: 'falls on a Monday' },
      { text: doc('Tenders must be received by 12:00 on Tuesday 2nd April 2025.'), count: 1, messageIncludes: 'Wednesday' },
      { text: doc('Clarification deadline: Mon 7th March 2023.'), count: 1, messageIncludes: 'Tuesday' },
      { text: doc('- Presentations: friday 3 april 2025'), count: 1, messageIncludes: 'Thursday, not a Friday' },
      { text: doc('The deadline for tenders is 31 April 2025.'), count: 1, messageIncludes: 'April has 30 days' },
      { text: doc('Contract start: 29 February 2025.'), count: 1, messageIncludes: 'not a leap year' },
      { text: doc('Standstill ends on 31/06/2025.'), count: 1, messageIncludes: 'June has 30 days' },
      { text: doc('The contract starts on Monday, 30 February 2026.'), count: 1, messageIncludes: 'February has 28 days' },
      {
        text: doc('| Stage | Date |\n|---|---|\n| ITT issued | 3 March 2025 |\n| Clarifications close | 14 March 2025 |\n| Tender deadline | 2 March 2025 |\n| Award | 10 April 2025 |'),
        count: 1,
        messageIncludes: '2 March 2025 is earlier than the stage above it (14 March 2025)',
      },
      {
        text: doc('| Stage | Date |\n|---|---|\n| ITT issued | 3 March 2025 |\n| Clarifications close | 30 April 2025 |\n| Tender deadline | 2 April 2025 |\n| Award | 10 April 2025 |'),
        count: 1,
        messageIncludes: '30 April 2025 is later than the stage below it (2 April 2025)',
      },
    ],
  },
  check({ doc: model, report, memo }) {
    model.passages.forEach((passage) => {
      if (passage.kind === 'heading') return;
      const { weekdays, impossible } = memo(passage, datesIn);
      for (const w of weekdays) {
        const at = sourceRange(passage, w.from, w.to);
        const fixable = sourceReads(model, at.start, at.end, w.written);
        report({
          message: `${w.dateText} falls on a ${LONG[weekdayOf(w.iso)]}, not a ${longName(w.written)}.`,
          detail: 'Check which is right, the weekday or the date, and correct the other; the quick fix changes the weekday.',
          start: at.start,
          end: at.end,
          // The weekday is the offered fix (a date is usually copied from a calendar, a weekday typed), but
          // either may be the slip, so fix-all never applies it unread.
          fixes: fixable
            ? [{ title: `Change "${w.written}" to "${w.right}"`, edits: [{ start: at.start, end: at.end, text: w.right }], preferred: true, needsReview: true }]
            : [],
          data: { kind: 'weekday', iso: w.iso, right: w.right },
        });
      }
      for (const d of impossible) {
        const at = sourceRange(passage, d.from, d.to);
        report({ message: `There is no ${d.text}: ${d.why}.`, start: at.start, end: at.end, data: { kind: 'impossible-date' } });
      }
    });
    for (const cells of tablesOf(model.passages)) {
      const o = outOfOrder(cells);
      if (!o) continue;
      const at = sourceRange(o.cell, o.from, o.to);
      const neighbour = o.before && o.before.iso > o.iso ? o.before : o.after;
      const side = neighbour === o.before ? 'before' : 'after';
      report({
        message: side === 'before'
          ? `${ukDate(o.iso)} is earlier than the stage above it (${ukDate(neighbour!.iso)}): check this date.`
          : `${ukDate(o.iso)} is later than the stage below it (${ukDate(neighbour!.iso)}): check this date.`,
        detail: `Every other date in this timetable runs in order; this one is out of step with "${neighbour!.label}". Bidders plan to these dates, so a wrong month or year must be corrected by clarification.`,
        start: at.start,
        end: at.end,
        data: { kind: 'out-of-order', iso: o.iso },
      });
    }
  },
};

const datesIn = (p: { text: string }) => ({ weekdays: weekdayMismatches(p.text), impossible: impossibleDates(p.text) });

const longName = (written: string) => LONG.find((d) => d.toLowerCase().startsWith(written.toLowerCase().slice(0, 2))) ?? written;

export default rule;
