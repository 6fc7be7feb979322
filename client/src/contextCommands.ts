// The document's procurement context in the editor: a quick pick that lists the words each value was
// read from and jumps to them, front matter filled in with what was inferred (so a drafter confirms
// rather than types it), and one line in the output channel each time a document's context changes.

import * as vscode from 'vscode';
import { REGIME_LABELS, type StatusParams } from './statusParams';

export type StatusLookup = (uri: string) => StatusParams | undefined;

/** The front matter that states what Tender Lint inferred; an unknown date is left for the drafter. */
export function frontMatterFor(s: StatusParams | undefined, today: string): vscode.SnippetString {
  const regimes = ['pa-2023', 'pcr-2015', 'pcsr-2015', 'directive-2014-24', 'psr-2023'];
  const regime = s?.regime && regimes.includes(s.regime) ? s.regime : undefined;
  const snippet = new vscode.SnippetString('---\ntender-lint:\n  regime: ');
  // The inferred regime first, so Tab accepts it; the others stay one keystroke away.
  snippet.appendChoice(regime ? [regime, ...regimes.filter((r) => r !== regime)] : regimes);
  snippet.appendText('\n  date: ');
  snippet.appendPlaceholder(s?.dateIsExplicit ? s.date : today);
  if (s?.lightTouch) snippet.appendText('\n  lightTouch: true');
  if (s?.kind) snippet.appendText(`\n  kind: ${s.kind}`);
  snippet.appendText('\n---\n\n');
  return snippet;
}

/** One output-channel line: what was assumed for the document and why. */
export function contextLogLine(s: StatusParams): string {
  const regime = REGIME_LABELS[s.regime] ?? s.regime;
  const date = s.dateIsExplicit ? `${s.date} (${s.dateSource ?? 'stated'})` : `${s.date} (today: no date found)`;
  const parts = [`${regime} (${s.regimeSource}${s.regimeConfidence ? `, ${s.regimeConfidence}` : ''})`, date];
  if (s.jurisdiction) parts.push(s.jurisdiction);
  if (s.lightTouch) parts.push('light touch');
  if (s.kind) parts.push(s.kind);
  const evidence = (s.evidence ?? []).map((e) => `line ${e.line} ${e.field}${e.negated ? ' is not' : ''} ${e.value} (${e.reason})`);
  return `[context] ${safeName(s.uri)}: ${parts.join(' · ')}${evidence.length ? ` — ${evidence.join('; ')}` : ''}`;
}

function safeName(uri: string): string {
  // Control characters in a file name would garble the channel.
  return uri.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/** Inserts front matter at the top of the document, with the inferred values filled in. */
export async function addFrontMatter(lookup: StatusLookup, uri?: string): Promise<boolean> {
  const editor = await editorFor(uri);
  if (!editor) return false;
  if (/^(?:\uFEFF)?---[ \t]*\r?\n/.test(editor.document.getText())) {
    void vscode.window.showInformationMessage('Tender Lint: this document already has front matter.');
    return false;
  }
  const today = new Date().toISOString().slice(0, 10);
  const status = await statusOf(lookup, editor.document.uri.toString());
  return editor.insertSnippet(frontMatterFor(status, today), new vscode.Position(0, 0));
}

/** The status bar's click: each piece of evidence, to jump to it, and the front matter actions. */
export async function showContext(lookup: StatusLookup, uri?: string): Promise<void> {
  const editor = await editorFor(uri);
  if (!editor) return;
  const s = lookup(editor.document.uri.toString());
  type Item = vscode.QuickPickItem & { line?: number; action?: 'add' | 'show' };
  const items: Item[] = (s?.evidence ?? []).map((e) => ({
    label: `$(go-to-file) Line ${e.line}: ${e.field} ${e.negated ? 'is not ' : ''}${REGIME_LABELS[e.value] ?? e.value}`,
    description: e.reason,
    line: e.line,
  }));
  const hasFrontMatter = /^(?:\uFEFF)?---[ \t]*\r?\n/.test(editor.document.getText());
  items.push(
    hasFrontMatter
      ? { label: '$(symbol-key) Show front matter', action: 'show' }
      : { label: '$(add) Add front matter with these values', description: 'state the regime and date so nothing is guessed', action: 'add' },
  );
  const picked = await vscode.window.showQuickPick(items, { placeHolder: s ? `Tender Lint read this document as ${REGIME_LABELS[s.regime] ?? s.regime}: where that came from` : 'Tender Lint' });
  if (!picked) return;
  if (picked.action === 'add') {
    await addFrontMatter(lookup, editor.document.uri.toString());
    return;
  }
  if (picked.action === 'show') {
    await vscode.commands.executeCommand('tenderLint.showFrontMatter', editor.document.uri.toString());
    return;
  }
  if (picked.line !== undefined) revealLine(editor, picked.line - 1);
}

export function revealLine(editor: vscode.TextEditor, line: number): void {
  const at = Math.max(0, Math.min(line, editor.document.lineCount - 1));
  const range = editor.document.lineAt(at).range;
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A document opened a moment ago may not have its first lint yet: wait briefly for what was read. */
async function statusOf(lookup: StatusLookup, uri: string): Promise<StatusParams | undefined> {
  for (let waited = 0; waited < 3000; waited += 100) {
    const s = lookup(uri);
    if (s) return s;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** The editor for the command's document, or the active Markdown editor when no URI is given. */
export async function editorFor(uri?: string): Promise<vscode.TextEditor | undefined> {
  if (typeof uri === 'string') {
    // Look for the open document first: showing an untitled URI that VS Code no longer (or not yet)
    // maps to a document creates a new, empty draft, and the command would then act on that instead.
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (visible) return vscode.window.showTextDocument(visible.document, visible.viewColumn);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open) return vscode.window.showTextDocument(open);
    const parsed = vscode.Uri.parse(uri);
    if (parsed.scheme === 'untitled') return undefined;
    try {
      return await vscode.window.showTextDocument(parsed);
    } catch {
      return undefined;
    }
  }
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor : undefined;
}
