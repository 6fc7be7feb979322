// Every fix's text is read in place before it is offered: a replacement must read as a sentence a
// drafter would have written. A rule writes the right words; this pass makes them fit their
// neighbours: "a"/"an" before them, no word said twice across the edit's edge, a capital at the
// start of a sentence and none in the middle, no doubled punctuation, and the preposition a
// platform takes ("on Find a Tender", not "in"). Where two fixes would leave the same name twice in
// one coordination ("in the OJEU and on the Central Digital Platform"), the coordination collapses.
// An edit may grow by a few characters on either side (the article, the preposition); it never
// reaches past the sentence it is in.

import type { Fix, TextEdit } from '../types';
import { articleFor, articleMismatches, sameCase } from './articles';

/** Names used without an article, and platforms one publishes "on". */
const NO_ARTICLE_NAMES = /^(?:Find a Tender(?! service)|Contracts Finder|Public Contracts Scotland|Sell2Wales|eTendersNI)\b/;
const PLATFORM_NAMES = /^(?:the\s+)?(?:Central Digital Platform|Find a Tender|Contracts Finder|Public Contracts Scotland|Sell2Wales|eTendersNI)\b/i;
const MAX_LOOK = 120;

/** The fix with every edit read in place; `needsReview` when a fix would repeat what the sentence already says. */
export function polishFix(text: string, fix: Fix): Fix {
  let review = fix.needsReview === true;
  const edits = fix.edits.map((e) => {
    const out = polishEdit(text, e);
    if (out.repeats) review = true;
    return out.edit;
  });
  return review ? { ...fix, edits, needsReview: true } : { ...fix, edits };
}

interface Polished {
  edit: TextEdit;
  /** The new words already stand in the same sentence and could not be collapsed. */
  repeats: boolean;
}

export function polishEdit(text: string, original: TextEdit): Polished {
  // Whole clauses and sentences inserted on their own lines are written by their rule; only their
  // internal articles are checked.
  if (original.text.includes('\n') || original.text.length > 300) return { edit: { ...original, text: fixArticlesInside(original.text) }, repeats: false };
  if (original.text.trim() === '') return { edit: original, repeats: false };
  let edit: TextEdit = { ...original, text: fixArticlesInside(original.text) };
  const collapsed = collapseCoordination(text, edit);
  if (collapsed) return { edit: collapsed, repeats: false };
  edit = dropRepeatedEdges(text, edit);
  edit = platformPreposition(text, edit);
  edit = articleBefore(text, edit);
  edit = sentenceCase(text, edit);
  edit = punctuationJoins(text, edit);
  return { edit, repeats: repeatsInSentence(text, original, edit) };
}

function fixArticlesInside(s: string): string {
  let out = s;
  for (const m of articleMismatches(s).reverse()) out = out.slice(0, m.index) + m.wanted + out.slice(m.index + m.written.length);
  return out;
}

/** "an" → "a" (or the reverse) when the article just before the edit no longer agrees. */
function articleBefore(text: string, edit: TextEdit): TextEdit {
  const before = text.slice(Math.max(0, edit.start - 6), edit.start);
  const m = /(?:^|[^\p{L}])([Aa]n?)(\s+)$/u.exec(before);
  if (!m) return edit;
  const first = /^[^\s]+/.exec(edit.text)?.[0];
  const wanted = first && articleFor(first);
  if (!wanted || wanted === m[1].toLowerCase()) return edit;
  const start = edit.start - m[1].length - m[2].length;
  return { start, end: edit.end, text: `${sameCase(wanted, m[1])}${m[2]}${edit.text}` };
}

const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

/** Up to four plain words (no punctuation) at the end of `s`, nearest last. */
function wordsAtEnd(s: string): string[] {
  const tokens = s.trimEnd().split(/[ \t]+/).slice(-4);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && PLAIN_WORD.test(tokens[i]); i--) out.unshift(tokens[i]);
  return out;
}

