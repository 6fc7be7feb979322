// Code actions, rebuilt statelessly from the current document's lint: each finding's fixes as quick
// fixes, "fix all of this rule", "disable for the next line", "show documentation", and the
// source.fixAll.tenderLint action that editor.codeActionsOnSave runs.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { fixAll, primaryFix, type Finding, type LintOptions, type TextEdit } from './core';
import type { Analysis } from './documents';
import { DIAGNOSTIC_SOURCE, matchesFinding, minimalEdit, toLspEdit } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tenderLint`;
export const SHOW_DOCUMENTATION_COMMAND = 'tenderLint.showDocumentation';

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = analysis.result.findings.find((f) => matchesFinding(doc, diagnostic, f));
      if (finding) actions.push(...quickFixes(doc, analysis, finding, diagnostic));
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    const action = fixAllAction(doc, analysis.options, `Fix all Tender Lint problems`, FIX_ALL_KIND);
    if (action) actions.push(action);
  }
  return actions;
}

/** Whether a request can produce anything: one of our diagnostics, or a request for fix-all. */
export function wantsCodeActions(params: CodeActionParams): boolean {
  const only = params.context.only;
  if (only && wants(only, FIX_ALL_KIND)) return true;
  return wants(only, CodeActionKind.QuickFix) && params.context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Whether the client asked for `kind` (no filter, the kind itself, or a parent kind such as "source"). */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function quickFixes(doc: TextDocument, analysis: Analysis, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = finding.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred === true,
    edit: workspaceEdit(doc, fix.edits),
  }));
  const sameRule = analysis.result.findings.filter((f) => f.ruleId === finding.ruleId && primaryFix(f));
  if (sameRule.length > 1) {
    const action = fixAllAction(doc, analysis.options, `Fix all ${finding.ruleId} problems in this document`, CodeActionKind.QuickFix, [finding.ruleId]);
    if (action) actions.push(action);
  }
  const disable = disableNextLine(doc, analysis, finding);
  if (disable) {
    actions.push({ title: `Disable ${finding.ruleId} for the next line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(doc, [disable]) });
  }
  actions.push({
    title: `Show documentation for ${finding.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.ruleId] },
  });
  return actions;
}

/** Every certain fix (of some rules, or all), as one minimal edit of the document. */
export function fixAllEdit(doc: TextDocument, options: LintOptions, onlyRules?: string[]): TextEdit | undefined {
  const before = doc.getText();
  return minimalEdit(before, fixAll(before, options, onlyRules).text);
}

function fixAllAction(doc: TextDocument, options: LintOptions, title: string, kind: string, onlyRules?: string[]): CodeAction | undefined {
  const edit = fixAllEdit(doc, options, onlyRules);
  return edit ? { title, kind, edit: workspaceEdit(doc, [edit]) } : undefined;
}

/**
 * `<!-- tender-lint-disable-next-line rule -- reason -->` on its own line above the finding, indented
 * like it. Not offered inside front matter (YAML, not Markdown) or a table (a line there breaks it).
 */
function disableNextLine(doc: TextDocument, analysis: Analysis, finding: Finding): TextEdit | undefined {
  const model = analysis.result.doc;
  if (finding.start < model.bodyStart) return undefined;
  if (model.passages.some((p) => p.kind === 'tableCell' && p.start <= finding.start && finding.start <= p.end)) return undefined;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: doc.positionAt(finding.start).line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.start))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, text: `${indent}<!-- tender-lint-disable-next-line ${finding.ruleId} -- reason -->${eol}` };
}

let versionedEdits = true;

/** Clients that cannot take versioned document changes get plain `changes` (set from capabilities). */
export function useVersionedEdits(supported: boolean): void {
  versionedEdits = supported;
}

/** Versioned when the client allows it, so an edit built for an older version is refused, not misapplied. */
export function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  const lspEdits = edits.map((e) => toLspEdit(doc, e));
  if (!versionedEdits) return { changes: { [doc.uri]: lspEdits } };
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lspEdits }] };
}
