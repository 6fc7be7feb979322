// Code lens over the principles statement: how many of the principles the regime requires are
// stated, which are missing, and a command that inserts the missing wording.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver';
import type { LintResult } from './core';
import { principleChecklist } from './coreFeatures';
import { toRange } from './convert';

export const INSERT_PRINCIPLES_COMMAND = 'tenderLint.insertMissingPrinciples';


export function codeLenses(doc: TextDocument, result: LintResult): CodeLens[] {
  const checklist = principleChecklist(result.doc, result.context);
  if (!checklist) return [];
  const required = checklist.required.length;
  const stated = checklist.stated.length;
  const nameOf = new Map(checklist.required.map((p) => [p.id, p.name]));
  const missing = checklist.missing.map((id) => nameOf.get(id) ?? id);
  const summary = `Principles: ${stated} of ${required} stated${missing.length > 0 ? ` — ${missing.join(', ')} missing` : ''}`;
  const range = toRange(doc, checklist.anchor.start, checklist.anchor.end);
  const command =
    checklist.fix && missing.length > 0
      ? { title: summary, command: INSERT_PRINCIPLES_COMMAND, arguments: [doc.uri, doc.version] }
      : { title: summary, command: '' };
  return [{ range, command }];
}
