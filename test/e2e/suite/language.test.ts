// Hover, completion and the contributed snippets, as a drafter meets them while typing.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activated, closeAll, hasCode, lacksCode, open, openUntitled, positionOf, untilNonEmpty, waitForDiagnostics, waitForText, workspaceUri,
} from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('hover, completion and snippets', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async () => { extension = await activated(); });
  teardown(closeAll);

  test('hovering "Regulation 31" explains the innovation partnership and links to legislation.gov.uk', async () => {
    const editor = await open(workspaceUri('specification-innovation.md'));
    const at = positionOf(editor.document, 'Regulation 31', 'Regulation '.length);
    const hovers = await untilNonEmpty(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover');
    const text = hoverText(hovers);
    assert.match(text, /innovation partnership/i, text);
    assert.match(text, /legislation\.gov\.uk\/uksi\/2015\/102\/regulation\/31/, text);
  });

  test('completion after "regulation " lists the provisions of the document\'s regime', async () => {
    const editor = await openUntitled('---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Specification\n\nThe procedure is set out in regulation ');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await untilNonEmpty(async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
      return result.items.filter((i) => /^\d+$/.test(labelOf(i)));
    }, 'regulation numbers in the completion list');
    const labels = list.map(labelOf);
    for (const expected of ['18', '31']) assert.ok(labels.includes(expected), `regulation ${expected} missing from ${JSON.stringify(labels)}`);
    const reg31 = list.find((i) => labelOf(i) === '31')!;
    const described = [reg31.detail, typeof reg31.documentation === 'string' ? reg31.documentation : reg31.documentation?.value].join(' ');
    assert.match(described, /innovation partnership/i, described);
  });

  test('the tender-principles snippet expands into a statement that satisfies missing-principle', async () => {
    const snippetsFile = path.join(extension.extensionPath, 'snippets', 'markdown.json');
    const snippets = JSON.parse(fs.readFileSync(snippetsFile, 'utf8')) as Record<string, { prefix: string | string[] }>;
    const name = Object.keys(snippets).find((k) => [snippets[k].prefix].flat().includes('tender-principles'));
    assert.ok(name, `no snippet with prefix tender-principles in ${snippetsFile}`);

    const editor = await openUntitled('---\ntender-lint:\n  regime: pcr-2015\n  kind: tender\n---\n\n# Invitation to tender: waste collection\n\n\n\n## Award criteria\n\nQuality 60%, price 40%.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCode('missing-principle'), 'missing-principle before the snippet');
    editor.selection = new vscode.Selection(8, 0, 8, 0);
    // The workbench's own command, looking the snippet up by name among those the extension contributes.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
    const text = await waitForText(editor.document, (t) => /proportionality/.test(t), 'the expanded snippet');
    assert.match(text.split('\n')[8], /^The Authority will conduct this procurement/);
    await waitForDiagnostics(uri, lacksCode('missing-principle'), 'missing-principle gone after the snippet');
  });
});
