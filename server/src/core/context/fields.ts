// Header fields and timetable rows: "Issued: 18 November 2024", "| Date of issue | 12 May 2025 |",
// "Procedure: Light Touch Regime, Public Contracts Regulations 2015", "| Tender notice published |
// 3 March 2025 |". A cover page says when a procurement began and under which law, in a few labelled
// lines; a timetable says it in its first event.

import { sourceRange, type DocumentModel, type Passage } from '../model';
import { findDates } from './dates';
import { instrumentNamesIn, LIGHT_TOUCH } from './instrumentNames';
import type { Evidence } from './types';

/** Labels whose date is when the document or its procurement began. */
const ISSUE_LABEL = /^(?:date of (?:issue|publication|ITT|document|meeting)|meeting(?: date)?|(?:ITT |document |tender )?issue date|date (?:issued|published)|issued(?: on)?|publication date|published(?: on)?|date|dated|commenced(?: on)?|(?:procurement )?(?:start|commencement) date|version date|approved(?: by| on)?|date approved|approval date|(?:last )?updated(?: on)?|effective date)$/i;
/** Labels whose date is a deadline: the procurement began before it. */
const DEADLINE_LABEL = /(?:deadline|closing date|return date|submission date|tenders? due|date for (?:receipt|return|submission))/i;
/** Labels that say which procedure or law applies. */
export const PROCEDURE_LABEL = /^(?:procedure|procurement procedure|procurement route|route to market|regime|procurement regime|legal framework|governing (?:law|regulations)|regulations|legislation|procurement legislation|type of procedure|process)$/i;
/** Timetable events that start a procurement. */
const START_EVENT =
  /\b(?:(?:contract|tender|procurement|prior information|opportunity)\s+notice\s+(?:published|issued|sent|dispatched)|(?:publication|issue|dispatch|release)\s+of\s+(?:the\s+)?(?:contract\s+notice|tender\s+notice|opportunity|advert(?:isement)?|ITT|ITPD|ISIT|ITN|invitation\s+to\s+(?:tender|negotiate|participate)|tender\s+(?:documents?|pack)|PQQ|SQ|selection\s+questionnaire)|(?:ITT|ITPD|ISIT|ITN|invitation\s+to\s+(?:tender|negotiate|participate)|tender\s+(?:documents?|pack)|PQQ|SQ|selection\s+questionnaire|advert(?:isement)?|opportunity)\s+(?:issued|published|released|advertised|live|launched|available)|(?:procurement|tender)\s+(?:commenced|launched|starts?|opens?)|(?:launch|start)\s+of\s+(?:the\s+)?(?:procurement|tender|competition))\b/i;

const FIELD_LINE = /^\s*([A-Za-z][A-Za-z /&()'’-]{0,48}?)\s*[:：]\s*(\S.*)$/;
/** A cover line with no colon: "Published 22 April 2024", "Last updated 3 May 2023". */
const BARE_FIELD_LINE = /^\s*((?:first )?published|issued|(?:last )?updated|dated)\s+(\S.*)$/i;

export interface FieldOptions {
  /** Header fields count only on the cover page: the first passages of the document. */
  coverPassages: number;
}

/** Evidence from labelled lines, two-cell table rows and timetable rows. */
export function fieldEvidence(doc: DocumentModel, options: FieldOptions = { coverPassages: 60 }): Evidence[] {
  const out: Evidence[] = [];
  const passages = doc.passages;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (p.kind === 'tableCell') {
      const next = passages[i + 1];
      if (next?.kind === 'tableCell' && sameRow(doc, p, next)) fromLabelled(p.text, next, 0, next.text, i < options.coverPassages, out);
      continue;
    }
    if (!/[:：]/.test(p.text) && !(i < options.coverPassages && /published|issued|updated|dated/i.test(p.text))) continue;
    let at = 0;
    for (const line of p.text.split('\n')) {
      const m = FIELD_LINE.exec(line) ?? BARE_FIELD_LINE.exec(line);
      if (m) fromLabelled(m[1], p, at + line.lastIndexOf(m[2]), m[2], i < options.coverPassages, out);
      at += line.length + 1;
    }
  }
  return out;
}

function sameRow(doc: DocumentModel, a: Passage, b: Passage): boolean {
  return !doc.text.slice(a.end, b.start).includes('\n');
}

function fromLabelled(label: string, vp: Passage, vFrom: number, value: string, onCover: boolean, out: Evidence[]): void {
  const name = label.replace(/[*_]/g, '').trim();
  const span = (p: Passage, from: number, to: number) => sourceRange(p, from, to);
  if (START_EVENT.test(name)) {
    const d = findDates(value)[0];
    if (d) out.push({ field: 'date', value: d.iso, reason: `timetable row '${name}'`, ...span(vp, vFrom + d.start, vFrom + d.end), confidence: 'medium' });
    return;
  }
  if (!onCover) return;
  if (ISSUE_LABEL.test(name)) {
    const d = findDates(value)[0];
    if (d) out.push({ field: 'date', value: d.iso, reason: `header field '${name}:'`, ...span(vp, vFrom + d.start, vFrom + d.end), confidence: 'medium', ...(d.precision === 'month' ? { monthOnly: true } : {}) });
  } else if (DEADLINE_LABEL.test(name)) {
    const d = findDates(value)[0];
    if (d) out.push({ field: 'date', value: d.iso, reason: `deadline '${name}' (the procurement began before it)`, ...span(vp, vFrom + d.start, vFrom + d.end), confidence: 'low', bound: 'before' });
  } else if (PROCEDURE_LABEL.test(name)) {
    const reason = `header field '${name}:'`;
    for (const n of instrumentNamesIn(value)) out.push({ field: 'regime', value: n.regime, reason, ...span(vp, vFrom + n.from, vFrom + n.to), confidence: 'high' });
    const lt = LIGHT_TOUCH.exec(value);
    if (lt) out.push({ field: 'lightTouch', value: 'true', reason, ...span(vp, vFrom + lt.index, vFrom + lt.index + lt[0].length), confidence: 'high' });
  }
}
