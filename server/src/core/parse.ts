// Markdown → document model, with unified + remark-parse (+ GFM tables and footnotes).
//
// The body is cut into chunks that parse the same alone as in the whole document (blocks.ts), each
// chunk is parsed on its own (micromark is super-linear on one huge parse) and cached by content, and
// the pieces are shifted back into place. Link reference and footnote definitions are document-wide,
// so a chunk that uses a label defined in another chunk is parsed again with those definitions
// prepended. Front matter is cut off first (frontMatter.ts).

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { splitIntoChunks } from './blocks';
import { extractFrontMatter } from './frontMatter';
import { computeLineStarts, type Comment, type DocumentModel, type ListInfo, type Passage, type Section } from './model';
import { finishSections, ModelBuilder } from './modelBuilder';
import { plainChunkModel } from './plainChunk';
import { tooComplexForMarkdown } from './complexity';

const processor = unified().use(remarkParse).use(remarkGfm);
/** A chunk larger than this is not given to micromark (super-linear on huge blocks): see linesChunk. */
export const MAX_CHUNK_CHARS = 200_000;

/** What one chunk contributes to the model, with chunk-relative offsets. Cached by content. */
interface ChunkModel {
  passages: Passage[];
  lists: ListInfo[];
  comments: Comment[];
  sections: Section[];
  blocks: Array<{ type: string; start: number; end: number }>;
  definitions: Array<{ label: string; start: number; end: number }>;
  warning?: string;
  /** Length of the chunk's own text. */
  length: number;
  /** The passages as last placed in a document: reused while the chunk stays at the same place. */
  placed?: { shift: number; sectionBase: number; listBase: number; passages: Passage[] };
}

type ChunkSource = (prefix: string, chunkText: string) => ChunkModel;

export interface Parser {
  parse(text: string): DocumentModel;
}

/**
 * A parser that remembers the chunks of the last document it parsed, so that after an edit only the
 * chunks whose text changed are parsed again. Use one per open document.
 */
export function createParser(): Parser {
  let cache = new Map<string, ChunkModel>();
  return {
    parse(text) {
      const next = new Map<string, ChunkModel>();
      const doc = assemble(text, (prefix, chunkText) => {
        const key = prefix === '' ? chunkText : `${prefix}\u0000${chunkText}`;
        const model = cache.get(key) ?? next.get(key) ?? parseChunk(prefix, chunkText);
        next.set(key, model);
        return model;
      });
      cache = next;
      return doc;
    },
  };
}

export function parse(text: string): DocumentModel {
  return assemble(text, parseChunk);
}

/** The reference the chunked parse must equal: the whole body in one micromark call (tests only). */
export function parseUnsplit(text: string): DocumentModel {
  return assemble(text, (prefix, chunkText) => parseChunk(prefix, chunkText, false), false);
}

function assemble(text: string, source: ChunkSource, split = true): DocumentModel {
  const frontMatter = extractFrontMatter(text);
  let bodyStart = frontMatter && !frontMatter.error?.message.includes('never closed') ? frontMatter.end : 0;
  if (bodyStart === 0 && text.charCodeAt(0) === 0xfeff) bodyStart = 1;
  const body = text.slice(bodyStart);
  const chunks = split ? splitIntoChunks(body) : [{ start: 0, end: body.length }];
  const texts = chunks.map((c) => body.slice(c.start, c.end));
  const models = texts.map((t) => source('', t));

  // Second pass, only for documents with definitions: give each chunk the definitions it may use
  // from other chunks. Including one it does not use changes nothing, so over-matching is safe.
  const definitions = models.flatMap((m, i) => m.definitions.map((d) => ({ label: d.label, chunk: i, text: texts[i].slice(d.start, d.end) })));
  if (definitions.length > 0) {
    texts.forEach((t, i) => {
      if (!t.includes(']')) return;
      const normalized = t.toLowerCase().replace(/\s+/g, ' ');
      const used = definitions.filter((d) => d.chunk !== i && normalized.includes(`[${d.label}`));
      if (used.length > 0) models[i] = source(`${used.map((d) => d.text).join('\n\n')}\n\n`, t);
    });
  }

  const doc: DocumentModel = { text, frontMatter, bodyStart, sections: [], passages: [], lists: [], comments: [], blocks: [], lineStarts: computeLineStarts(text), warnings: [] };
  models.forEach((m, i) => append(doc, m, bodyStart + chunks[i].start));
  finishSections(doc.sections, text.length);
  return doc;
}

