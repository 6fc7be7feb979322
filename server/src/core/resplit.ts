// After an edit, only the chunks around it are split and parsed again. The old and new bodies are
// compared from both ends; splitting restarts one chunk before the first change (a boundary depends
// on the line before it) and stops at the first boundary after the change that was also a boundary
// before it. From a shared boundary over identical text the splitter repeats itself exactly (see
// splitFrom), so the old chunks after it are kept, shifted by the edit's change in length.

import { splitFrom } from './blocks';
import { parseChunk, type ChunkModel } from './chunkModel';
import { lastAtOrBefore } from './model';

export interface ChunkEntry {
  /** Offsets in the body. */
  start: number;
  end: number;
  /** Definitions from other chunks the model was parsed with ('' almost always). */
  prefix: string;
  model: ChunkModel;
}

/** The new body's chunks, reusing the old ones outside the edit; entries [fresh.from, fresh.to) are new. */
export function resplit(oldBody: string, old: ChunkEntry[], body: string): { entries: ChunkEntry[]; fresh: { from: number; to: number } } {
  const prefix = commonPrefix(oldBody, body);
  if (prefix === oldBody.length && prefix === body.length) return { entries: old, fresh: { from: 0, to: 0 } };
  const suffix = commonSuffix(oldBody, body, Math.min(oldBody.length, body.length) - prefix);
  const delta = body.length - oldBody.length;
  const changedEnd = body.length - suffix;

  // The chunk holding the first changed character, then one more back.
  const restart = Math.max(0, lastStartingAtOrBefore(old, prefix) - 1);
  const { chunks, stop } = splitFrom(body, old[restart].start, (b) => b >= changedEnd && startingAt(old, b - delta) !== -1);

  // The replaced chunks' models, by text: an edit that leaves a chunk's text as it was (an undo, a
  // boundary that moved) does not parse it again.
  const replacedEnd = stop === undefined ? old.length : startingAt(old, stop - delta);
  const replaced = new Map<string, ChunkModel>();
  for (let i = restart; i < replacedEnd; i++) if (old[i].prefix === '') replaced.set(oldBody.slice(old[i].start, old[i].end), old[i].model);

  const entries = old.slice(0, restart);
  for (const c of chunks) {
    const text = body.slice(c.start, c.end);
    entries.push({ start: c.start, end: c.end, prefix: '', model: replaced.get(text) ?? parseChunk('', text) });
  }
  const fresh = { from: restart, to: entries.length };
  for (let i = replacedEnd; i < old.length; i++) {
    const e = old[i];
    entries.push(delta === 0 ? e : { start: e.start + delta, end: e.end + delta, prefix: e.prefix, model: e.model });
  }
  return { entries, fresh };
}

/** Index of the last entry starting at or before `offset` (entries are in order, the first at 0). */
function lastStartingAtOrBefore(entries: ChunkEntry[], offset: number): number {
  return lastAtOrBefore(entries.length, (i) => entries[i].start, offset);
}

function startingAt(entries: ChunkEntry[], offset: number): number {
  const i = lastStartingAtOrBefore(entries, offset);
  return entries[i].start === offset ? i : -1;
}

// Native string comparison is far faster than a character loop in JavaScript: compare ever larger
// blocks, then halve the first block that differs.
const FIRST_BLOCK = 256;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let at = 0;
  for (let size = FIRST_BLOCK; at < n; size *= 2) {
    const end = Math.min(n, at + size);
    if (a.slice(at, end) !== b.slice(at, end)) return at + firstDifference(a, b, at, end, 0);
    at = end;
  }
  return n;
}

/** Length of the common end of a and b, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let size = FIRST_BLOCK; at < limit; size *= 2) {
    const end = Math.min(limit, at + size);
    if (a.slice(a.length - end, a.length - at) !== b.slice(b.length - end, b.length - at)) return at + firstDifference(a, b, at, end, 1);
    at = end;
  }
  return limit;
}

/** The number of equal characters from `from` (counted from the start, or from the end) before the first difference, which lies before `to`. */
function firstDifference(a: string, b: string, from: number, to: number, fromEnd: 0 | 1): number {
  const part = (s: string, i: number, j: number) => (fromEnd ? s.slice(s.length - j, s.length - i) : s.slice(i, j));
  let lo = from;
  let hi = to;
  // Invariant: equal over [from, lo); the first difference is in [lo, hi).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (part(a, lo, mid) === part(b, lo, mid)) lo = mid;
    else hi = mid;
  }
  return lo - from;
}
