// Code actions, rebuilt statelessly from the current document's lint: each finding's fixes as quick
// fixes, "fix all of this rule", "disable for the next line", "show documentation", and the
// source.fixAll.tenderLint action that editor.codeActionsOnSave runs.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { primaryFix, type Finding, type LintOptions, type TextEdit } from './core';
import type { Analysis } from './documents';
import { DIAGNOSTIC_SOURCE, matchesFinding, minimalEdit, toLspEdit } from './convert';
import { isDiagnosticLike } from './guard';
import { eolOf, fixAllEdits, fixAllPreserving, type Eol } from './preservingFix';

/**
 * What every code action request on one analysis shares, computed once: findings by rule and range
 * (a diagnostic is matched by a map look-up, not a scan), each rule's "fix all" edits (one pass over
 * the cached lint, not a re-lint), the document's line ending. A request with 100 diagnostics costs
 * about what one with 1 costs.
 */
interface Shared {
  byRange: Map<string, Finding[]>;
  fixableByRule: Map<string, number>;
  fixAllByRule: Map<string, TextEdit[]>;
  wholeDocument?: TextEdit | null;
  eol: Eol;
}

const shared = new WeakMap<Analysis, Shared>();

function sharedOf(doc: TextDocument, analysis: Analysis): Shared {
  let s = shared.get(analysis);
  if (!s) {
    const byRange = new Map<string, Finding[]>();
    const fixableByRule = new Map<string, number>();
    for (const f of analysis.result.findings) {
      const start = doc.positionAt(f.start);
      const end = doc.positionAt(f.end);
      const key = rangeKey(f.ruleId, start.line, start.character, end.line, end.character);
      const list = byRange.get(key);
      if (list) list.push(f);
      else byRange.set(key, [f]);
      if (primaryFix(f)) fixableByRule.set(f.ruleId, (fixableByRule.get(f.ruleId) ?? 0) + 1);
    }
    s = { byRange, fixableByRule, fixAllByRule: new Map(), eol: eolOf(doc.getText()) };
    shared.set(analysis, s);
  }
  return s;
}

