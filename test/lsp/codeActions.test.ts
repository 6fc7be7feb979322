// Protocol tests of code actions, code lens and the fix commands: each action's edit is applied as an
// editor would, sent back to the server, and the diagnostic it addressed must be gone.

import assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import { TENDER, applyWorkspaceEdit } from './fixtures';
import { TestClient } from './lspClient';

const URI = 'file:///tmp/tender-lint-lsp/actions.md';
const RULE = 'missing-principle';

describe('language server: code actions', function () {
  this.timeout(15000);
  let client: TestClient;
  let diagnostics: Diagnostic[];

  beforeEach(async () => {
    ({ client } = await TestClient.start());
    client.open(URI, TENDER);
    diagnostics = await client.nextDiagnostics(URI, 0, 1);
  });
  afterEach(async () => client.stop());

  const ofRule = (list: Diagnostic[]) => list.filter((d) => d.code === RULE);

  function actionsFor(context: { diagnostics: Diagnostic[]; only?: string[] }, range = context.diagnostics[0]?.range) {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context,
    });
  }

  /** Applies the edit, sends the new text to the server and returns its diagnostics for it. */
  async function applyAndRelint(edit: WorkspaceEdit): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const text = applyWorkspaceEdit(TENDER, edit, URI);
    assert.notEqual(text, TENDER, 'the edit changes the document');
    const from = client.notices.length;
    const version = client.replace(URI, TENDER, text);
    return { text, diagnostics: await client.nextDiagnostics(URI, from, version) };
  }

  it('finds the missing principles to act on', () => {
    assert.equal(ofRule(diagnostics).length, 2, JSON.stringify(diagnostics));
  });

  it('offers the finding\'s own fixes (preferred first), fix all, disable and documentation, matched by data', async () => {
    // Both findings share a range; only the data says which principle is missing.
    const proportionality = ofRule(diagnostics).find((d) => JSON.stringify(d.data).includes('proportionality'))!;
    const actions = await actionsFor({ diagnostics: [proportionality] });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Add a statement of transparency and proportionality', 'quickfix', true],
        ['Add a statement of proportionality', 'quickfix', false],
        [`Fix all ${RULE} problems in this document`, 'quickfix', false],
        [`Disable ${RULE} for the next line`, 'quickfix', false],
        [`Show documentation for ${RULE}`, 'quickfix', false],
      ],
    );
    const edit = actions[0].edit!;
    assert.equal((edit.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 1, 'versioned edit');
  });

  it('the preferred quick fix clears the diagnostics it addresses', async () => {
    const [first] = await actionsFor({ diagnostics: [ofRule(diagnostics)[0]] });
    const after = await applyAndRelint(first.edit!);
    assert.deepEqual(ofRule(after.diagnostics), []);
  });

  it('"fix all" of the rule clears all its diagnostics', async () => {
    const actions = await actionsFor({ diagnostics: [ofRule(diagnostics)[0]] });
    const fixAll = actions.find((a) => a.title.startsWith('Fix all'))!;
    assert.deepEqual(ofRule((await applyAndRelint(fixAll.edit!)).diagnostics), []);
  });

  it('"disable for the next line" inserts the directive on its own line above and silences the rule there', async () => {
    const actions = await actionsFor({ diagnostics: [ofRule(diagnostics)[0]] });
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    const after = await applyAndRelint(disable.edit!);
    assert.ok(after.text.includes(`\n<!-- tender-lint-disable-next-line ${RULE} -- reason -->\n## Principles\n`), after.text);
    assert.deepEqual(ofRule(after.diagnostics), []);
  });

  it('"show documentation" asks the editor to open the rule\'s page', async () => {
    const actions = await actionsFor({ diagnostics: [ofRule(diagnostics)[0]] });
    const docs = actions.find((a) => a.title.startsWith('Show documentation'))!;
    assert.equal(docs.command!.command, 'tenderLint.showDocumentation');
    await client.request('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
    assert.equal(client.shownDocuments.length, 1);
    assert.match(client.shownDocuments[0], new RegExp(`^file://.*/docs/rules/${RULE}\\.md$`));
  });

  it('offers no line directive inside front matter, where a comment would break the YAML', async () => {
    const from = client.notices.length;
    const broken = TENDER.replace('regime: pcr-2015', 'regime: pcr-2016');
    const version = client.replace(URI, TENDER, broken);
    const fm = (await client.nextDiagnostics(URI, from, version)).find((d) => d.code === 'front-matter')!;
    const titles = (await actionsFor({ diagnostics: [fm] })).map((a) => a.title);
    assert.deepEqual(titles, ['Show documentation for front-matter']);
  });

  it('ignores a diagnostic that no longer matches the document (stale range)', async () => {
    const stale = { ...ofRule(diagnostics)[0], range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } };
    assert.deepEqual(await actionsFor({ diagnostics: [stale] }), []);
  });

  it('gives editor.codeActionsOnSave a source.fixAll.tenderLint action, and only when asked', async () => {
    const onSave = await actionsFor({ diagnostics: [], only: ['source.fixAll'] });
    assert.deepEqual(onSave.map((a) => a.kind), ['source.fixAll.tenderLint']);
    assert.deepEqual(ofRule((await applyAndRelint(onSave[0].edit!)).diagnostics), []);
    assert.deepEqual(await actionsFor({ diagnostics: [], only: ['quickfix'] }), []);
  });

  it('the tenderLint.fixAll command applies every fix through workspace/applyEdit', async () => {
    assert.equal(await client.request('workspace/executeCommand', { command: 'tenderLint.fixAll', arguments: [URI] }), true);
    assert.equal(client.appliedEdits.length, 1);
    assert.deepEqual(ofRule((await applyAndRelint(client.appliedEdits[0])).diagnostics), []);
  });
});

describe('language server: principles code lens', function () {
  this.timeout(15000);
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start());
    client.open(URI, TENDER);
    await client.nextDiagnostics(URI, 0, 1);
  });
  afterEach(async () => client.stop());

  it('counts the principles stated and inserts the missing ones on click', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    assert.equal(lens.command!.title, 'Principles: 2 of 4 stated — transparency, proportionality missing');
    assert.equal(lens.range.start.line, TENDER.split('\n').indexOf('## Principles'));
    await client.request('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
    assert.equal(client.appliedEdits.length, 1);
    const text = applyWorkspaceEdit(TENDER, client.appliedEdits[0], URI);
    const from = client.notices.length;
    const version = client.replace(URI, TENDER, text);
    assert.deepEqual((await client.nextDiagnostics(URI, from, version)).filter((d) => d.code === RULE), []);
    const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.equal(after[0].command!.title, 'Principles: 4 of 4 stated');
  });
});