/** Adds a chunk's pieces at `shift`, renumbering sections and lists to document-wide indices. */
function append(doc: DocumentModel, model: ChunkModel, shift: number): void {
  const sectionBase = doc.sections.length;
  const listBase = doc.lists.length;
  for (const s of model.sections) {
    doc.sections.push({ ...s, index: s.index + sectionBase, headingStart: s.headingStart + shift, headingEnd: s.headingEnd + shift, start: s.start + shift, end: s.end + shift, parent: -1, children: [] });
  }
  for (const l of model.lists) doc.lists.push({ ...l, start: l.start + shift, end: l.end + shift });
  for (const c of model.comments) doc.comments.push({ ...c, start: c.start + shift, end: c.end + shift });
  for (const b of model.blocks) doc.blocks.push({ type: b.type, start: b.start + shift, end: b.end + shift });
  for (const p of placedPassages(model, shift, sectionBase, listBase)) doc.passages.push(p);
  if (model.warning) doc.warnings.push({ start: shift, end: shift + model.length, message: model.warning });
}

/**
 * The chunk's passages at document offsets. Passages are never mutated, so a chunk that sits where it
 * sat in the previous parse (everything before an edit) hands back the very same objects.
 */
function placedPassages(model: ChunkModel, shift: number, sectionBase: number, listBase: number): Passage[] {
  const last = model.placed;
  if (last && last.shift === shift && last.sectionBase === sectionBase && last.listBase === listBase) return last.passages;
  const passages = model.passages.map((p) => ({
    kind: p.kind,
    text: p.text,
    start: p.start + shift,
    end: p.end + shift,
    segments: p.segments,
    section: p.section === -1 ? sectionBase - 1 : p.section + sectionBase,
    depth: p.depth,
    listItem: p.listItem && { start: p.listItem.start + shift, end: p.listItem.end + shift, list: p.listItem.list + listBase },
  }));
  model.placed = { shift, sectionBase, listBase, passages };
  return passages;
}

function parseChunk(prefix: string, chunkText: string, fastPath = true): ChunkModel {
  if (chunkText.length > MAX_CHUNK_CHARS) return linesChunk(chunkText, `a block of ${chunkText.length} characters`);
  const plain = fastPath && prefix === '' ? plainChunkModel(chunkText) : undefined;
  if (plain) return { ...plain, lists: [], comments: [], definitions: [], length: chunkText.length };
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
  return {
    length: chunkText.length,
    passages: builder.passages,
    lists: builder.lists,
    comments: builder.comments,
    sections: builder.sections,
    definitions: builder.definitions,
    blocks: own.map((n) => ({ type: n.type, start: builder.off(n, 'start'), end: builder.off(n, 'end') })),
  };
}

/**
 * A block too large or too pathological for the Markdown parser (a megabyte on one line, lists nested
 * thousands deep: see complexity.ts) is read as plain lines: each non-blank line becomes a paragraph,
 * so the rules still see its words.
 */
function linesChunk(text: string, reason: string): ChunkModel {
  const passages: Passage[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    const end = m.index + m[0].length;
    passages.push({ kind: 'paragraph', text: m[0], start: m.index, end, segments: [{ textStart: 0, from: 0, to: end - m.index, exact: true }], section: -1, depth: 0 });
  }
  return {
    length: text.length,
    passages,
    lists: [],
    comments: [],
    sections: [],
    definitions: [],
    blocks: [{ type: 'paragraph', start: 0, end: text.length }],
    warning: `Part of this document is too complex to read as Markdown (${reason}); it was checked as plain text.`,
  };
}
