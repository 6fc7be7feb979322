// One chunk of the body (see blocks.ts) read into model pieces with chunk-relative offsets, and placed
// at its document offset. A chunk's model outlives the document version it was read from (the
// incremental parser keeps it while the chunk's text is unchanged), so it must not hold slices of
// that version's text: a V8 slice keeps its whole parent string alive, and a drafter's edits would
// otherwise keep every old copy of a large document in memory.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { detached, type Comment, type ListInfo, type Passage, type Section } from './model';
import { ModelBuilder } from './modelBuilder';
import { plainChunkModel } from './plainChunk';
import { tooComplexForMarkdown } from './complexity';

const processor = unified().use(remarkParse).use(remarkGfm);
/** A chunk larger than this is not given to micromark (super-linear on huge blocks): see linesChunk. */
export const MAX_CHUNK_CHARS = 200_000;

export type Block = { type: string; start: number; end: number };

/** What one chunk contributes to the model, with chunk-relative offsets. */
export interface ChunkModel {
  passages: Passage[];
  lists: ListInfo[];
  comments: Comment[];
  sections: Section[];
  blocks: Block[];
  definitions: Array<{ label: string; start: number; end: number }>;
  warning?: string;
  /** Length of the chunk's own text. */
  length: number;
  /** The pieces as last placed in a document: reused while the chunk stays at the same place. */
  placed?: Placed;
}

interface Placed {
  shift: number;
  sectionBase: number;
  listBase: number;
  passages: Passage[];
  lists: ListInfo[];
  comments: Comment[];
  blocks: Block[];
}

// Most chunks have no lists, comments or definitions: they share these (never mutated).
const NONE: never[] = [];
const orNone = <T>(items: T[]): T[] => (items.length === 0 ? NONE : items);

export function parseChunk(prefix: string, chunkText: string, fastPath = true): ChunkModel {
  if (chunkText.length > MAX_CHUNK_CHARS) return linesChunk(chunkText, `a block of ${chunkText.length} characters`);
  const plain = fastPath && prefix === '' ? plainChunkModel(chunkText) : undefined;
  if (plain) return detach(plain.passages, NONE, NONE, plain.sections, plain.blocks, NONE, chunkText.length);
  const tooComplex = tooComplexForMarkdown(chunkText);
  if (tooComplex) return linesChunk(chunkText, tooComplex);
  const source = prefix + chunkText;
  let tree: Root;
  const builder = new ModelBuilder(source, prefix.length);
  try {
    tree = processor.parse(source) as Root;
    builder.walk(tree);
  } catch (e) {
    // Recursion in the parser's tree transforms can still overflow on nesting the guard let through.
    if (e instanceof RangeError) return linesChunk(chunkText, 'nesting too deep for the Markdown parser');
    throw e;
  }
  const own = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= prefix.length);
  const blocks = own.map((n) => ({ type: n.type, start: builder.off(n, 'start'), end: builder.off(n, 'end') }));
  return detach(builder.passages, builder.lists, builder.comments, builder.sections, blocks, builder.definitions, chunkText.length);
}

/**
 * The chunk's model, its strings copied off the document (see the top of this file). Built as one
 * literal with every field, so that all models share one hidden class: spreading objects gave each
 * model a shape of its own, megabytes of them in a large document.
 */
function detach(
  passages: Passage[],
  lists: ListInfo[],
  comments: Comment[],
  sections: Section[],
  blocks: Block[],
  definitions: ChunkModel['definitions'],
  length: number,
  warning?: string,
): ChunkModel {
  for (const p of passages) {
    p.text = detached(p.text);
    // Trimmed to size: segments are pushed one by one, and a pushed-to array reserves room for 17.
    p.segments = p.segments.length === 0 ? NONE : p.segments.slice();
  }
  for (const s of sections) s.title = detached(s.title);
  for (const c of comments) c.body = detached(c.body);
  for (const d of definitions) d.label = detached(d.label);
  return { passages, lists: orNone(lists), comments: orNone(comments), sections: orNone(sections), blocks, definitions: orNone(definitions), warning, length, placed: undefined };
}

/**
 * A block too large or too pathological for the Markdown parser (a megabyte on one line, lists nested
 * thousands deep: see complexity.ts) is read as plain lines: each non-blank line becomes a paragraph,
 * so the rules still see its words.
 */
function linesChunk(text: string, reason: string): ChunkModel {
  const passages: Passage[] = [];
  // Lines found by scanning, not by a regular expression: V8's regexp interpreter can keep one
  // backtrack entry per character of a greedy match and overflow the stack on a 10 MB line.
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    if (line.trim() !== '') passages.push({ kind: 'paragraph', text: line, start, end, segments: [{ textStart: 0, from: 0, to: end - start, exact: true }], section: -1, depth: 0 });
    start = end + 1;
  }
  const warning = `Part of this document is too complex to read as Markdown (${reason}); it was checked as plain text.`;
  return detach(passages, NONE, NONE, NONE, [{ type: 'paragraph', start: 0, end: text.length }], NONE, text.length, warning);
}

/**
 * The chunk's pieces at document offsets. They are never mutated, so a chunk that sits where it sat
 * in the previous parse (everything before an edit) hands back the very same objects. The first
 * placement drops the chunk-relative passages: later ones are derived from the last placement.
 */
export function placed(model: ChunkModel, shift: number, sectionBase: number, listBase: number): Placed {
  const last = model.placed;
  if (last && last.shift === shift && last.sectionBase === sectionBase && last.listBase === listBase) return last;
  const from = last ?? { shift: 0, sectionBase: 0, listBase: 0, passages: model.passages, lists: model.lists, comments: model.comments, blocks: model.blocks };
  const by = shift - from.shift;
  const sectionBy = sectionBase - from.sectionBase;
  const listBy = listBase - from.listBase;
  const next: Placed = {
    shift,
    sectionBase,
    listBase,
    passages: from.passages.map((p) => ({
      kind: p.kind,
      text: p.text,
      start: p.start + by,
      end: p.end + by,
      segments: p.segments,
      // Chunk-relative -1 (before the chunk's first heading) becomes the last section before the chunk.
      section: p.section + sectionBy,
      depth: p.depth,
      listItem: p.listItem && { start: p.listItem.start + by, end: p.listItem.end + by, list: p.listItem.list + listBy },
      ...(p.cell && { cell: p.cell }),
    })),
    lists: from.lists.length === 0 ? NONE : from.lists.map((l) => ({ start: l.start + by, end: l.end + by, ordered: l.ordered, marker: l.marker, indent: l.indent })),
    comments: from.comments.length === 0 ? NONE : from.comments.map((c) => ({ start: c.start + by, end: c.end + by, body: c.body })),
    blocks: from.blocks.map((b) => ({ type: b.type, start: b.start + by, end: b.end + by })),
  };
  model.placed = next;
  if (!last) {
    // Later placements start from this one: the chunk-relative copies are no longer needed.
    model.passages = NONE;
    model.lists = NONE;
    model.comments = NONE;
    model.blocks = NONE;
  }
  return next;
}
