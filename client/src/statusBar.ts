// Status bar: the regime and date the server assumed for the active document and where they came
// from ("PCR 2015 · 2024-05-01 (front matter)"); clicking lists the evidence (see contextCommands.ts).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { contextLogLine } from './contextCommands';
import { REGIME_LABELS, type StatusParams } from './statusParams';

const SOURCE_LABELS: Record<string, string> = {
  'front-matter': 'front matter',
  config: 'settings',
  text: 'stated in the document',
  citations: 'inferred from citations',
  date: 'inferred from the date',
  default: 'default regime',
};

export function statusText(s: StatusParams): string {
  const date = s.dateIsExplicit ? s.date : `today, ${s.date}`;
  return `${REGIME_LABELS[s.regime] ?? s.regime} · ${date} (${SOURCE_LABELS[s.regimeSource] ?? s.regimeSource})`;
}

/** The document kinds in words (a tender covers ITTs, ITPDs, ISITs and requests for quotation). */
const KIND_LABELS: Record<string, string> = {
  tender: 'a tender document',
  specification: 'a specification',
  strategy: 'a procurement strategy',
  notice: 'a notice',
  guidance: 'guidance',
  report: 'a report',
  minutes: 'minutes',
  other: 'another kind of document',
};

const CONFIDENCE: Record<string, string> = {
  certain: 'certain',
  likely: 'likely: read from a date or place the document gives',
  guess: 'a guess: add front matter to say which law governs this document',
};

/** The tooltip: each value with the words it was read from, so a wrong reading can be corrected. */
export function statusTooltip(s: StatusParams): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  const esc = (t: string) => t.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
  md.appendMarkdown(`**Tender Lint** checks this document against **${esc(REGIME_LABELS[s.regime] ?? s.regime)}**`);
  if (s.regimeConfidence) md.appendMarkdown(` (${esc(CONFIDENCE[s.regimeConfidence] ?? s.regimeConfidence)})`);
  md.appendMarkdown(`, for a procurement starting ${esc(s.dateIsExplicit ? s.date : `today (${s.date}): no date was found`)}`);
  if (s.jurisdiction) md.appendMarkdown(`, in ${esc(s.jurisdiction)}`);
  if (s.lightTouch) md.appendMarkdown(', under the light touch rules');
  if (s.kind) md.appendMarkdown(`; read as ${esc(KIND_LABELS[s.kind] ?? s.kind)}${s.kindSource === 'text' ? ' from its title or sections' : ''}`);
  md.appendMarkdown('.\n\n');
  for (const e of s.evidence ?? []) md.appendMarkdown(`- line ${e.line}: ${esc(e.field)} ${e.negated ? 'is not ' : ''}${esc(REGIME_LABELS[e.value] ?? e.value)}, from ${esc(e.reason)}\n`);
  for (const c of s.conflicts ?? []) md.appendMarkdown(`\n**Note:** ${esc(c)}\n`);
  md.appendMarkdown('\nClick to jump to the words each value came from, or to add front matter with these values.');
  return md;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tenderLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(client: LanguageClient, private readonly output?: { appendLine(line: string): void }) {
    this.item.name = 'Tender Lint regime';
    this.disposables.push(
      client.onNotification('tenderLint/status', (params: StatusParams) => {
        this.byUri.set(params.uri, params);
        // The server sends a status only when it changes: one line per document opened or re-read.
        this.output?.appendLine(contextLogLine(params));
        this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
    );
    this.refresh();
  }

  private refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc ? this.byUri.get(doc.uri.toString()) : undefined;
    if (!doc || doc.languageId !== 'markdown' || !status) {
      this.item.hide();
      return;
    }
    this.item.text = `$(law) ${statusText(status)}`;
    this.item.tooltip = statusTooltip(status);
    this.item.command = { title: 'Where this came from', command: 'tenderLint.showContext', arguments: [status.uri] };
    this.item.show();
  }

  /** The last status the server sent for a document. */
  get(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
