// The parts of a citation after its number, read by scanCitations (citations.ts): paragraphs
// ("(2)(b)", "para 2"), ranges and lists ("74 to 77", "29, 30 and 31"), and the instrument named just
// before or after it. Every regex here is linear: fixed alternatives and bounded quantifiers.

import type { Mention } from './citationMentions';
import type { ProvisionKind } from './knowledge/types';

const PARAGRAPHS = /\((\d{1,3}[A-Za-z]?)\)((?:\([a-z]{1,5}\)|\(\d{1,3}\)){0,3})/y;
const SCHEDULE_PARAGRAPH = /,?\s(?:paragraphs?|paras?\.?)\s?(\d{1,3}[A-Za-z]?)((?:\([a-z0-9]{1,5}\)){0,3})/iy;
const RANGE = /(?:\s?[-–—]\s?|\sto\s)(\d{1,3}[A-Z]?|[IVX]{1,5})(?![\w/]|[.,]\d)/y;
const LIST_ITEM = /(?:,\s?|\s(?:and|or)\s|\s?&\s?)(\d{1,3}[A-Z]?)(?![\w/]|[.,]\d)/y;
// Text after a citation that joins it to an instrument named right after it, tried in this order.
const SUFFIX_JOINS = [/,?\s(?:of|in|under|to|from)\s/y, /,?\s(?:of|in|under|to|from)\sthe\s/y, /\s?\(/y, /,?\s/y];
// Other law named after a citation: "section 149 of the Equality Act 2010".
const FOREIGN_SUFFIX = /,?\s(?:of|in|under|to)\s(?:the\s)?(?:[A-Z][\w'’()-]*\s){0,8}(?:Act|Regulations|Order|Rules)\s\d{4}\b/y;
// Cross-references inside the document itself ("section 4 of this document", "Schedule 2 to the Contract").
const INTERNAL_REFERENCE =
  /,?\s(?:(?:of|in|to)\s(?:this|these|our|each|the\s(?:Contract|Agreement|Framework|ITT|Invitation|Specification|Tender|Conditions|Terms|Call-off|Order|document|contract|agreement|specification|tender))\b|below\b|above\b|hereto\b|hereof\b)|\s?:/y;

// "Schedule 3 (Pricing)", "Section 2 – Specification": a title after a bare schedule or section is the
// document's own part. (A real title such as "Schedule 3 (Social and other specific services)" is lost;
// hover is better silent than wrong.)
const OWN_PART_TITLE = /\s?(?:\(|[–—-]\s)\s?(?!Public\s|Procurement\s|PCR|PCSR|PA\s|Directive|the\s(?:Act|Regulations|Directive)\b)[A-Z][a-z]/y;

export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export interface NumberParts {
  paragraph?: string;
  rangeEnd?: string;
  numberEnd: number;
  end: number;
  more: Array<{ number: string; paragraph?: string; rangeEnd?: string; numberStart: number; numberEnd: number }>;
}

export function readNumberParts(text: string, at: number, kind: ProvisionKind, plural: boolean): NumberParts {
  const readParagraph = (pos: number): { paragraph?: string; end: number } => {
    const p = matchAt(kind === 'schedule' ? SCHEDULE_PARAGRAPH : PARAGRAPHS, text, pos);
    return p ? { paragraph: p[1] + p[2], end: pos + p[0].length } : { end: pos };
  };
  const first = readParagraph(at);
  let end = first.end;
  let rangeEnd: string | undefined;
  const range = matchAt(RANGE, text, end);
  if (range && (kind !== 'annex' || /^[IVX]+$/.test(range[1]))) {
    rangeEnd = range[1];
    end += range[0].length;
  }
  const parts: NumberParts = { paragraph: first.paragraph, rangeEnd, numberEnd: end, end, more: [] };
  // "regulations 29, 30 and 31": one citation per number, for plural provision words only.
  for (let i = 0; plural && !rangeEnd && i < 20; i++) {
    const item = matchAt(LIST_ITEM, text, end);
    if (!item) break;
    const numberStart = end + item[0].length - item[1].length;
    const para = readParagraph(end + item[0].length);
    parts.more.push({ number: item[1], paragraph: para.paragraph, numberStart, numberEnd: para.end });
    end = para.end;
  }
  parts.end = end;
  return parts;
}

/** The instrument a citation names itself: just before it ("PCR 2015 reg 31") or just after it. */
export function explicitInstrument(
  text: string,
  start: number,
  end: number,
  byStart: Map<number, Mention>,
  byEnd: Map<number, Mention>,
): { mention: Mention; end: number } | 'internal' | undefined {
  for (const joinRe of SUFFIX_JOINS) {
    const join = matchAt(joinRe, text, end);
    const after = join ? byStart.get(end + join[0].length) : undefined;
    if (!join || !after) continue;
    const paren = join[0].endsWith('(');
    // "reg 31 PCR 2015" names the instrument; "reg 31 the Act" does not read as one citation.
    if (after.generic && !/(?:of|in|under|to|from)\s$/.test(join[0])) continue;
    const close = paren ? /^\s?\)/.exec(text.slice(after.end, after.end + 2)) : null;
    if (!paren || close) return { mention: after, end: after.end + (close ? close[0].length : 0) };
  }
  if (matchAt(FOREIGN_SUFFIX, text, end)) return 'internal';
  if (/^(?:sch|sec)/i.test(text.slice(start, start + 3)) && matchAt(OWN_PART_TITLE, text, end) && !byEnd.get(start - 1) && !byEnd.get(start - 2)) return 'internal';
  if (matchAt(INTERNAL_REFERENCE, text, end)) return 'internal';
  for (const gap of [1, 2]) {
    const before = byEnd.get(start - gap);
    if (before && !before.generic && /^,?\s$/.test(text.slice(before.end, start))) return { mention: before, end };
  }
  return undefined;
}

