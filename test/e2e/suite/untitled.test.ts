import * as assert from 'node:assert';
import { closeAll, hasCode, openUntitled, waitForDiagnostics } from './helpers';

suite('untitled documents', () => {
  teardown(closeAll);

  test('an unsaved Markdown draft is linted like a file', async () => {
    const editor = await openUntitled('---\ntender-lint:\n  regime: [pcr-2015\n---\n\n# Draft specification\n');
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    await waitForDiagnostics(editor.document.uri, hasCode('front-matter'), 'a front-matter diagnostic on the untitled draft');
  });
});
