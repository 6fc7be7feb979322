// The fast path of the parser: most chunks of a tender are an ATX heading or paragraphs of plain
// prose, with no character that Markdown could turn into anything else. For those, the model is
// built directly from the lines, exactly as micromark would build it (the chunked-parse tests compare
// the two on every kind of input); anything else goes to micromark.

import type { Passage, Section } from './model';

/** Characters that may start inline markup, an escape, a reference, a table cell or an HTML tag. */
const SPECIAL = /[*_`[\]<>\\~|]|&[#A-Za-z0-9]/;
/** Lines that may start a block other than a paragraph, or continue one in a special way. */
const BLOCK_START = /^[ ]{0,3}(?:[#>=+\-*_`~<|[]|\d{1,9}[.)](?:[ \t]|$))/;
const ATX = /^(#{1,6})[ ]+/;

export interface PlainChunk {
  passages: Passage[];
  sections: Section[];
  blocks: Array<{ type: string; start: number; end: number }>;
}

export function plainChunkModel(text: string): PlainChunk | undefined {
  if (text.includes('\t') || SPECIAL.test(text)) return undefined;
  const lines = splitLines(text);
  const passages: Passage[] = [];
  const sections: Section[] = [];
  const blocks: PlainChunk['blocks'] = [];
  let i = 0;
  if (lines.length > 0) {
    const heading = atxHeading(text, lines[0]);
    if (heading === null) return undefined; // a "#" line we do not handle here
    if (heading) {
      sections.push({ index: 0, title: heading.content, depth: heading.depth, headingStart: heading.start, headingEnd: heading.end, start: heading.start, end: text.length, parent: -1, children: [] });
      passages.push({ kind: 'heading', text: heading.content, start: heading.start, end: heading.end, segments: heading.content ? [{ textStart: 0, from: heading.contentStart - heading.start, to: heading.contentStart - heading.start + heading.content.length, exact: true }] : [], section: 0, depth: heading.depth });
      blocks.push({ type: 'heading', start: heading.start, end: heading.end });
      i = 1;
    }
  }
  const section = sections.length - 1;
  let afterBlank = true;
  let paragraph: Array<{ start: number; end: number; ending: string; hardBreak: boolean }> = [];
  const flush = () => {
    if (paragraph.length > 0) {
      const passage = paragraphPassage(text, paragraph, section);
      passages.push(passage);
      blocks.push({ type: 'paragraph', start: passage.start, end: passage.end });
    }
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      flush();
      afterBlank = true;
      continue;
    }
    const indent = content.length - content.trimStart().length;
    if (BLOCK_START.test(content) || (paragraph.length === 0 && indent >= 4)) return undefined;
    const start = line.start + indent;
    const trimmedEnd = line.start + content.trimEnd().length;
    paragraph.push({ start, end: trimmedEnd, ending: line.ending, hardBreak: line.end - trimmedEnd >= 2 });
    afterBlank = false;
  }
  flush();
  return { passages, sections, blocks };
}

interface Line {
  start: number;
  end: number;
  ending: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, ending: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, ending: '' });
  return lines;
}

/**
 * An ATX heading on the chunk's first line: undefined when the line is not a heading, null when it is
 * one we leave to micromark (empty, indented, or with a closing sequence we would have to interpret).
 */
function atxHeading(text: string, line: Line): { depth: number; content: string; contentStart: number; start: number; end: number } | undefined | null {
  const raw = text.slice(line.start, line.end);
  if (!raw.startsWith('#')) return undefined;
  const m = ATX.exec(raw);
  if (!m) return null;
  const body = raw.slice(m[0].length).trimEnd();
  if (body === '' || body.endsWith('#')) return null;
  return { depth: m[1].length, content: body, contentStart: line.start + m[0].length, start: line.start, end: line.end };
}

function paragraphPassage(text: string, lines: Array<{ start: number; end: number; ending: string; hardBreak: boolean }>, section: number): Passage {
  const parts: string[] = [];
  const segments: Passage['segments'] = [];
  const base = lines[0].start;
  let length = 0;
  lines.forEach((l, k) => {
    segments.push({ textStart: length, from: l.start - base, to: l.end - base, exact: true });
    parts.push(text.slice(l.start, l.end));
    length += l.end - l.start;
    if (k < lines.length - 1) {
      // A soft break keeps the source line ending; a hard break (two trailing spaces) becomes "\n".
      // The whitespace around it maps as one inexact stretch.
      const ending = l.hardBreak ? '\n' : l.ending;
      segments.push({ textStart: length, from: l.end - base, to: lines[k + 1].start - base, exact: false });
      parts.push(ending);
      length += ending.length;
    }
  });
  const last = lines[lines.length - 1];
  const lastLineEnd = lineEndAfter(text, last.end);
  return { kind: 'paragraph', text: parts.join(''), start: lines[0].start, end: lastLineEnd, segments, section, depth: 0 };
}

/** The end of the line holding `offset`, before its line ending (a paragraph keeps trailing spaces). */
function lineEndAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
