// What a drafter sees on opening a tender: diagnostics with their rule codes and documentation links,
// and how settings and front matter change them.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activated, closeAll, codeOf, hasCode, lacksCode, open, replaceText, waitForDiagnostics, withCode, workspaceUri,
} from './helpers';

suite('diagnostics', () => {
  suiteSetup(activated);
  teardown(async () => {
    await vscode.workspace.getConfiguration('tenderLint').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test('a tender without principles shows missing-principle and procedure-name, each linked to its documentation', async () => {
    const uri = workspaceUri('tender-no-principles.md');
    const editor = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => hasCode('missing-principle')(ds) && withCode('procedure-name')(ds).length === 2,
      'missing-principle and two procedure-name diagnostics');

    const [principle] = withCode('missing-principle')(diagnostics);
    assert.strictEqual(editor.document.lineAt(principle.range.start.line).text, '# Invitation to tender: library management system');
    assert.match(principle.message, /equal treatment, non-discrimination, transparency and proportionality/);
    assert.strictEqual(principle.severity, vscode.DiagnosticSeverity.Warning);

    const names = withCode('procedure-name')(diagnostics).map((d) => editor.document.getText(d.range));
    assert.deepStrictEqual(names.sort(), ['Innovative Partnership procedure', 'competitive negotiation procedure']);

    for (const d of diagnostics) {
      const code = d.code as { value: string | number; target: vscode.Uri } | undefined;
      assert.ok(code && typeof code === 'object' && code.target, `${codeOf(d)} has no documentation link`);
      assert.ok(code.target.path.endsWith(`/docs/rules/${code.value}.md`), `link of ${code.value}: ${code.target.toString()}`);
      const page = await vscode.workspace.fs.readFile(code.target);
      assert.ok(page.byteLength > 0, `${code.target.toString()} is empty`);
    }
  });

  test('switching a rule off in settings clears its diagnostics, and only its own', async () => {
    const uri = workspaceUri('tender-no-principles.md');
    await open(uri);
    await waitForDiagnostics(uri, (ds) => hasCode('procedure-name')(ds) && hasCode('missing-principle')(ds), 'both rules');
    await vscode.workspace.getConfiguration('tenderLint').update('rules', { 'procedure-name': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (ds) => lacksCode('procedure-name')(ds) && hasCode('missing-principle')(ds),
      'procedure-name gone, missing-principle kept');
    await vscode.workspace.getConfiguration('tenderLint').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, hasCode('procedure-name'), 'procedure-name back after the setting is reset');
  });

  test('front matter regime: pa-2023 changes the findings', async () => {
    const uri = workspaceUri('tender-regime.md');
    const editor = await open(uri);
    // The restricted procedure exists under PCR 2015 but not under the Act. An absence cannot be awaited
    // before the first lint, so go to PA 2023 (a finding appears) and back (it goes).
    await replaceText(editor.document, 'regime: pcr-2015', 'regime: pa-2023');
    const [d] = withCode('procedure-name')(await waitForDiagnostics(uri, hasCode('procedure-name'), 'procedure-name under PA 2023'));
    assert.strictEqual(editor.document.getText(d.range), 'restricted procedure');
    assert.match(d.message, /Procurement Act 2023/);
    await replaceText(editor.document, 'regime: pa-2023', 'regime: pcr-2015');
    await waitForDiagnostics(uri, lacksCode('procedure-name'), 'no procedure-name under PCR 2015 again');
  });

  test('a header that is not valid YAML gives an error diagnostic with code front-matter', async () => {
    const uri = workspaceUri('broken-front-matter.md');
    await open(uri);
    const [d] = withCode('front-matter')(await waitForDiagnostics(uri, hasCode('front-matter'), 'a front-matter diagnostic'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.range.start.line <= 4, `the diagnostic should sit in the header, got line ${d.range.start.line + 1}`);
  });
});
