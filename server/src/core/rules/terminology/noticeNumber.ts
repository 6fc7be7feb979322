// A provision number used as the name of a notice ("a Regulation 87 notice") where the cited provision
// is not the one about that notice but a neighbour on the same subject is: under PCR 2015 the award
// decision notice is the "regulation 86 notice", and regulation 87 is the standstill period that
// follows it. Only where the subject map (knowledge/subjects) holds exactly one provision on the same
// subject whose heading is about notices, and the cited one's heading is not.

import { resolveInstrument, type DetailedCitation } from '../../citations';
import { INSTRUMENTS } from '../../knowledge/instruments';
import { provisionsFor, subjectsAt } from '../../knowledge/subjects';
import type { SubjectInstrument } from '../../knowledge/subjects/types';
import { sourceRange, type Passage } from '../../model';
import { sourceReads } from '../../sentences';
import type { RuleContext } from '../../types';

const NOTICE_AFTER = /^\s+(?:notices?|letters?)\b/i;
const NOTICE_TITLE = /\bnotices?\b/i;
const COVERED: readonly SubjectInstrument[] = ['pcr-2015', 'pcsr-2015'];

/** True when it reported (the caller then skips its other checks of this citation). */
export function checkNoticeNumber({ doc, context, report }: RuleContext, passage: Passage, c: DetailedCitation): boolean {
  if (c.kind !== 'regulation' || c.paragraph || c.rangeEnd || !NOTICE_AFTER.test(passage.text.slice(c.end, c.end + 12))) return false;
  const instrument = resolveInstrument(c, context.regime) as SubjectInstrument;
  if (!COVERED.includes(instrument)) return false;
  const cited = subjectsAt(instrument, 'regulation', c.number);
  if (cited.length === 0 || cited.some((f) => NOTICE_TITLE.test(f.title))) return false;
  const neighbours = [...new Set(cited.flatMap((f) => provisionsFor(instrument, f.subject)))].filter((f) => f.kind === 'regulation' && f.number !== c.number && NOTICE_TITLE.test(f.title));
  const numbers = [...new Set(neighbours.map((f) => f.number))];
  if (numbers.length !== 1) return false;
  const right = neighbours[0];
  const at = sourceRange(passage, c.numberStart, c.numberEnd);
  const short = INSTRUMENTS[instrument as keyof typeof INSTRUMENTS]?.abbreviations[0] ?? instrument;
  const fixable = sourceReads(doc, at.start, at.end, passage.text.slice(c.numberStart, c.numberEnd));
  report({
    message: `Write "regulation ${right.number} notice": regulation ${c.number} of ${short} is "${cited[0].title}", not a notice.`,
    detail: `Regulation ${right.number} of ${short} is "${right.title}". Source: ${right.url}`,
    start: at.start,
    end: at.end,
    fixes: fixable ? [{ title: `Replace with ${right.number}`, edits: [{ start: at.start, end: at.end, text: right.number }], preferred: true }] : [],
    data: { kind: 'notice-number', expected: right.number },
  });
  return true;
}
