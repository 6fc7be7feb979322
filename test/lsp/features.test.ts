// Protocol tests of hover, completion, code actions and commands, applied as an editor would apply
// them: the returned LSP edits are turned back into offsets and applied with the core's applyEdits.

import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover, TextEdit } from 'vscode-languageserver';
import { TENDER, applyWorkspaceEdit } from './fixtures';
import { TestClient } from './lspClient';

const URI = 'file:///tmp/tender-lint-lsp/features.md';

function position(text: string, needle: string, delta = 0) {
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return doc.positionAt(offset + delta);
}

describe('language server: hover and completion', function () {
  this.timeout(15000);
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start({ debounceMs: 2000 }));
    client.open(URI, TENDER);
    await client.nextDiagnostics(URI, 0, 1);
  });
  afterEach(async () => client.stop());

  it('explains a citation on hover, over the citation\'s range', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: position(TENDER, 'regulation 28', 3) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Restricted procedure/);
    assert.match(value, /legislation\.gov\.uk\/uksi\/2015\/102\/regulation\/28/);
    assert.deepEqual(hover.range!.start, position(TENDER, 'regulation 28'));
  });

  it('adds the rule\'s rationale and documentation link inside a diagnostic\'s range', async () => {
    const diagnostics = client.diagnosticsFor(URI)[0].diagnostics;
    const d = diagnostics.find((x) => x.code === 'missing-principle') ?? diagnostics[0];
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: d.range.start });
    const value = (hover.contents as { value: string }).value;
    assert.ok(value.includes(`Tender Lint: ${d.code}`), value);
    assert.ok(value.includes(`docs/rules/${d.code}.md`), value);
  });

  it('answers hover on text typed a moment ago, without waiting for the debounced lint', async () => {
    const line = TENDER.split('\n').length - 1;
    client.insert(URI, line, 0, '\nShortlisting follows regulation 28 of the Public Contracts Regulations 2015.\n');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: line + 1, character: 24 } });
    assert.match((hover.contents as { value: string }).value, /Restricted procedure/);
    assert.equal(client.diagnosticsFor(URI).length, 1, 'the lint of the new version has not run yet');
  });

  it('completes regulation numbers of the document\'s regime after "regulation "', async () => {
    const at = position(TENDER, 'See regulation ', 'See regulation '.length);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: at });
    const reg28 = items.find((i) => i.label === '28');
    assert.ok(reg28, JSON.stringify(items.map((i) => i.label)));
    assert.equal(reg28.kind, 18);
    assert.match(reg28.detail ?? '', /Restricted procedure/);
    assert.deepEqual((reg28.textEdit as TextEdit).range, { start: at, end: at });
  });

  it('completes clauses, including the document\'s own, as snippets', async () => {
    const line = TENDER.split('\n').length - 1;
    client.insert(URI, line, 0, 'tender');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 6 } });
    const principles = items.find((i) => i.label === 'tender-principles');
    assert.ok(principles, JSON.stringify(items.map((i) => i.label)));
    assert.equal(principles.insertTextFormat, 2);
    assert.deepEqual((principles.textEdit as TextEdit).range, { start: { line, character: 0 }, end: { line, character: 6 } });
  });
});

describe('language server: clause commands', function () {
  this.timeout(15000);
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start());
    client.open(URI, TENDER);
    await client.nextDiagnostics(URI, 0, 1);
  });
  afterEach(async () => client.stop());

  it('lists the clause library with the document\'s own clauses', async () => {
    const clauses = await client.request<Array<{ id: string; title: string }>>('tenderLint/clauses', { uri: URI });
    const ids = clauses.map((c) => c.id);
    assert.ok(ids.includes('tender-principles'), ids.join());
    assert.ok(ids.includes('our-site-visit'), ids.join());
  });

  it('inserts a clause as its own paragraph at the cursor (moved to the end of its line)', async () => {
    const at = position(TENDER, 'The Authority will treat', 4);
    const applied = await client.request<boolean>('workspace/executeCommand', { command: 'tenderLint.insertClause', arguments: ['our-site-visit', URI, at] });
    assert.equal(applied, true);
    const after = applyWorkspaceEdit(TENDER, client.appliedEdits[0], URI);
    assert.ok(
      after.includes('without discrimination.\n\nBidders may visit the site on the dates given in the timetable.\n\nSee regulation'),
      after,
    );
  });

  it('refuses an unknown clause with a message', async () => {
    const applied = await client.request<boolean>('workspace/executeCommand', { command: 'tenderLint.insertClause', arguments: ['no-such-clause', URI, { line: 0, character: 0 }] });
    assert.equal(applied, false);
    assert.equal(client.appliedEdits.length, 0);
    await client.waitFor((n) => n.method === 'window/showMessage' && /no-such-clause/.test(n.params.message));
  });
});
