// Splits a Markdown body into chunks that parse the same on their own as inside the whole document.
//
// Why: micromark slows down super-linearly on one huge parse (closing long lists and block quotes),
// and re-parsing everything on each keystroke is wasted work. A chunk boundary is placed only where
// CommonMark guarantees that nothing continues across it:
//   - before an ATX heading at column 0 (it interrupts any paragraph and closes any list item),
//     unless an HTML block that only a blank line ends may be open (CommonMark types 6 and 7),
//   - before a column-0 line after a blank line, unless we are inside a fenced code block or an HTML
//     block of types 1–5 (comments, <pre>, <script>, <style>, <textarea>, <?, <!X, CDATA), which do
//     span blank lines, or the line starts a list item while a list may still be open (a loose list
//     continues across blank lines) or an item that could not start a list everywhere (see
//     STARTS_LIST_ANYWHERE). A list may be open from any line that starts with a list marker until
//     the next boundary: a column-0 line after a blank line, or a heading, closes every list.
// Never splitting is always correct; a boundary is added only when it is provably safe.

export interface Chunk {
  start: number;
  end: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/**
 * A list item that starts a list in any context: a bullet, or "1." / "1)", with content. micromark
 * does not let an empty item or another start number begin a list right after indented code and a
 * blank line (it reads them as a paragraph there), so only these get a boundary of their own.
 */
const STARTS_LIST_ANYWHERE = /^(?:[-*+]|1[.)])[ \t]+\S/;
/** Tags that open an HTML block of type 6 (micromark-util-html-tag-name's htmlBlockNames). */
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
/**
 * A line that may open an HTML block that only a blank line ends: a block tag (type 6), or a tag
 * alone on its line (type 7; over-approximated: a paragraph cannot be interrupted by one, which the
 * splitter does not know, and attributes are not checked).
 */
const HTML_UNTIL_BLANK = new RegExp(String.raw`^ {0,3}(?:</?(?:${BLOCK_TAGS})(?:[\s/>]|$)|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>\s*$)`, 'i');
/** A line that may start or continue a list (up to three spaces of indentation). */
const LIST_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
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
  // The readings of the text so far that CommonMark might take (nearly always one; see step()).
  let states: SplitState[] = [{ previousBlank: true, htmlUntilBlank: false, listMayBeOpen: false }];

  let lineStart = from;
  while (lineStart < body.length) {
    let lineEnd = lineStart;
    while (lineEnd < body.length && body.charCodeAt(lineEnd) !== 10 && body.charCodeAt(lineEnd) !== 13) lineEnd++;
    const next = body.charCodeAt(lineEnd) === 13 && body.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    // Only the first few hundred characters decide how a line starts; long lines stay cheap.
    const line = body.slice(lineStart, Math.min(lineEnd, lineStart + 256));
    const blank = lineEnd - lineStart < 256 && line.trim() === '';
    const whole = () => body.slice(lineStart, lineEnd);

    let boundary: boolean;
    if (states.length === 1) {
      const { safe, also } = step(states[0], line, blank, whole);
      boundary = safe;
      if (also) states = [states[0], also];
    } else {
      boundary = true;
      const after: SplitState[] = [];
      for (const state of states) {
        const { safe, also } = step(state, line, blank, whole);
        boundary &&= safe;
        after.push(state);
        if (also) after.push(also);
      }
      states = distinct(after);
    }
    if (boundary && lineStart > chunkStart) {
      chunks.push({ start: chunkStart, end: lineStart });
      if (stopAt?.(lineStart)) return { chunks, stop: lineStart };
      chunkStart = lineStart;
    }
    lineStart = next;
  }
  if (chunkStart < body.length || chunks.length === 0) chunks.push({ start: chunkStart, end: body.length });
  return { chunks };
}

interface SplitState {
  previousBlank: boolean;
  fence?: { char: string; length: number };
  /** The end of an open HTML block of types 1–5. */
  htmlClose?: RegExp;
  /** An HTML block that only a blank line ends (types 6 and 7) may be open. */
  htmlUntilBlank: boolean;
  /** A list may be open: a line started with a list marker since the last boundary. */
  listMayBeOpen: boolean;
}

/**
 * Reads one line in one state: whether a boundary before it is safe, and the state after it (updated
 * in place). A fence or raw HTML opener inside what may be an HTML block of type 6 or 7 is ambiguous:
 * if the block is real, the opener is part of it; if not, it opens. Both readings are returned and
 * followed until they agree again; a boundary needs every reading to allow it.
 */
function step(s: SplitState, line: string, blank: boolean, whole: () => string): { safe: boolean; also?: SplitState } {
  let safe = false;
  let also: SplitState | undefined;
  if (s.fence) {
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    if (close && close[1][0] === s.fence.char && close[1].length >= s.fence.length) s.fence = undefined;
  } else if (s.htmlClose) {
    if (s.htmlClose.test(whole())) s.htmlClose = undefined;
  } else {
    if (blank) s.htmlUntilBlank = false;
    const startsAtColumn0 = !blank && line[0] !== ' ' && line[0] !== '\t';
    safe =
      startsAtColumn0 &&
      ((ATX_HEADING.test(line) && !s.htmlUntilBlank) || (s.previousBlank && (!LIST_MARKER.test(line) || (!s.listMayBeOpen && STARTS_LIST_ANYWHERE.test(line)))));
    // A heading, or a column-0 line after a blank line, closes every list.
    if (safe) s.listMayBeOpen = false;
    if (LIST_LINE.test(line)) s.listMayBeOpen = true;
    const opened = opener(line, whole);
    if (opened && opened !== true) {
      if (s.htmlUntilBlank) also = { ...s, previousBlank: blank };
      s.htmlUntilBlank = false;
      Object.assign(s, opened);
    } else if (!opened && HTML_UNTIL_BLANK.test(line)) {
      s.htmlUntilBlank = true;
    }
  }
  s.previousBlank = blank;
  return { safe, also };
}

/** A fence or an HTML block of types 1–5 opened on this line: its state, true when it also closes there. */
function opener(line: string, whole: () => string): Pick<SplitState, 'fence' | 'htmlClose'> | true | undefined {
  const open = FENCE_OPEN.exec(line);
  if (open) return { fence: { char: open[1][0], length: open[1].length } };
  for (const h of HTML_OPENERS) {
    if (!h.open.test(line)) continue;
    // The block may close on its own first line.
    return h.close.test(whole().replace(h.open, '')) ? true : { htmlClose: h.close };
  }
  return undefined;
}

/** The states without repeats, and never more than a few: beyond that no boundary is trusted again. */
function distinct(states: SplitState[]): SplitState[] {
  const seen = new Map<string, SplitState>();
  for (const s of states) seen.set(`${s.previousBlank}|${s.fence?.char}${s.fence?.length}|${s.htmlClose?.source}|${s.htmlUntilBlank}|${s.listMayBeOpen}`, s);
  const out = [...seen.values()];
  return out.length <= MAX_READINGS ? out : [...out.slice(0, MAX_READINGS - 1), { previousBlank: false, fence: { char: '\u0000', length: Infinity }, htmlUntilBlank: false, listMayBeOpen: true }];
}

/** More readings than this are cut, and a fence that never closes keeps every later boundary out. */
const MAX_READINGS = 8;
