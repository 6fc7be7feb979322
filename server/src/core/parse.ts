// Markdown → document model, with unified + remark-parse (+ GFM tables and footnotes).
//
// The body is cut into chunks that parse the same alone as in the whole document (blocks.ts), each
// chunk is parsed on its own (micromark is super-linear on one huge parse) and the pieces are shifted
// back into place (chunkModel.ts). Link reference and footnote definitions are document-wide, so a
// chunk that uses a label defined in another chunk is parsed again with those definitions prepended.
// Front matter is cut off first (frontMatter.ts). createParser() re-reads only what an edit touched.

import { splitIntoChunks } from './blocks';
import { parseChunk, placed, type ChunkModel } from './chunkModel';
import { extractFrontMatter } from './frontMatter';
import { computeLineStarts, type DocumentModel, type FrontMatter } from './model';
import { finishSections } from './modelBuilder';
import { resplit, type ChunkEntry } from './resplit';

export { MAX_CHUNK_CHARS } from './chunkModel';

export interface Parser {
  parse(text: string): DocumentModel;
}

interface Previous {
  body: string;
  entries: ChunkEntry[];
  /** The document's link reference and footnote definitions, in order ('' when there are none). */
  definitions: string;
}

/**
 * A parser that remembers the chunks of the last document it parsed, so that after an edit only the
 * chunks around the edit are split and parsed again (resplit.ts). Use one per open document.
 */
export function createParser(): Parser {
  let previous: Previous | undefined;
  return {
    parse(text) {
      const { frontMatter, bodyStart, body } = cutBody(text);
      let entries: ChunkEntry[] | undefined;
      let definitions = '';
      if (previous) {
        const next = resplit(previous.body, previous.entries, body);
        const defined = definitionsIn(next.entries, body);
        definitions = signatureOf(defined);
        // Chunks that use a definition from another chunk are parsed with it: while the definitions
        // stay as they were, only the new chunks need theirs; any change to them re-reads them all.
        if (definitions === previous.definitions) {
          entries = next.entries;
          if (defined.length > 0) for (let i = next.fresh.from; i < next.fresh.to; i++) withDefinitions(entries[i], i, defined, body, parseChunk);
        }
      }
      if (!entries) {
        entries = splitAndParse(body, cacheOf(previous));
        definitions = signatureOf(definitionsIn(entries, body));
      }
      previous = { body, entries, definitions };
      return assemble(text, frontMatter, bodyStart, entries);
    },
  };
}

export function parse(text: string): DocumentModel {
  const { frontMatter, bodyStart, body } = cutBody(text);
  return assemble(text, frontMatter, bodyStart, splitAndParse(body));
}

/** The reference the chunked parse must equal: the whole body in one micromark call (tests only). */
export function parseUnsplit(text: string): DocumentModel {
  const { frontMatter, bodyStart, body } = cutBody(text);
  return assemble(text, frontMatter, bodyStart, [{ start: 0, end: body.length, prefix: '', model: parseChunk('', body, false) }]);
}

function cutBody(text: string): { frontMatter: FrontMatter | undefined; bodyStart: number; body: string } {
  const frontMatter = extractFrontMatter(text);
  let bodyStart = frontMatter && !frontMatter.error?.message.includes('never closed') ? frontMatter.end : 0;
  if (bodyStart === 0 && text.charCodeAt(0) === 0xfeff) bodyStart = 1;
  return { frontMatter, bodyStart, body: text.slice(bodyStart) };
}

type ModelCache = Map<string, ChunkModel>;
const cacheKey = (prefix: string, text: string) => (prefix === '' ? text : `${prefix}\u0000${text}`);

/** The previous document's chunk models by text: the full split reuses whatever did not change. */
function cacheOf(previous: Previous | undefined): ModelCache {
  const cache: ModelCache = new Map();
  for (const e of previous?.entries ?? []) cache.set(cacheKey(e.prefix, previous!.body.slice(e.start, e.end)), e.model);
  return cache;
}

