// Output formats of the CLI. JSON and SARIF positions are 0-based (JSON, as LSP) and 1-based
// (SARIF, as its spec says), both in UTF-16 code units.

import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRule, positionAt, ruleDocsUrl, rules, type Finding, type Severity } from '../core';
import { escapeControl } from '../node/configFiles';
import { contextLines, type ContextSummary } from './context';

export interface FileReport {
  file: string;
  /** Path as the user should see it (relative to the working directory). */
  display: string;
  findings: Finding[];
  lineStarts: number[];
  /** With --fix-dry-run: the unified diff of the fixes that --fix would write. */
  diff?: string;
  /** With --print-context only. */
  context?: ContextSummary;
}

export const DOCS_BASE = 'docs/rules';
const position = (lineStarts: number[], offset: number) => positionAt(lineStarts, offset);

export function toJson(reports: FileReport[]): string {
  const out = reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.display,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(f.detail ? { detail: f.detail } : {}),
      range: { start: position(r.lineStarts, f.start), end: position(r.lineStarts, f.end) },
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ range: { start: position(r.lineStarts, e.start), end: position(r.lineStarts, e.end) }, text: e.text })),
      })),
    })),
  );
  // The findings array is the contract; --print-context wraps it, so that nothing changes unasked.
  if (reports.some((r) => r.context)) return JSON.stringify({ findings: out, contexts: reports.map((r) => ({ file: r.display, context: r.context })) }, null, 2);
  return JSON.stringify(out, null, 2);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A 1-based SARIF region of a UTF-16 offset range. */
function sarifRegion(lineStarts: number[], from: number, to: number) {
  const start = position(lineStarts, from);
  const end = position(lineStarts, to);
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * Where a rule's page is: the docs shipped beside the CLI (file: URI, readable offline), when the
 * package has them. `docsDir` is the folder of the rule pages.
 */
export function docsUriFor(docsDir: string | undefined): ((id: string) => string) | undefined {
  if (!docsDir || !existsSync(docsDir)) return undefined;
  return (id) => pathToFileURL(join(docsDir, `${id}.md`)).href;
}

export function toSarif(reports: FileReport[], version: string, docsUri?: (id: string) => string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const region = sarifRegion(r.lineStarts, f.start, f.end);
      const uri = toUri(r.display);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: SARIF_LEVEL[f.severity],
        message: f.detail ? { text: `${f.message} ${f.detail}` } : { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region,
            },
          },
        ],
        // SARIF fix objects, so that a viewer (GitHub code scanning, the SARIF viewer) can offer them.
        ...(f.fixes.length > 0
          ? {
              fixes: f.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  { artifactLocation: { uri }, replacements: fix.edits.map((e) => ({ deletedRegion: sarifRegion(r.lineStarts, e.start, e.end), insertedContent: { text: e.text } })) },
                ],
              })),
            }
          : {}),
      };
    }),
  );
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'tender-lint',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.rationale },
              help: { text: `${rule.rationale} See ${ruleDocsUrl(rule.id, DOCS_BASE)}.` },
              ...(docsUri ? { helpUri: docsUri(rule.id) } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/**
 * A relative URI reference that resolves back to the file: each path segment percent-encoded (a `\`
 * is a folder separator only on Windows; elsewhere it is part of the name and becomes %5C).
 */
export function toUri(path: string, separator: string = sep): string {
  const segments = separator === '\\' ? path.split(/[\\/]/) : path.split('/');
  const encoded = segments.map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeSegment(s))).join('/');
  if (/^[A-Za-z]:$/.test(segments[0] ?? '')) return `file:///${encoded}`; // C:\… on Windows
  if (path.startsWith('/')) return `file://${encoded}`;
  return encoded;
}

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves !'()* alone and throws on a lone surrogate; RFC 3986 allows the
  // former, and the latter (not a valid file name character) becomes U+FFFD.
  return encodeURIComponent(segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

export function toText(reports: FileReport[], errors: string[]): string {
  const lines: string[] = [];
  let errorCount = 0;
  let otherCount = 0;
  for (const r of reports) {
    if (r.findings.length === 0 && !r.context) continue;
    lines.push(escapeControl(r.display));
    if (r.context) lines.push(...contextLines(r.context));
    for (const f of r.findings) {
      const p = position(r.lineStarts, f.start);
      const fixable = f.fixes.length > 0 ? ' (fixable)' : '';
      // A message quotes the document; neither it nor the file name may steer the terminal.
      lines.push(`  ${p.line + 1}:${p.character + 1}  ${f.severity.padEnd(7)}  ${escapeControl(f.message)}  ${f.ruleId}${fixable}`);
      if (f.severity === 'error') errorCount++;
      else otherCount++;
    }
    lines.push('');
  }
  for (const e of errors) lines.push(`tender-lint: ${escapeControl(e)}`);
  const total = errorCount + otherCount;
  const files = reports.length;
  lines.push(
    total === 0
      ? `No problems found in ${files} file${files === 1 ? '' : 's'}.`
      : `${total} problem${total === 1 ? '' : 's'} (${errorCount} error${errorCount === 1 ? '' : 's'}, ${otherCount} other) in ${files} file${files === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}

export function describeRule(id: string): string {
  return getRule(id)?.description ?? id;
}
