// Timetable entries: a label and the date it gives, as tender documents set them out — a table row
// ("| Deadline for tenders | 12 May 2025 |"), a list item or line ("Contract notice published:
// 1 April 2025") or a clause of a sentence ("the award decision notice will be sent on 3 March 2025").
// The standstill and time-limit rules classify the labels; this module only pairs words with dates.

import { findDates } from '../../context/dates';
import { lastAtOrBefore, type DocumentModel, type Passage } from '../../model';
import { sentenceAround } from '../../sentences';

export interface TimetableEntry {
  /** The words that say what the date is, lower-cased, dates removed. */
  label: string;
  iso: string;
  passage: Passage;
  passageIndex: number;
  /** Passage-text indices of the date. */
  from: number;
  to: number;
}

const MAX_ENTRIES = 400;
const MAX_LABEL = 200;

function lineOf(doc: DocumentModel, offset: number): number {
  return lastAtOrBefore(doc.lineStarts.length, (i) => doc.lineStarts[i], offset);
}

/** Every dated entry of the document, in order (bounded). */
export function timetableEntries(doc: DocumentModel): TimetableEntry[] {
  const out: TimetableEntry[] = [];
  const passages = doc.passages;
  for (let i = 0; i < passages.length && out.length < MAX_ENTRIES; i++) {
    const passage = passages[i];
    if (passage.kind === 'tableCell') {
      // One table row is one source line: read its cells together.
      const line = lineOf(doc, passage.start);
      let j = i;
      while (j + 1 < passages.length && passages[j + 1].kind === 'tableCell' && lineOf(doc, passages[j + 1].start) === line) j++;
      out.push(...rowEntries(passages, i, j));
      i = j;
      continue;
    }
    out.push(...proseEntries(passage, i));
  }
  return out.slice(0, MAX_ENTRIES);
}

function rowEntries(passages: readonly Passage[], first: number, last: number): TimetableEntry[] {
  const labels: string[] = [];
  let dated: { passage: Passage; index: number; from: number; to: number; iso: string } | undefined;
  for (let k = first; k <= last; k++) {
    const p = passages[k];
    if (p.text.length > 2000) return [];
    const dates = findDates(p.text).filter((d) => d.precision === 'day');
    if (dates.length > 0 && !dated) dated = { passage: p, index: k, from: dates[0].start, to: dates[0].end, iso: dates[0].iso };
    labels.push(stripDates(p.text));
  }
  if (!dated) return [];
  return [{ label: clean(labels.join(' ')), iso: dated.iso, passage: dated.passage, passageIndex: dated.index, from: dated.from, to: dated.to }];
}

function proseEntries(passage: Passage, passageIndex: number): TimetableEntry[] {
  const text = passage.text;
  if (!/\d/.test(text)) return [];
  const dates = findDates(text.length > 20_000 ? text.slice(0, 20_000) : text).filter((d) => d.precision === 'day');
  const out: TimetableEntry[] = [];
  for (let k = 0; k < dates.length && k < 50; k++) {
    const d = dates[k];
    const sentence = sentenceAround(text, d.start);
    // The words since the previous date in the sentence, or, when none (a date that opens the line), the words after it.
    const previousEnd = k > 0 && dates[k - 1].end > sentence.start ? dates[k - 1].end : sentence.start;
    let label = text.slice(Math.max(previousEnd, d.start - MAX_LABEL), d.start);
    if (!/[a-z]{3}/i.test(label)) {
      const nextStart = k + 1 < dates.length && dates[k + 1].start < sentence.end ? dates[k + 1].start : sentence.end;
      label = text.slice(d.end, Math.min(nextStart, d.end + MAX_LABEL));
    }
    out.push({ label: clean(label), iso: d.iso, passage, passageIndex, from: d.start, to: d.end });
  }
  return out;
}

function stripDates(text: string): string {
  let out = '';
  let at = 0;
  for (const d of findDates(text)) {
    out += `${text.slice(at, d.start)} `;
    at = d.end;
  }
  return out + text.slice(at);
}

function clean(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}