function splitAndParse(body: string, cache?: ModelCache): ChunkEntry[] {
  const read = (prefix: string, chunkText: string) => cache?.get(cacheKey(prefix, chunkText)) ?? parseChunk(prefix, chunkText);
  const entries: ChunkEntry[] = splitIntoChunks(body).map((c) => ({ start: c.start, end: c.end, prefix: '', model: read('', body.slice(c.start, c.end)) }));
  // Second pass, only for documents with definitions: give each chunk the definitions it may use
  // from other chunks.
  const defined = definitionsIn(entries, body);
  if (defined.length > 0) entries.forEach((e, i) => withDefinitions(e, i, defined, body, read));
  return entries;
}

interface Definition {
  label: string;
  chunk: number;
  text: string;
}

function definitionsIn(entries: ChunkEntry[], body: string): Definition[] {
  const out: Definition[] = [];
  entries.forEach((e, i) => {
    for (const d of e.model.definitions) out.push({ label: d.label, chunk: i, text: body.slice(e.start + d.start, e.start + d.end) });
  });
  return out;
}

const signatureOf = (defined: Definition[]) => defined.map((d) => `${d.label}\u0000${d.text}`).join('\u0001');

/**
 * Parses the chunk again with the definitions from other chunks whose labels it mentions (including
 * one it does not use changes nothing, so over-matching is safe), or leaves it as it is.
 */
function withDefinitions(e: ChunkEntry, index: number, defined: Definition[], body: string, read: (prefix: string, chunkText: string) => ChunkModel): void {
  const t = body.slice(e.start, e.end);
  if (!t.includes(']')) return;
  const normalized = t.toLowerCase().replace(/\s+/g, ' ');
  const used = defined.filter((d) => d.chunk !== index && normalized.includes(`[${d.label}`));
  if (used.length === 0) return;
  // The comment line ends the last definition: a footnote definition would otherwise take an
  // indented first line of the chunk as its own continuation.
  e.prefix = `${used.map((d) => d.text).join('\n\n')}\n\n<!-- -->\n\n`;
  e.model = read(e.prefix, t);
}

function assemble(text: string, frontMatter: FrontMatter | undefined, bodyStart: number, entries: ChunkEntry[]): DocumentModel {
  let lineStarts: number[] | undefined;
  const doc: DocumentModel = {
    text,
    frontMatter,
    bodyStart,
    sections: [],
    passages: [],
    lists: [],
    comments: [],
    blocks: [],
    // Only the CLI and inline directives need lines; the server counts them in its own text document.
    get lineStarts() {
      return (lineStarts ??= computeLineStarts(text));
    },
    warnings: [],
  };
  for (const e of entries) append(doc, e.model, bodyStart + e.start);
  finishSections(doc.sections, text.length);
  return doc;
}

/** Adds a chunk's pieces at `shift`, renumbering sections and lists to document-wide indices. */
function append(doc: DocumentModel, model: ChunkModel, shift: number): void {
  const sectionBase = doc.sections.length;
  const at = placed(model, shift, sectionBase, doc.lists.length);
  // Sections are rebuilt every time: their ends and parents depend on the chunks that follow.
  for (const s of model.sections) {
    doc.sections.push({
      index: s.index + sectionBase,
      title: s.title,
      depth: s.depth,
      headingStart: s.headingStart + shift,
      headingEnd: s.headingEnd + shift,
      start: s.start + shift,
      end: s.end + shift,
      parent: -1,
      children: [],
    });
  }
  pushAll(doc.lists, at.lists);
  pushAll(doc.comments, at.comments);
  pushAll(doc.blocks, at.blocks);
  pushAll(doc.passages, at.passages);
  if (model.warning) doc.warnings.push({ start: shift, end: shift + model.length, message: model.warning });
}

/** Indexed rather than for-of or spread: this runs for every chunk of every lint. */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}
