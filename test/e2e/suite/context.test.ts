// The procurement context in the editor: front matter filled in with what the document's own cover
// page says, so a drafter confirms the regime and date instead of typing them.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activated, closeAll, openUntitled, waitForText } from './helpers';

const COVER =
  '# Invitation to tender: home care services\n\n' +
  '**Procedure:** Light Touch Regime, Public Contracts Regulations 2015\n\n' +
  '**Issued:** 18 November 2024\n\n' +
  'This procurement is governed by the Public Contracts Regulations 2015.\n';

suite('procurement context', () => {
  suiteSetup(activated);
  teardown(closeAll);

  test('"Add front matter" fills in the regime and date read from the cover page', async () => {
    const editor = await openUntitled(COVER);
    await vscode.commands.executeCommand('tenderLint.addFrontMatter', editor.document.uri.toString());
    const text = await waitForText(editor.document, (t) => t.startsWith('---'), 'the inserted front matter');
    assert.match(text, /^---\ntender-lint:\n {2}regime: pcr-2015\n {2}date: 2024-11-18\n {2}lightTouch: true\n {2}kind: tender\n---\n\n# Invitation to tender/, text);
  });

  test('a document that has front matter is left alone', async () => {
    const editor = await openUntitled('---\ntender-lint:\n  regime: pa-2023\n---\n\n' + COVER);
    const before = editor.document.getText();
    const inserted = await vscode.commands.executeCommand<boolean>('tenderLint.addFrontMatter', editor.document.uri.toString());
    assert.equal(inserted, false);
    assert.equal(editor.document.getText(), before);
  });
});
