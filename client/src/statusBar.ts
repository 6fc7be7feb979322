// Status bar: the regime and date the server assumed for the active document and where they came
// from ("PCR 2015 · 2024-05-01 (front matter)"); clicking reveals the front matter.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface StatusParams {
  uri: string;
  regime: string;
  regimeSource: string;
  date: string;
  dateIsExplicit: boolean;
  regimeConfidence?: string;
  dateSource?: string;
  jurisdiction?: string;
  lightTouch?: boolean;
  evidence?: Array<{ line: number; field: string; value: string; reason: string; negated?: boolean }>;
  conflicts?: string[];
}

const REGIME_LABELS: Record<string, string> = {
  'pcr-2015': 'PCR 2015',
  'pa-2023': 'PA 2023',
  'pcsr-2015': 'PCSR 2015',
  'directive-2014-24': 'Directive 2014/24/EU',
  'psr-2023': 'Provider Selection Regime',
};

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
  md.appendMarkdown('.\n\n');
  for (const e of s.evidence ?? []) md.appendMarkdown(`- line ${e.line}: ${esc(e.field)} ${e.negated ? 'is not ' : ''}${esc(REGIME_LABELS[e.value] ?? e.value)}, from ${esc(e.reason)}\n`);
  for (const c of s.conflicts ?? []) md.appendMarkdown(`\n**Note:** ${esc(c)}\n`);
  md.appendMarkdown('\nClick to show or add the front matter.');
  return md;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tenderLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(client: LanguageClient) {
    this.item.name = 'Tender Lint regime';
    this.disposables.push(
      client.onNotification('tenderLint/status', (params: StatusParams) => {
        this.byUri.set(params.uri, params);
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
    this.item.command = { title: 'Show front matter', command: 'tenderLint.showFrontMatter', arguments: [status.uri] };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