const rangeKey = (rule: unknown, sl: number, sc: number, el: number, ec: number) => `${String(rule)}|${sl}:${sc}|${el}:${ec}`;

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tenderLint`;
export const SHOW_DOCUMENTATION_COMMAND = 'tenderLint.showDocumentation';

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const s = sharedOf(doc, analysis);
    const seen = new Set<Finding>();
    /** "Fix all <rule>" once per request and rule, however many of its diagnostics the request carries. */
    const rulesOffered = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (!isDiagnosticLike(diagnostic) || diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const { start, end } = diagnostic.range;
      const candidates = s.byRange.get(rangeKey(diagnostic.code, start.line, start.character, end.line, end.character)) ?? [];
      const finding = candidates.find((f) => matchesFinding(doc, diagnostic, f));
      if (finding && !seen.has(finding)) {
        seen.add(finding);
        actions.push(...quickFixes(doc, analysis, finding, diagnostic, s, rulesOffered));
      }
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    // On save (editor.codeActionsOnSave): every fix, re-linting between passes, once per analysis.
    const s = sharedOf(doc, analysis);
    if (s.wholeDocument === undefined) s.wholeDocument = fixAllEdit(doc, analysis.options) ?? null;
    if (s.wholeDocument) actions.push({ title: `Fix all Tender Lint problems`, kind: FIX_ALL_KIND, edit: workspaceEdit(doc, [s.wholeDocument]) });
  }
  return actions;
}

/** Whether a request can produce anything: one of our diagnostics, or a request for fix-all. */
export function wantsCodeActions(params: CodeActionParams): boolean {
  const only = params.context.only;
  if (only && wants(only, FIX_ALL_KIND)) return true;
  return wants(only, CodeActionKind.QuickFix) && params.context.diagnostics.some((d) => isDiagnosticLike(d) && d.source === DIAGNOSTIC_SOURCE);
}

/** Whether the client asked for `kind` (no filter, the kind itself, or a parent kind such as "source"). */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function quickFixes(doc: TextDocument, analysis: Analysis, finding: Finding, diagnostic: Diagnostic, s: Shared, rulesOffered: Set<string>): CodeAction[] {
  const actions: CodeAction[] = finding.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred === true && !fix.needsReview,
    edit: workspaceEdit(doc, fix.edits), // exactly the core's edits (the security tests hold them to that)
  }));
  if ((s.fixableByRule.get(finding.ruleId) ?? 0) > 1 && !rulesOffered.has(finding.ruleId)) {
    rulesOffered.add(finding.ruleId);
    const title = `Fix all ${finding.ruleId} problems in this document`;
    if (lazyFixAll) {
      // The client asks for the edit (codeAction/resolve) only when the drafter picks the action.
      const data: FixAllData = { fixAll: finding.ruleId, uri: doc.uri, version: doc.version };
      actions.push({ title, kind: CodeActionKind.QuickFix, data });
    } else {
      const edits = ruleFixAll(doc, analysis, s, finding.ruleId);
      if (edits.length > 0) actions.push({ title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, edits) });
    }
  }
  const disable = disableNextLine(doc, analysis, finding, s.eol);
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

/** One pass of a rule's certain fixes over the cached lint, computed once per analysis. */
function ruleFixAll(doc: TextDocument, analysis: Analysis, s: Shared, ruleId: string): TextEdit[] {
  let edits = s.fixAllByRule.get(ruleId);
  if (!edits) {
    edits = fixAllEdits(doc.getText(), analysis.result.findings, [ruleId]);
    s.fixAllByRule.set(ruleId, edits);
  }
  return edits;
}

export interface FixAllData {
  fixAll: string;
  uri: string;
  version: number;
}

export function isFixAllData(v: unknown): v is FixAllData {
  const d = v as FixAllData | undefined;
  return typeof d === 'object' && d !== null && typeof d.fixAll === 'string' && typeof d.uri === 'string' && Number.isInteger(d.version);
}

/**
 * codeAction/resolve for a lazy "Fix all <rule>": the edit, if the document is still at the version
 * the action was offered for (otherwise no edit: applying it to other text would misplace it).
 */
export function resolveFixAll(doc: TextDocument | undefined, analysis: Analysis | undefined, action: CodeAction): CodeAction {
  const data = action.data;
  if (!isFixAllData(data) || !doc || !analysis || doc.version !== data.version || analysis.version !== data.version) return action;
  const edits = ruleFixAll(doc, analysis, sharedOf(doc, analysis), data.fixAll);
  return edits.length > 0 ? { ...action, edit: workspaceEdit(doc, edits) } : action;
}

let lazyFixAll = false;

/** Clients that resolve a code action's edit (resolveSupport: edit) get "Fix all <rule>" lazily. */
export function useLazyFixAll(supported: boolean): void {
  lazyFixAll = supported;
}

/** Every certain fix (of some rules, or all), in the document's line endings, as one minimal edit of the document. */
export function fixAllEdit(doc: TextDocument, options: LintOptions, onlyRules?: string[]): TextEdit | undefined {
  const before = doc.getText();
  return minimalEdit(before, fixAllPreserving(before, options, onlyRules).text);
}

/**
 * `<!-- tender-lint-disable-next-line rule -- reason -->` on its own line above the finding, indented
 * like it. Not offered inside front matter (YAML, not Markdown) or a table (a line there breaks it).
 */
function disableNextLine(doc: TextDocument, analysis: Analysis, finding: Finding, eol: Eol): TextEdit | undefined {
  const model = analysis.result.doc;
  if (finding.start < model.bodyStart) return undefined;
  if (model.passages.some((p) => p.kind === 'tableCell' && p.start <= finding.start && finding.start <= p.end)) return undefined;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: doc.positionAt(finding.start).line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.start))![0];
  return { start: lineStart, end: lineStart, text: `${indent}<!-- tender-lint-disable-next-line ${finding.ruleId} -- reason -->${eol}` };
}

let versionedEdits = true;

/** Clients that cannot take versioned document changes get plain `changes` (set from capabilities). */
export function useVersionedEdits(supported: boolean): void {
  versionedEdits = supported;
}

/** Versioned when the client allows it, so an edit built for an older version is refused, not misapplied. */
export function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  // An edit at a null or NaN position would be applied somewhere by some client: refuse to build one.
  for (const e of edits) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && typeof e.text === 'string')) {
      throw new Error(`refusing an edit with an invalid range (${e.start}..${e.end})`);
    }
  }
  const lspEdits = edits.map((e) => toLspEdit(doc, e));
  if (!versionedEdits) return { changes: { [doc.uri]: lspEdits } };
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lspEdits }] };
}
