// Commands: the server's commands get the active document (and, for clauses, a quick pick) when
// run from the palette; restart, output and front matter are handled here in the client.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExecuteCommandSignature } from 'vscode-languageclient';
import { addFrontMatter, editorFor, showContext, type StatusLookup } from './contextCommands';

interface ClauseSummary {
  id: string;
  title: string;
  body: string;
}

type ClientGetter = () => LanguageClient | undefined;

function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor : undefined;
}

/**
 * The server registers tenderLint.fixAll and tenderLint.insertClause; from the palette they arrive
 * without arguments, so the active editor fills them in here.
 */
export async function executeCommandMiddleware(getClient: ClientGetter, command: string, args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  if (args.length > 0) return next(command, args);
  const editor = activeMarkdownEditor();
  if (command === 'tenderLint.fixAll') {
    if (!editor) return vscode.window.showInformationMessage('Tender Lint: open a Markdown document to fix.');
    return next(command, [editor.document.uri.toString()]);
  }
  if (command === 'tenderLint.insertClause') {
    if (!editor) return vscode.window.showInformationMessage('Tender Lint: open a Markdown document to insert a clause into.');
    const client = getClient();
    if (!client) return undefined;
    const clauses = await client.sendRequest<ClauseSummary[]>('tenderLint/clauses', { uri: editor.document.uri.toString() });
    if (clauses.length === 0) return vscode.window.showInformationMessage('Tender Lint: the clause library is empty.');
    const picked = await vscode.window.showQuickPick(
      clauses.map((c) => ({ label: c.title, description: c.id, detail: firstLine(c.body), id: c.id })),
      { placeHolder: 'Insert a standard clause at the cursor', matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return undefined;
    const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
    return next(command, [picked.id, editor.document.uri.toString(), position]);
  }
  return next(command, args);
}

function firstLine(body: string): string {
  const line = body.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

export function registerCommands(getClient: ClientGetter, output: vscode.OutputChannel, lookup: StatusLookup): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('tenderLint.restartServer', async () => {
      // The client re-sends every open document on restart, so they are linted again.
      await getClient()?.restart();
    }),
    vscode.commands.registerCommand('tenderLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('tenderLint.showFrontMatter', (uri?: string) => showFrontMatter(lookup, uri)),
    vscode.commands.registerCommand('tenderLint.showContext', (uri?: string) => showContext(lookup, uri)),
    vscode.commands.registerCommand('tenderLint.addFrontMatter', (uri?: string) => addFrontMatter(lookup, uri)),
  ];
}

/** Reveals and selects the document's front matter, or offers to add one with the inferred values. */
async function showFrontMatter(lookup: StatusLookup, uri?: string): Promise<void> {
  const editor = await editorFor(uri);
  if (!editor) return;
  const text = editor.document.getText();
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
  const close = open ? /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  if (open && close) {
    const end = editor.document.positionAt(open[0].length + close.index + close[0].length);
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), end);
    editor.revealRange(new vscode.Range(new vscode.Position(0, 0), end), vscode.TextEditorRevealType.AtTop);
    return;
  }
  const add = 'Add front matter';
  const choice = await vscode.window.showInformationMessage(
    'Tender Lint: this document has no front matter, so its regime and date were read from its text or assumed. Add front matter with those values to confirm them.',
    add,
  );
  if (choice === add) await addFrontMatter(lookup, editor.document.uri.toString());
}
