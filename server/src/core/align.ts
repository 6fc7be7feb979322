// Maps a text node's value back onto its source when the two differ: Markdown drops trailing and
// leading spaces around line endings, backslash escapes and character references. Without this, a
// whole paragraph would map to its edges and a fix could land in the wrong place.

import type { Segment } from './model';

const MAX_REFERENCE = 40; // longest character reference we try to step over (&CounterClockwiseContourIntegral;)
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,39});/;

/**
 * Segments for `value` (starting at text index `textStart`) against `source.slice(from, to)`:
 * exact runs wherever characters agree, small non-exact segments for escapes and references. Falls
 * back to one non-exact segment for the rest when the two cannot be aligned.
 */
export function alignSegments(value: string, source: string, from: number, to: number, textStart: number, offset: number): Segment[] {
  if (source.slice(from, to) === value) return [{ textStart, from: from - offset, to: to - offset, exact: true }];
  const out: Segment[] = [];
  let i = 0; // in value
  let j = from; // in source
  let runText = -1;
  let runSource = -1;
  const closeRun = () => {
    if (runText >= 0) out.push({ textStart: textStart + runText, from: runSource - offset, to: j - offset, exact: true });
    runText = -1;
  };
  while (i < value.length && j < to) {
    const v = value[i];
    const s = source[j];
    const reference = s === '&' ? REFERENCE.exec(source.slice(j, j + MAX_REFERENCE + 2)) : null;
    if (v === s && !(reference && !value.startsWith(reference[0], i))) {
      if (runText < 0) {
        runText = i;
        runSource = j;
      }
      i++;
      j++;
      continue;
    }
    closeRun();
    if ((s === ' ' || s === '\t') && (isLineBreak(v) || (i > 0 && isLineBreak(value[i - 1])))) {
      j++; // whitespace dropped at the end or start of a line
    } else if (s === '\\' && source[j + 1] === v) {
      j++; // the escaped character itself then matches
    } else if (reference) {
      const after = j + reference[0].length;
      // The reference decodes to one or two UTF-16 units; pick the length that lets the rest agree.
      const units = after >= to || value[i + 1] === source[after] ? 1 : 2;
      out.push({ textStart: textStart + i, from: j - offset, to: after - offset, exact: false });
      i += units;
      j = after;
    } else {
      break;
    }
  }
  closeRun();
  if (i < value.length) out.push({ textStart: textStart + i, from: Math.min(j, to) - offset, to: to - offset, exact: false });
  return out;
}

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}
