// Splits a Markdown body into chunks that parse the same on their own as inside the whole document.
//
// Why: micromark slows down super-linearly on one huge parse (closing long lists and block quotes),
// and re-parsing everything on each keystroke is wasted work. A chunk boundary is placed only where
// CommonMark guarantees that nothing continues across it:
//   - before an ATX heading at column 0 (it interrupts any paragraph and closes any list item),
//   - before a column-0 line after a blank line, unless that line starts a list item (a loose list
//     continues across blank lines) or we are inside a fenced code block or an HTML block of types 1–5
//     (comments, <pre>, <script>, <style>, <textarea>, <?, <!X, CDATA), which do span blank lines.
// Never splitting is always correct; a boundary is added only when it is provably safe.

export interface Chunk {
  start: number;
  end: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const HTML_OPENERS: Array<{ open: RegExp; close: RegExp }> = [
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];

export function splitIntoChunks(body: string): Chunk[] {
  return splitFrom(body, 0).chunks;
}

/**
 * Splits `body` from `from`, which must be a chunk boundary (or 0). With `stopAt`, it stops at the
 * first boundary the callback accepts and returns it as `stop`: the incremental parser stops where
 * the new split meets the old one again. At a boundary the splitter's state is empty (no open fence
 * or HTML block), so everything after a shared boundary over identical text splits identically.
 */
export function splitFrom(body: string, from: number, stopAt?: (offset: number) => boolean): { chunks: Chunk[]; stop?: number } {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let previousBlank = true;
  let fence: { char: string; length: number } | undefined;
  let htmlClose: RegExp | undefined;

  let lineStart = from;
  while (lineStart < body.length) {
    let lineEnd = lineStart;
    while (lineEnd < body.length && body.charCodeAt(lineEnd) !== 10 && body.charCodeAt(lineEnd) !== 13) lineEnd++;
    const next = body.charCodeAt(lineEnd) === 13 && body.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    // Only the first few hundred characters decide how a line starts; long lines stay cheap.
    const line = body.slice(lineStart, Math.min(lineEnd, lineStart + 256));
    const blank = lineEnd - lineStart < 256 && line.trim() === '';

    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlClose) {
      if (htmlClose.test(body.slice(lineStart, lineEnd))) htmlClose = undefined;
    } else {
      const startsAtColumn0 = !blank && line[0] !== ' ' && line[0] !== '\t';
      const boundary = startsAtColumn0 && (ATX_HEADING.test(line) || (previousBlank && !LIST_MARKER.test(line)));
      if (boundary && lineStart > chunkStart) {
        chunks.push({ start: chunkStart, end: lineStart });
        if (stopAt?.(lineStart)) return { chunks, stop: lineStart };
        chunkStart = lineStart;
      }
      const open = FENCE_OPEN.exec(line);
      if (open) fence = { char: open[1][0], length: open[1].length };
      else {
        for (const h of HTML_OPENERS) {
          if (h.open.test(line)) {
            // The block may close on its own first line.
            const rest = body.slice(lineStart, lineEnd).replace(h.open, '');
            if (!h.close.test(rest)) htmlClose = h.close;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    lineStart = next;
  }
  if (chunkStart < body.length || chunks.length === 0) chunks.push({ start: chunkStart, end: body.length });
  return { chunks };
}
