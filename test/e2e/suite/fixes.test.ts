// Quick fixes, "fix all" and clause insertion: each applied as VS Code applies them, then the
// document and its diagnostics checked.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activated, closeAll, hasCode, lacksCode, open, positionOf, waitForDiagnostics, waitForText, withCode, workspaceUri,
} from './helpers';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('quick fixes and commands', () => {
  suiteSetup(activated);
  teardown(closeAll);

  test('the principle quick fix inserts the missing statement and clears the diagnostic', async () => {
    const uri = workspaceUri('tender-partial-principles.md');
    const editor = await open(uri);
    const [d] = withCode('missing-principle')(await waitForDiagnostics(uri, hasCode('missing-principle'), 'missing-principle'));
    assert.match(d.message, /proportionality/);
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /proportionality/i.test(a.title));
    assert.ok(fix, `no proportionality fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(fix.edit || fix.command, `"${fix.title}" has neither an edit nor a command: ${JSON.stringify(fix)}`);
    const before = editor.document.getText();
    await apply(fix);
    const after = editor.document.getText();
    assert.ok(after.length > before.length, 'the fix should add text');
    assert.match(after.slice(before.indexOf('## Principles')), /proportionate/);
    assert.ok(after.startsWith(before.slice(0, before.indexOf('## Principles'))), 'text above the statement must not change');
    await waitForDiagnostics(uri, lacksCode('missing-principle'), 'missing-principle cleared');
  });

  test('fix all: offered as source.fixAll.tenderLint and run by the Fix all command, it clears every fixable finding', async () => {
    const uri = workspaceUri('tender-no-principles.md');
    const editor = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => hasCode('missing-principle')(ds) && withCode('procedure-name')(ds).length === 2,
      'missing-principle and two procedure-name diagnostics');

    const name = withCode('procedure-name')(diagnostics)[0];
    const perRule = await codeActions(uri, name.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(perRule.some((a) => a.title === 'Fix all procedure-name problems in this document'),
      `no per-rule fix-all among ${JSON.stringify(perRule.map((a) => a.title))}`);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const source = await codeActions(uri, whole, 'source.fixAll.tenderLint');
    assert.ok(source.some((a) => a.edit), 'source.fixAll.tenderLint should be offered with an edit (editor.codeActionsOnSave)');

    await vscode.commands.executeCommand('tenderLint.fixAll'); // as from the palette: no arguments
    const text = await waitForText(editor.document, (t) => !t.includes('Innovative Partnership procedure'), 'the fixes');
    assert.match(text, /innovation partnership procedure/i);
    assert.match(text, /competitive procedure with negotiation/);
    assert.match(text, /equal treatment, non-discrimination, transparency and proportionality/);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics after fix all');
  });

  test('citation and obsolete-reference quick fixes replace only the wrong words', async () => {
    const uri = workspaceUri('notice-old-references.md');
    const editor = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => hasCode('citation')(ds) && hasCode('obsolete-reference')(ds),
      'citation and obsolete-reference diagnostics');
    // rule → [the words flagged, the fix title, what the fixed line must read]
    const cases: [string, string, RegExp, RegExp][] = [
      ['citation', '32', /regulation 31/, /^innovation partnership procedure \(regulation 31\), with research/],
      ['obsolete-reference', 'OJEU', /Find a Tender/, /^The contract notice will be published on Find a Tender\.$/],
    ];
    for (const [code, flagged, title, fixedLine] of cases) {
      const d = withCode(code)(diagnostics).find((x) => editor.document.getText(x.range).includes(flagged));
      assert.ok(d, `no ${code} diagnostic on "${flagged}"`);
      const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => title.test(a.title) && a.edit);
      assert.ok(fix, `no fix for ${code} among ${JSON.stringify(actions.map((a) => a.title))}`);
      const line = d.range.start.line;
      const before = editor.document.getText().split('\n');
      await apply(fix);
      const after = editor.document.getText().split('\n');
      assert.match(after[line], fixedLine);
      after[line] = before[line];
      assert.deepStrictEqual(after, before, `${code}: the fix must change nothing but line ${line + 1}`);
    }
    await waitForDiagnostics(uri, (ds) => lacksCode('citation')(ds) && lacksCode('obsolete-reference')(ds), 'both cleared');
  });

  test('the insert-clause command inserts the chosen clause at the cursor', async () => {
    const uri = workspaceUri('tender-clauses.md');
    const editor = await open(uri);
    const anchor = 'The Authority invites tenders for written translation services.';
    const cursor = positionOf(editor.document, anchor, anchor.length);
    editor.selection = new vscode.Selection(cursor, cursor);
    const before = editor.document.getText();
    const cursorOffset = editor.document.offsetAt(cursor);

    // As from the palette: the command asks for a clause with a quick pick; accept the first one.
    const running = vscode.commands.executeCommand('tenderLint.insertClause');
    let inserted = '';
    for (let attempt = 0; attempt < 40 && !inserted; attempt++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      inserted = await waitForText(editor.document, (t) => t !== before, 'the clause', 250).catch(() => '');
    }
    await running;
    assert.ok(inserted, 'no clause was inserted');
    assert.ok(inserted.startsWith(before.slice(0, cursorOffset)), 'the text before the cursor must not change');
    assert.ok(inserted.endsWith(before.slice(cursorOffset)), 'the text after the cursor must not change');
    const clause = inserted.slice(cursorOffset, inserted.length - (before.length - cursorOffset));
    assert.match(clause, /^\n\n\S/, `the clause should start a new paragraph after the cursor's line: ${JSON.stringify(clause)}`);
    assert.ok(clause.trim().length > 40, `the inserted clause is too short: ${JSON.stringify(clause)}`);
  });
});
