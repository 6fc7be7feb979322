import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, waitForDiagnostics, hasCode, withCode, workspaceUri } from './helpers';

suite('front matter', () => {
  teardown(closeAll);

  test('a header that is not valid YAML gives an error diagnostic with code front-matter', async () => {
    const uri = workspaceUri('broken-front-matter.md');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, hasCode('front-matter'), 'a front-matter diagnostic');
    const [d] = withCode('front-matter')(diagnostics);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, `severity of ${codeOf(d)}`);
    assert.ok(d.range.start.line <= 3, `the diagnostic should sit in the header, got line ${d.range.start.line + 1}`);
  });
});