/** Up to four plain words at the start of `s`. */
function wordsAtStart(s: string): string[] {
  const tokens = s.trimStart().split(/[ \t\n]+/).slice(0, 4);
  const out: string[] = [];
  for (const t of tokens) {
    const word = /^([\p{L}\p{N}][\p{L}\p{N}'’-]*)[.,;:!?)]+$/u.exec(t);
    if (word) {
      // "applies." still starts with the word "applies"; nothing after the stop belongs to the phrase.
      out.push(word[1]);
      break;
    }
    if (!PLAIN_WORD.test(t)) break;
    out.push(t);
  }
  return out;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.length > 0 && a.every((w, i) => w.toLowerCase() === b[i].toLowerCase());
}

/** Up to four words the edit would say twice with its neighbours: "the the", "Regulations Regulations". */
function dropRepeatedEdges(text: string, edit: TextEdit): TextEdit {
  let out = edit.text;
  const before = text.slice(Math.max(0, edit.start - MAX_LOOK), edit.start);
  // Only words joined to the edit by a space can repeat across it ("the| the"), not across a full stop.
  if (/[ \t]$/.test(before) && !/^\s/.test(out)) {
    const b = wordsAtEnd(before);
    const o = wordsAtStart(out);
    for (let k = Math.min(4, b.length, o.length - 1); k >= 1; k--) {
      if (sameWords(b.slice(-k), o.slice(0, k))) {
        out = out.replace(new RegExp(String.raw`^(?:\S+[ \t]+){${k}}`), '');
        break;
      }
    }
  }
  const after = text.slice(edit.end, edit.end + MAX_LOOK);
  if (/^[ \t]/.test(after) && !/\s$/.test(out)) {
    const a = wordsAtStart(after);
    const t = wordsAtEnd(out);
    const total = out.trim().split(/\s+/).length;
    for (let k = Math.min(4, a.length, t.length, total - 1); k >= 1; k--) {
      if (sameWords(t.slice(-k), a.slice(0, k))) {
        out = out.replace(new RegExp(String.raw`(?:[ \t]+\S+){${k}}$`), '');
        break;
      }
    }
  }
  return out === edit.text ? edit : { ...edit, text: out };
}

/** "published in the Central Digital Platform" → "published on …"; "the Find a Tender" → "Find a Tender". */
function platformPreposition(text: string, edit: TextEdit): TextEdit {
  if (!PLATFORM_NAMES.test(edit.text)) return edit;
  let start = edit.start;
  let out = edit.text;
  const the = /(?:^|[^\p{L}])(the|The)([ \t]+)$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (the && NO_ARTICLE_NAMES.test(out)) start -= the[1].length + the[2].length;
  const prep = /(?:^|[^\p{L}])(in|In)([ \t]+(?:the[ \t]+)?)$/u.exec(text.slice(Math.max(0, start - 12), start));
  if (prep) {
    out = `${prep[1] === 'In' ? 'On' : 'on'}${prep[2]}${out}`;
    start -= prep[1].length + prep[2].length;
  }
  return start === edit.start && out === edit.text ? edit : { start, end: edit.end, text: out };
}

/** Capital at a sentence start; "The"/"A"/"An" lower-cased in mid-sentence. */
function sentenceCase(text: string, edit: TextEdit): TextEdit {
  const first = edit.text[0];
  if (!first || !/\p{L}/u.test(first)) return edit;
  const replaced = text.slice(edit.start, edit.end);
  const window = text.slice(Math.max(0, edit.start - MAX_LOOK), edit.start);
  const prefix = window.slice(window.lastIndexOf('\n') + 1);
  const startsSentence = /^\s*(?:(?:[-*+]|\d{1,3}[.)]|#{1,6}|>)\s+)*$/.test(prefix) || /[.!?]["'’”)]?\s+$/.test(prefix) || /^\s*$/.test(prefix);
  const inTableCell = /\|\s*$/.test(prefix);
  if (startsSentence && !inTableCell && first !== first.toUpperCase()) return { ...edit, text: first.toUpperCase() + edit.text.slice(1) };
  const midSentence = /[\p{L}\p{N},;]\s+$/u.test(prefix) && !/[.!?]["'’”)]?\s+$/.test(prefix);
  if (midSentence && /^(?:The|A|An)\s/.test(edit.text) && !/^[A-Z]/.test(replaced)) return { ...edit, text: first.toLowerCase() + edit.text.slice(1) };
  return edit;
}

/** No "..", ",.", double spaces or space before a comma where the edit meets its neighbours. */
function punctuationJoins(text: string, edit: TextEdit): TextEdit {
  let out = edit.text;
  const after = text.charAt(edit.end);
  const before = text.charAt(edit.start - 1);
  if (/[.,;:]$/.test(out) && after === out[out.length - 1]) out = out.slice(0, -1);
  if (/^\s/.test(out) && /\s/.test(before) && before !== '\n') out = out.replace(/^[ \t]+/, '');
  if (/\s$/.test(out) && /[ \t]/.test(after)) out = out.replace(/[ \t]+$/, '');
  if (/^[.,;:]/.test(out) && before === out[0]) out = out.slice(1);
  return out === edit.text ? edit : { ...edit, text: out };
}

const CONJUNCTION = String.raw`(?:\s*\/\s*|\s+(?:and\/or|and|or|&)\s+)`;
const COORDINATION_AFTER = new RegExp(`^${CONJUNCTION}`, 'i');
const COORDINATION_BEFORE = new RegExp(`${CONJUNCTION}(?:(?:in|on|to|via)\\s+)?(?:the\\s+)?$`, 'i');

/**
 * "in the OJEU and on the Central Digital Platform": replacing OJEU would name the platform twice,
 * so the coordination becomes the part that is already right. The same for "X and in the OJEU".
 */
function collapseCoordination(text: string, edit: TextEdit): TextEdit | undefined {
  const name = edit.text.replace(/^the\s+/i, '').trim();
  if (name.length < 3 || /\s{2}|\n/.test(name)) return undefined;
  const after = text.slice(edit.end, edit.end + MAX_LOOK);
  const before = text.slice(Math.max(0, edit.start - MAX_LOOK), edit.start);
  // Only a coordination can collapse: test for its joining word before building a pattern per name.
  if (!COORDINATION_AFTER.test(after) && !COORDINATION_BEFORE.test(before)) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forward = new RegExp(String.raw`^${CONJUNCTION}((?:(?:in|on|to|via)\s+)?(?:the\s+)?${escaped})\b`, 'i').exec(after);
  if (forward) {
    const lead = /(?:\b(in|on|to|via)\s+)?(?:\bthe\s+)?$/i.exec(text.slice(Math.max(0, edit.start - 12), edit.start));
    const start = edit.start - (lead ? lead[0].length : 0);
    // "in the OJEU/Find a Tender": the kept name takes the first one's preposition, as a platform takes it.
    const ownPreposition = /^(?:in|on|to|via)\s/i.test(forward[1]);
    const prep = !ownPreposition && lead?.[1] ? `${/^in$/i.test(lead[1]) && PLATFORM_NAMES.test(forward[1]) ? 'on' : lead[1]} ` : '';
    return { start, end: edit.end + forward[0].length, text: `${prep}${forward[1]}` };
  }
  const backward = new RegExp(String.raw`\b${escaped}(${CONJUNCTION}(?:(?:in|on|to|via)\s+)?(?:the\s+)?)$`, 'i').exec(before);
  if (backward) return { start: edit.start - backward[1].length, end: edit.end, text: '' };
  return undefined;
}

/** The sentence still names the replacement elsewhere: the fix may say a thing twice. */
function repeatsInSentence(text: string, original: TextEdit, edit: TextEdit): boolean {
  const name = original.text.replace(/^the\s+/i, '').trim();
  if (name.split(/\s+/).length < 2) return false;
  // Bounded windows: a document without full stops must not be scanned end to end for every fix.
  const before = text.slice(Math.max(0, edit.start - 300), edit.start);
  const after = text.slice(edit.end, edit.end + 300);
  const stop = after.indexOf('.');
  const sentence = `${before.slice(before.lastIndexOf('.') + 1)} ${stop === -1 ? after : after.slice(0, stop)}`;
  return sentence.toLowerCase().includes(name.toLowerCase());
}
