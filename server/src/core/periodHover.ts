// Hover on a standstill period ("ten calendar days" tied to the standstill) or on a standstill start
// or end date: the rule of the law that governs it, and the figure computed from the document's own
// dates ("8 working days from 3 March 2025 ends on 12 March 2025"). Only the passage under the cursor
// is read for a period; dates need the document's timetable, which is read once per hover.

import { findDates } from './context/dates';
import { addCalendarDays } from './knowledge/calendar';
import { STATUTORY_PERIODS, type StatutoryPeriod } from './knowledge/periods';
import { sourceRange, textIndexAt, type DocumentModel } from './model';
import { describe } from './rules/periods/phrase';
import { periodRegime, type PeriodRegime } from './rules/periods/gate';
import { BANK_HOLIDAYS_NOTE, lawfulEnd, ukDate } from './rules/periods/standstillEnd';
import { statementLaw } from './rules/periods/standstillLaw';
import { statedStandstillsIn, standstillDates, type StandstillDates } from './rules/periods/standstillMentions';
import { standstillVerdict } from './rules/periods/standstillVerdict';
import type { DocumentContext } from './types';

export interface PeriodHover {
  markdown: string;
  start: number;
  end: number;
}

const TITLES: Record<PeriodRegime, string> = {
  'pcr-2015': 'Public Contracts Regulations 2015',
  'pcsr-2015': 'Public Contracts (Scotland) Regulations 2015',
  'pa-2023': 'Procurement Act 2023',
};

/** The standstill explained for the period or standstill date at `offset` in passage `index`, if any. */
export function periodHoverAt(doc: DocumentModel, context: DocumentContext, index: number, offset: number): PeriodHover | undefined {
  const passage = doc.passages[index];
  const at = textIndexAt(passage, offset);
  if (at < 0 || !/\d|stand-?still|alcatel/i.test(passage.text)) return undefined;
  const regime = hoverRegime(context);
  if (!regime) return undefined;
  for (const s of statedStandstillsIn(passage.text)) {
    if (at < s.period.from || at > s.period.to) continue;
    const law = statementLaw(s.sentence.text, regime);
    if (!law) return undefined;
    const stated = passage.text.slice(s.period.from, s.period.to);
    const lines = [...ruleLines(law.regime, context)];
    const verdict = standstillVerdict(law.regime, s.period, stated, s.claimsStatutory);
    const states = `**This document:** ${describe(s.period.value, s.period.unit)}.`;
    lines.push(verdict ? `${states} ${verdict.message}` : `${states} The law allows it.`, '');
    const dated = standstillDates(doc, law.regime)[0];
    if (dated) lines.push(...computedLines(law.regime, dated));
    lines.push(...closingLines(law.regime, context));
    return { markdown: lines.join('\n').trimEnd(), ...sourceRange(passage, s.period.from, s.period.to) };
  }
  const date = findDates(passage.text).find((d) => d.precision === 'day' && at >= d.start && at <= d.end);
  if (!date) return undefined;
  const all = standstillDates(doc, regime);
  const dated = all.find((d) => d.end.passageIndex === index && d.end.from === date.start) ?? all.find((d) => d.start === date.iso);
  if (!dated) return undefined;
  const lines = [...ruleLines(regime, context), ...computedLines(regime, dated), ...closingLines(regime, context)];
  return { markdown: lines.join('\n').trimEnd(), ...sourceRange(passage, date.start, date.end) };
}

/** The regime to explain by: the document's own when it has a standstill of ours (guessed ones say so). */
function hoverRegime(context: DocumentContext): PeriodRegime | undefined {
  const gated = periodRegime(context);
  if (gated) return gated;
  const r = context.regime;
  return r === 'pcr-2015' || r === 'pcsr-2015' || r === 'pa-2023' ? r : undefined;
}

function entries(regime: PeriodRegime): StatutoryPeriod[] {
  return STATUTORY_PERIODS.filter((p) => p.instrument === regime && p.kind === 'standstill');
}

function ruleLines(regime: PeriodRegime, context: DocumentContext): string[] {
  const [main, ...others] = entries(regime);
  const figure = main.unit === 'working-days' ? `${main.days} working days` : `${main.days} days`;
  const lines = [`**Standstill: ${figure}**, ${TITLES[regime]}, ${main.provision}`, ''];
  lines.push(`${capitalise(main.circumstance)}.`);
  for (const o of others) lines.push(`${capitalise(o.provision)}: ${o.circumstance}.`);
  lines.push('');
  if (regime === 'pa-2023' && context.lightTouch) {
    lines.push('A light touch contract has no mandatory standstill; a voluntary one follows section 51(5).', '');
  }
  return lines;
}

function computedLines(regime: PeriodRegime, dated: StandstillDates): string[] {
  const lawful = lawfulEnd(regime, dated.start, dated.startIs);
  if (!lawful) return [];
  // Under the Regulations a first day of the standstill means the notice went the day before.
  const notice = dated.startIs === 'notice' || regime === 'pa-2023' ? dated.start : addCalendarDays(dated.start, -1);
  const count = regime === 'pa-2023' ? `8 working days from ${ukDate(notice)}` : `10 days after ${ukDate(notice)}`;
  const given = dated.end.iso < lawful.lastDay ? `the document's ${ukDate(dated.end.iso)} is too early` : `the document's ${ukDate(dated.end.iso)} allows for it`;
  return [`**Computed:** ${count} ends on ${ukDate(lawful.lastDay)} (midnight at its end); ${given}.`, ''];
}

function closingLines(regime: PeriodRegime, context: DocumentContext): string[] {
  const lines: string[] = [];
  if (regime === 'pa-2023') lines.push(`Working days leave out Saturdays, Sundays and bank holidays in any part of the UK (s.123). ${BANK_HOLIDAYS_NOTE}`, '');
  if (context.regimeConfidence === 'guess' && context.regime === regime) lines.push(`The governing law is assumed (from ${context.regimeSource}); the standstill rule reports nothing until the document says which law applies.`, '');
  lines.push(`[Read ${entries(regime)[0].provision} on legislation.gov.uk](${entries(regime)[0].url})`);
  return lines;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
