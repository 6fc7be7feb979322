// Fixes that change only what they fix: the core writes its fix texts with "\n"; here they take the
// document's own line-ending style (CRLF, LF or CR), a document that did not end with a line break
// still does not, and many edits are applied in one linear pass. Used by `--fix` (the CLI) and by the
// server's "Fix all" code actions.

import { compatibleFixes, runFixPasses, type Finding, type Fix, type LintOptions, type LintResult, type TextEdit } from './core';

export type Eol = '\r\n' | '\n' | '\r';

/** The line ending the text uses most ("\n" for a text without one). */
export function eolOf(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The edit with its line breaks in the document's style. */
export function withEol(edit: TextEdit, eol: Eol): TextEdit {
  if (!/[\r\n]/.test(edit.text)) return edit;
  const text = edit.text.replace(/\r\n|\r|\n/g, eol);
  return text === edit.text ? edit : { ...edit, text };
}

/** Applies edits sorted by start in one pass (O(length + edits)); an edit overlapping a kept one is dropped. */
export function applyEditsLinear(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end)) || e.start < at || e.end > text.length || e.start > e.end) continue;
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The edits of one "fix all" pass over an existing lint (the server's cached one): every certain fix
 * of the rules asked for that does not clash with another, in the document's line-ending style.
 */
export function fixAllEdits(text: string, findings: readonly Finding[], onlyRules?: readonly string[]): TextEdit[] {
  const eol = eolOf(text);
  const chosen = compatibleFixes(onlyRules ? findings.filter((f) => onlyRules.includes(f.ruleId)) : [...findings]);
  return chosen.flatMap((fix) => fix.edits.map((e) => withEol(e, eol)));
}

/**
 * Every certain fix of the reported findings, re-linting between passes as the core's fixAll does,
 * but keeping the document's line endings and whether it ends with a line break. `first` is a lint
 * of `text` already made.
 */
export function fixAllPreserving(text: string, options: LintOptions = {}, onlyRules?: readonly string[], first?: LintResult): { text: string; applied: number } {
  const eol = eolOf(text);
  const edits = (current: string, fixes: Fix[]) => {
    const style = eolOf(current);
    return fixes.flatMap((fix) => fix.edits.map((e) => withEol(e, style)));
  };
  const fixed = runFixPasses(text, options, onlyRules, { edits, apply: applyEditsLinear }, first);
  return { text: keepFinalLineBreak(text, fixed.text, eol), applied: fixed.applied };
}

const endsWithBreak = (s: string) => /[\r\n]$/.test(s);

/** A text that ended without a line break still does; one that ended with one still does. */
export function keepFinalLineBreak(before: string, after: string, eol: Eol = eolOf(before)): string {
  if (before === after || after === '') return after;
  if (!endsWithBreak(before) && before !== '' && endsWithBreak(after)) return after.replace(/(?:\r\n|\r|\n)+$/, '');
  if (endsWithBreak(before) && !endsWithBreak(after)) return after + eol;
  return after;
}
