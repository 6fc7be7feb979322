// Hover: the core's explanation of the citation or term under the cursor, plus, inside a finding's
// range, why the rule exists and a link to its documentation.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { getRule, type Finding, type LintResult } from './core';
import { hoverAt } from './coreFeatures';
import { docsHref, toRange } from './convert';

/**
 * `quick` is the parse of the current text (hover never waits for a lint); `findings` are those of
 * the last lint, passed only when that lint is of the current version, so ranges are right.
 */
export function hover(doc: TextDocument, quick: LintResult, findings: Finding[] | undefined, offset: number): Hover | null {
  const parts: string[] = [];
  let start = offset;
  let end = offset;
  const core = hoverAt({ doc: quick.doc, context: quick.context, settings: quick.settings }, offset);
  if (core) {
    parts.push(core.markdown);
    start = core.start;
    end = core.end;
  }
  const seen = new Set<string>();
  for (const f of findings ?? []) {
    if (f.start > offset || offset > f.end || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = getRule(f.ruleId);
    if (!rule) continue;
    parts.push(`**Tender Lint: ${rule.id}**: ${rule.description}\n\n${rule.rationale}\n\n[Documentation for ${rule.id}](${docsHref(rule.id)})`);
    if (!core) {
      start = f.start;
      end = f.end;
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(doc, start, end) };
}
