// Completion: citations, defined terms and clauses from the core, answered from the current parse.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { LintResult } from './core';
import { completeAt, type CoreCompletionItem } from './coreFeatures';
import { toRange } from './convert';

const KINDS: Record<CoreCompletionItem['kind'], CompletionItemKind> = {
  provision: CompletionItemKind.Reference,
  clause: CompletionItemKind.Snippet,
  term: CompletionItemKind.Text,
};

/** Characters after which a citation or term can start ("reg 3|", "s.1|", "(|"). */
export const COMPLETION_TRIGGERS = [' ', '.', '('];

export function completion(doc: TextDocument, quick: LintResult, offset: number, snippets: boolean): CompletionItem[] {
  const items = completeAt({ doc: quick.doc, context: quick.context, settings: quick.settings }, offset);
  return items.map((item, index): CompletionItem => {
    const snippet = item.isSnippet === true && snippets;
    const out: CompletionItem = {
      label: item.label,
      kind: KINDS[item.kind] ?? CompletionItemKind.Text,
      // Keep the core's order: it ranks by relevance to the document's regime.
      sortText: String(index).padStart(5, '0'),
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toRange(doc, item.replaceStart, item.replaceEnd), newText: snippet ? item.insertText : stripTabStops(item.insertText, item.isSnippet === true) },
    };
    if (item.detail) out.detail = item.detail;
    if (item.documentation) out.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
    return out;
  });
}

/** For clients without snippet support: `${1:the Authority}` becomes "the Authority". */
function stripTabStops(text: string, isSnippet: boolean): string {
  if (!isSnippet) return text;
  return text.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '').replace(/\\([$}\\])/g, '$1');
}
