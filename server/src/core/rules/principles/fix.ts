// Quick fixes that add the missing principles in the document's own style: a sentence appended to the
// paragraph that states the others, new items in the same list (same marker, indent and spacing), or a
// new paragraph. They only insert; the drafter's text is never deleted or reflowed.

import type { DocumentModel } from '../../model';
import type { Fix, TextEdit } from '../../types';
import { PRINCIPLES, commitmentSentence, fullStatement, type PrincipleId, type PrincipleSet, type Wording } from '../../knowledge/principles';
import { listItems, type InsertTarget, type PassageInfo } from './statements';

function names(ids: PrincipleId[]): string {
  const n = ids.map((id) => PRINCIPLES[id].name);
  return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

export function fixTitle(ids: PrincipleId[]): string {
  return `Add a statement of ${names(ids)}`;
}

/** A fix adding `missing` at `target`. */
export function buildFix(doc: DocumentModel, infos: PassageInfo[], target: InsertTarget, missing: PrincipleId[], wording: Wording, preferred: boolean): Fix {
  const title = fixTitle(missing);
  if (target.type === 'list') return { title, preferred, edits: [listEdit(doc, infos, target.list, missing, wording)] };
  if (target.type === 'paragraph') return { title, preferred, edits: [paragraphEdit(doc, target.at, commitmentSentence(missing, wording))] };
  const before = doc.text.slice(Math.max(0, target.at - 1), target.at);
  // A paragraph that stops without a full stop still gets a separate sentence.
  const joiner = /[\p{L}\p{N})\]]/u.test(before) ? '. ' : ' ';
  return { title, preferred, edits: [{ start: target.at, end: target.at, text: `${joiner}${commitmentSentence(missing, wording, true)}` }] };
}

/**
 * An edit adding `body` as a paragraph of its own after the block ending at `at`: a blank line before it,
 * and one after it when text follows on the next line (which would otherwise continue the new paragraph,
 * or underline it into a setext heading). After a block that runs on to the end of the document (an
 * unclosed code fence or HTML comment) the paragraph would become part of it, so it goes before it.
 */
function paragraphEdit(doc: DocumentModel, at: number, body: string): TextEdit {
  const open = doc.blocks.find((b) => b.end === at && swallowsWhatFollows(doc.text.slice(b.start, b.end), b.type));
  if (open) return { start: open.start, end: open.start, text: `${body}\n\n` };
  const textFollows = /^(?:\r\n|\r|\n)[ \t]{0,200}\S/.test(doc.text.slice(at, at + 210));
  return { start: at, end: at, text: `\n\n${body}${textFollows ? '\n' : ''}` };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_CLOSERS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

/** A fenced code block without its closing fence, or an HTML block of the kinds only a closer ends. */
function swallowsWhatFollows(source: string, type: string): boolean {
  if (type === 'code') {
    const fence = FENCE.exec(source);
    if (!fence) return false;
    const lines = source.split(/\r\n|\r|\n/);
    const close = new RegExp(String.raw`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \t]*$`);
    return lines.length < 2 || !close.test(lines[lines.length - 1]);
  }
  if (type !== 'html') return false;
  const kind = HTML_CLOSERS.find(([opener]) => opener.test(source));
  return kind !== undefined && !kind[1].test(source.slice(2));
}

/** The full statement as a new paragraph, for a document that states none of the principles. */
export function fullStatementFix(doc: DocumentModel, set: PrincipleSet, at: number, wording: Wording, atBodyStart: boolean): Fix {
  const clause = fullStatement(set, wording);
  const edit = atBodyStart ? { start: at, end: at, text: `${clause}\n\n` } : paragraphEdit(doc, at, clause);
  return { title: `Insert the ${set.regime === 'pa-2023' ? 'procurement objectives' : 'procurement principles'} clause`, preferred: true, edits: [edit] };
}

const MARKER = /^([-*+]|(\d{1,9})([.)]))([ \t]+)/;

function listEdit(doc: DocumentModel, infos: PassageInfo[], list: number, missing: PrincipleId[], wording: Wording): { start: number; end: number; text: string } {
  const all = listItems(infos, list).map((i) => ({ info: i, item: i.passage.listItem! }));
  // A new item goes after the last item that holds no nested list: appended after nested content (or a
  // lazy line deep inside it), "- x" would join the innermost list instead of this one.
  const flat = (i: (typeof all)[number]) => !doc.lists.some((l) => l.start > i.item.start && l.start < i.item.end);
  let anchor = all.length - 1;
  while (anchor > 0 && !flat(all[anchor])) anchor--;
  const items = all.slice(0, anchor + 1);
  const last = items[items.length - 1];
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', last.item.start - 1) + 1;
  const rawPrefix = text.slice(lineStart, last.item.start);
  const prefix = /^[ \t>]*$/.test(rawPrefix) ? rawPrefix : ' '.repeat(rawPrefix.length);
  const marker = MARKER.exec(text.slice(last.item.start, last.item.start + 16));
  const first = MARKER.exec(text.slice(items[0].item.start, items[0].item.start + 16));
  // "1. 1. 1." (lazy numbering) stays lazy; otherwise the new items continue the count.
  const step = items.length > 1 && first?.[2] === marker?.[2] ? 0 : 1;
  let nextNumber = marker?.[2] ? Number(marker[2]) + step : 0;
  const markerText = (n: number) => (marker?.[2] ? `${n}${marker[3]}` : (marker?.[1] ?? '-'));
  const gap = marker?.[4] ?? ' ';
  const loose = items.length > 1 && /\n[ \t>]*\r?\n/.test(text.slice(items[0].item.end, items[1].item.start));
  const separator = loose ? `\n${prefix.replace(/[ \t]+$/, '')}\n` : '\n';

  const lines: string[] = [];
  if (itemsAreNames(items.map((i) => i.info))) {
    const sample = items[0].info.passage.text.trim();
    const upper = /^[A-Z]/.test(sample);
    // "a;", "b;", "c." : new items continue the middle items' punctuation and end like the last one.
    const endingOf = (i: PassageInfo) => (/[.;,]$/.test(i.passage.text.trim()) ? i.passage.text.trim().slice(-1) : '');
    const finalEnding = endingOf(last.info);
    const middleEnding = items.length > 1 ? endingOf(items[0].info) : finalEnding;
    missing.forEach((id, n) => {
      const name = PRINCIPLES[id].name;
      const ending = n === missing.length - 1 ? finalEnding : middleEnding;
      lines.push(`${markerText(nextNumber)}${gap}${upper ? name.charAt(0).toUpperCase() + name.slice(1) : name}${ending}`);
      nextNumber += step;
    });
  } else {
    lines.push(`${markerText(nextNumber)}${gap}${commitmentSentence(missing, wording, true)}`);
  }
  const inserted = lines.map((l) => `${separator}${prefix}${l}`).join('');
  return { start: last.item.end, end: last.item.end, text: inserted };
}

/** Items that are principle names ("Equal treatment;") rather than sentences. */
function itemsAreNames(items: PassageInfo[]): boolean {
  const words = items.map((i) => i.passage.text.trim().split(/\s+/).length);
  return words.reduce((a, b) => a + b, 0) / Math.max(1, words.length) <= 6;
}
