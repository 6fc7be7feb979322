// Shared fixtures of the protocol tests: a small, realistic invitation to tender, and applying a
// WorkspaceEdit the way an editor does (LSP ranges back to offsets, then the core's applyEdits).

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits } from '../../server/src/core';

export const TENDER = [
  '---',
  'tender-lint:',
  '  regime: pcr-2015',
  '  date: 2024-05-01',
  '  kind: tender',
  '  clauses:',
  '    - id: our-site-visit',
  '      title: Site visit',
  '      body: "Bidders may visit the site on the dates given in the timetable."',
  '---',
  '',
  '# Invitation to tender for cleaning services',
  '',
  '## Introduction',
  '',
  'The procedure is the restricted procedure under regulation 28 of the Public Contracts Regulations 2015.',
  '',
  '## Principles',
  '',
  'The Authority will treat all bidders equally and without discrimination.',
  '',
  'See regulation ',
  '',
].join('\n');

/** The text after a workspace edit, computed as an editor would. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const lspEdits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) if ('edits' in change && change.textDocument.uri === uri) lspEdits.push(...(change.edits as TextEdit[]));
  lspEdits.push(...(edit.changes?.[uri] ?? []));
  return applyEdits(text, lspEdits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText })));
}

