// Helpers for the end-to-end suite. Every wait listens to a VS Code event and gives up after a timeout:
// there are no fixed sleeps, so a fast machine is fast and a slow one only fails when something is wrong.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tender-lint.tender-lint';
export const SOURCE = 'tender-lint';
const DEFAULT_TIMEOUT_MS = 15000;

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder must be open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The rule id of a diagnostic, whether the server sent `code` as a string or as {value, target}. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * Resolves with our diagnostics for `uri` once `accept` holds for them, checking now and on every
 * onDidChangeDiagnostics for that document; rejects with what was last seen after the timeout.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!accept(current)) return false;
      done();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const seen = ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; saw ${JSON.stringify(seen)}`));
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
    }
    check();
  });
}

export const withCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === code);
export const hasCode = (code: string) => (ds: vscode.Diagnostic[]) => withCode(code)(ds).length > 0;
export const lacksCode = (code: string) => (ds: vscode.Diagnostic[]) => withCode(code)(ds).length === 0;

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  assert.strictEqual(doc.languageId, 'markdown', `${uri.path} should open as Markdown`);
  return vscode.window.showTextDocument(doc);
}

/** Opens an untitled Markdown document holding `content`. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc);
}

/**
 * Closes every editor without saving (untitled drafts too, which would otherwise raise a "save?"
 * dialog that nobody answers): each test leaves the window as it found it.
 */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    const before = vscode.window.activeTextEditor;
    await vscode.commands.executeCommand(before.document.isDirty
      ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.closeActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves when the document's text satisfies `accept` (edits from commands arrive asynchronously). */
export function waitForText(doc: vscode.TextDocument, accept: (text: string) => boolean, what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    if (accept(doc.getText())) return resolve(doc.getText());
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && accept(doc.getText())) { done(); resolve(doc.getText()); }
    });
    const timer = setTimeout(() => { done(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
    function done(): void { clearTimeout(timer); listener.dispose(); }
  });
}

/** Retries a provider query until it yields something: language features answer once the server is up. */
export async function untilNonEmpty<T>(query: () => Thenable<T[] | undefined>, what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await query();
    if (result && result.length > 0) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    // Providers have no "ready" event; wait for the next diagnostics change or 250 ms, whichever first.
    await new Promise<void>((r) => {
      const l = vscode.languages.onDidChangeDiagnostics(() => { l.dispose(); r(); });
      setTimeout(() => { l.dispose(); r(); }, 250);
    });
  }
}

/** Activates the extension under test (its client is started when activate resolves) and returns it. */
export async function activated(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this window`);
  await extension.activate();
  return extension;
}

/** Replaces the first occurrence of `find` in the document, unsaved, as a drafter typing would. */
export async function replaceText(doc: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  const at = doc.getText().indexOf(find);
  assert.ok(at >= 0, `"${find}" not found in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + find.length)), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

/** The position of the first occurrence of `text` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" not found in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}
