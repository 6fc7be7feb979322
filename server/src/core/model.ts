// The document model rules read: sections (the heading tree), passages of prose with a map back to
// source offsets, lists, HTML comments (for directives) and the parsed front matter.

export interface FrontMatter {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  /** Offset where the YAML itself starts (after the opening fence). */
  contentStart: number;
  raw: string;
  /** The parsed YAML, or undefined when it did not parse. */
  data: unknown;
  error?: { message: string; start: number; end: number };
}

/**
 * A stretch of passage text that comes from one stretch of source. `from` and `to` are relative to
 * the passage's start, so a passage moved by an edit elsewhere keeps its segments unchanged.
 */
export interface Segment {
  textStart: number;
  from: number;
  to: number;
  /** True when text and source agree character for character (no escapes or entities). */
  exact: boolean;
}

export type PassageKind = 'heading' | 'paragraph' | 'tableCell';

/**
 * One unit of prose: a heading, a paragraph or a table cell. Its text joins the text nodes and leaves
 * out code, inline code, HTML and link targets; inline code becomes U+FFFC so that phrases never
 * match across it.
 */
export interface Passage {
  kind: PassageKind;
  text: string;
  start: number;
  end: number;
  segments: Segment[];
  /** Index into DocumentModel.sections, or -1 before the first heading. */
  section: number;
  /** Heading depth for headings; 0 otherwise. */
  depth: number;
  /** Set when the paragraph is the body of a list item: offsets of that item. */
  listItem?: { start: number; end: number; list: number };
  /** Set on table cells: the row (0 is the header row) and column within the table. */
  cell?: { row: number; column: number };
}

export interface Section {
  index: number;
  title: string;
  depth: number;
  headingStart: number;
  headingEnd: number;
  /** From the heading to just before the next heading of the same or a higher level. */
  start: number;
  end: number;
  parent: number;
  children: number[];
}

export interface ListInfo {
  start: number;
  end: number;
  ordered: boolean;
  /** The marker as written on the first item: "-", "*", "+", "1.", "1)". */
  marker: string;
  /** Column of the marker, for nested lists. */
  indent: number;
}

export interface Comment {
  start: number;
  end: number;
  /** Inner text of `<!-- … -->`, trimmed. */
  body: string;
}

export interface DocumentModel {
  text: string;
  frontMatter?: FrontMatter;
  /** Offset where the Markdown body starts (after front matter). */
  bodyStart: number;
  sections: Section[];
  passages: Passage[];
  lists: ListInfo[];
  comments: Comment[];
  /** Offsets of the top-level blocks, in order. */
  blocks: Array<{ type: string; start: number; end: number }>;
  lineStarts: number[];
  /** Parts of the document that could not be read as Markdown (too large), with a message. */
  warnings: Array<{ start: number; end: number; message: string }>;
}

/**
 * In items sorted by a key, the index of the last whose key is at or before `value` (0 when none is;
 * -1 when there are no items). Segments, lines, chunks and covered spans are all looked up this way.
 */
export function lastAtOrBefore(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return hi;
}

/** The segment holding a passage-text index (the last one starting at or before it). */
function segmentAt(passage: Passage, textIndex: number): Segment | undefined {
  const segs = passage.segments;
  return segs[lastAtOrBefore(segs.length, (i) => segs[i].textStart, textIndex)];
}

/** Source offset where the character at a passage-text index starts. */
export function sourceOffset(passage: Passage, textIndex: number): number {
  const seg = segmentAt(passage, textIndex);
  if (!seg) return passage.start;
  const delta = Math.max(0, textIndex - seg.textStart);
  if (seg.exact) return passage.start + Math.min(seg.from + delta, seg.to);
  // An escape or a character reference cannot be mapped inside: use its start.
  return passage.start + seg.from;
}

/** The passage-text index of a document offset, or -1 when the offset is not in an exact segment. */
export function textIndexAt(passage: Passage, offset: number): number {
  const rel = offset - passage.start;
  for (const seg of passage.segments) {
    if (seg.exact && rel >= seg.from && rel <= seg.to) return seg.textStart + (rel - seg.from);
  }
  return -1;
}

/** Source offset just after the character at a passage-text index. */
function sourceOffsetAfter(passage: Passage, textIndex: number): number {
  const seg = segmentAt(passage, textIndex);
  if (!seg) return passage.start;
  if (seg.exact) return passage.start + Math.min(seg.from + Math.max(0, textIndex - seg.textStart) + 1, seg.to);
  return passage.start + seg.to;
}

/** Source range of a match [from, to) in a passage's text. */
export function sourceRange(passage: Passage, from: number, to: number): { start: number; end: number } {
  const start = sourceOffset(passage, from);
  const end = to > from ? sourceOffsetAfter(passage, to - 1) : start;
  return { start, end: Math.max(start, Math.min(end, passage.end)) };
}

/** A copy of `s` that does not keep the (much larger) string it was sliced from alive. */
export function detached(s: string): string {
  // V8 shares memory for slices of 13 or more characters; concatenating and slicing again copies.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and UTF-16 character of an offset, as LSP counts them. */
export function positionAt(lineStarts: number[], offset: number): { line: number; character: number } {
  const line = lastAtOrBefore(lineStarts.length, (i) => lineStarts[i], offset);
  return { line, character: offset - lineStarts[line] };
}

/** The innermost section containing an offset, or -1. */
export function sectionAt(doc: DocumentModel, offset: number): number {
  let found = -1;
  for (const s of doc.sections) {
    if (s.start > offset) break;
    if (offset < s.end || (offset === s.end && s.end === doc.text.length)) found = s.index;
  }
  return found;
}
