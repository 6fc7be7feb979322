// The edge between the core's UTF-16 offsets and LSP's line/character positions. Offsets are
// converted here and nowhere else, with the TextDocument the server synchronises.

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type MessageType,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl, type Finding, type Severity, type TextEdit } from './core';

export const DIAGNOSTIC_SOURCE = 'tender-lint';

/** docs/rules/ ships next to dist/, so the bundled server finds it one folder up. */
const DOCS_BASE = pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href;

export function docsHref(ruleId: string): string {
  return ruleDocsUrl(ruleId, DOCS_BASE);
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toLspEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit.start, edit.end), newText: edit.text };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsHref(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.data) diagnostic.data = finding.data;
  const related: DiagnosticRelatedInformation[] = (finding.related ?? []).map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.start, r.end) }, message: r.message }));
  // The legal explanation, under the short message: editors show related information in the
  // Problems panel and the hover without cutting the message off.
  if (finding.detail) related.unshift({ location: { uri: doc.uri, range: diagnostic.range }, message: finding.detail });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/**
 * Whether a diagnostic the client sends back (code action context) is this finding: same rule, same
 * range, same data. Quick fixes are rebuilt from the current document rather than stored.
 */
export function matchesFinding(doc: TextDocument, diagnostic: Diagnostic, finding: Finding): boolean {
  if (diagnostic.code !== finding.ruleId) return false;
  const range = toRange(doc, finding.start, finding.end);
  if (!samePosition(range.start, diagnostic.range.start) || !samePosition(range.end, diagnostic.range.end)) return false;
  return stableJson(diagnostic.data ?? null) === stableJson(finding.data ?? null);
}

function samePosition(a: Range['start'], b: Range['start']): boolean {
  return a.line === b.line && a.character === b.character;
}

/** JSON with sorted keys: clients may reorder object keys on the way back. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * One edit that turns `before` into `after`: the changed middle between a common prefix and suffix.
 * Keeps the drafter's cursor and undo history sensible when a whole-document fix changes little.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** window/showMessage as a notification: every client shows it, none has to answer. */
export function tellUser(connection: { sendNotification(method: string, params: unknown): unknown }, type: MessageType, message: string): void {
  void connection.sendNotification('window/showMessage', { type, message });
}
