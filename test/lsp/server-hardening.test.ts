// Issue 21, the server: JSON-RPC to dist/server.js. No single message may leave it unable to lint;
// requests before initialize get -32002; bad parameters get InvalidParams; no edit carries a null
// position; in an untrusted workspace a config symlink out of the folder is not read. Each case
// failed on the code before the issue. Run `node esbuild.mjs` first (npm test does).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core';
import { codeActions, resolveFixAll, useLazyFixAll } from '../../server/src/codeActions';
import { toDiagnostic } from '../../server/src/convert';
import { SERVER, TestClient } from './lspClient';

const BAD = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n';
const server = process.env.TENDER_LINT_SERVER ?? SERVER;

async function rejects(promise: Promise<unknown>, code: number): Promise<void> {
  try {
    await promise;
  } catch (e) {
    assert.equal((e as { code?: number }).code, code, String(e));
    return;
  }
  assert.fail(`expected an error with code ${code}`);
}

describe('server hardening (issue 21, dist/server.js)', function () {
  this.timeout(30_000);
  let client: TestClient | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('answers a request sent before initialize with -32002, and works after initialize', async () => {
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    try {
      const hover = { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } };
      await rejects(connection.sendRequest('textDocument/hover', hover), -32002);
      await rejects(connection.sendRequest('tenderLint/clauses', {}), -32002);
      await rejects(connection.sendRequest('workspace/executeCommand', { command: 'tenderLint.lintWorkspace', arguments: [] }), -32002);
      await rejects(connection.sendRequest('no/such/method', {}), -32002);
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.equal(await connection.sendRequest('textDocument/hover', hover), null);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('a didOpen with text: null does not stop later documents from being linted', async () => {
    ({ client } = await TestClient.start());
    client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/null.md', languageId: 'markdown', version: 1, text: null } });
    client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/num.md', languageId: 'markdown', version: 'one', text: 42 } });
    client.notify('textDocument/didOpen', null);
    const uri = 'file:///tmp/after-null.md';
    const from = client.notices.length;
    client.open(uri, BAD);
    const first = await client.nextDiagnostics(uri, from, 1);
    assert.equal(first.filter((d) => d.code === 'front-matter').length, 1);
    // And it goes on: an edit after the bad message is linted too.
    const again = client.notices.length;
    const version = client.replace(uri, BAD, BAD.replace('pcr-2016', 'pcr-2015'));
    assert.deepEqual((await client.nextDiagnostics(uri, again, version)).filter((d) => d.code === 'front-matter'), []);
  });

  it('malformed didChange, didClose and settings notifications are dropped; the document keeps its text and diagnostics', async () => {
    ({ client } = await TestClient.start());
    const uri = 'file:///tmp/changes.md';
    let from = client.notices.length;
    client.open(uri, BAD);
    await client.nextDiagnostics(uri, from, 1);
    for (const contentChanges of [null, 'text', [{ text: null }], [{ range: { start: { line: null, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], [{ range: { start: { line: -1, character: NaN }, end: {} }, text: 'x' }]]) {
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges });
    }
    client.notify('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: null });
    client.notify('workspace/didChangeConfiguration', null);
    client.notify('workspace/didChangeWatchedFiles', { changes: 'all' });
    from = client.notices.length;
    const hoverAt = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    assert.ok(hoverAt === null || typeof hoverAt === 'object');
    const version = client.replace(uri, BAD, `${BAD}\nMore.\n`);
    const diagnostics = await client.nextDiagnostics(uri, from, version);
    assert.equal(diagnostics.filter((d) => d.code === 'front-matter').length, 1, 'the text was not corrupted by the bad changes');
    assert.ok(!client.stderr.join('').includes('TypeError'), client.stderr.join(''));
  });

  it('requests with bad parameters get InvalidParams and the server keeps serving', async () => {
    ({ client } = await TestClient.start());
    const uri = 'file:///tmp/params.md';
    const from = client.notices.length;
    client.open(uri, BAD);
    const diagnostics = await client.nextDiagnostics(uri, from, 1);
    await rejects(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 'a', character: null } }), -32602);
    await rejects(client.request('textDocument/hover', null), -32602);
    await rejects(client.request('textDocument/completion', { textDocument: {}, position: { line: 0, character: 0 } }), -32602);
    await rejects(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: 'all' } }), -32602);
    await rejects(client.request('textDocument/codeLens', { textDocument: 7 }), -32602);
    await rejects(client.request('workspace/executeCommand', { command: 42 }), -32602);
    // Diagnostics of the wrong shape inside a valid request are skipped, not fatal.
    const junk = [null, 1, { range: null, source: 'tender-lint' }, { range: { start: {}, end: {} }, source: 'tender-lint', code: 'front-matter' }, diagnostics[0]];
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: junk },
    });
    assert.ok(Array.isArray(actions) && actions.some((a) => /front-matter/.test(a.title)), JSON.stringify(actions));
  });

  it('executeCommand insertClause with a malformed position is refused: no edit with a null or NaN position is sent', async () => {
    ({ client } = await TestClient.start());
    const uri = 'file:///tmp/clause.md';
    const from = client.notices.length;
    client.open(uri, '# Tender\n\nText.\n');
    await client.nextDiagnostics(uri, from, 1);
    const clauses = await client.request<Array<{ id: string }>>('tenderLint/clauses', { uri });
    const id = clauses[0].id;
    for (const position of [{ line: null, character: 0 }, { line: 0, character: 'x' }, { line: 1.5, character: 0 }, { line: -1, character: 0 }, null, 'start']) {
      await rejects(client.request('workspace/executeCommand', { command: 'tenderLint.insertClause', arguments: [id, uri, position] }), -32602);
    }
    await rejects(client.request('workspace/executeCommand', { command: 'tenderLint.insertClause', arguments: [{ id }, uri, { line: 0, character: 0 }] }), -32602);
    await rejects(client.request('workspace/executeCommand', { command: 'tenderLint.fixAll', arguments: [42] }), -32602);
    assert.equal(client.appliedEdits.length, 0, JSON.stringify(client.appliedEdits));
    assert.equal(await client.request('workspace/executeCommand', { command: 'tenderLint.insertClause', arguments: [id, uri, { line: 2, character: 0 }] }), true);
    const edit = JSON.stringify(client.appliedEdits);
    assert.ok(!edit.includes('null') && !edit.includes('NaN'), edit);
  });

  describe('config files in an untrusted workspace', () => {
    const SECRET = 'hunter2-s3cr3t-in-home';
    const setUp = () => {
      dir = mkdtempSync(join(tmpdir(), 'tender-lint-trust-'));
      const outside = join(dir, 'outside');
      const ws = join(dir, 'ws');
      mkdirSync(outside);
      mkdirSync(ws);
      // Outside the workspace: something that parses as a valid config and switches the rule off.
      writeFileSync(join(outside, 'secret.yaml'), `rules:\n  front-matter: "off"\nclauses:\n  - id: x\n    title: ${SECRET}\n    body: ${SECRET}\n`);
      symlinkSync(join(outside, 'secret.yaml'), join(ws, '.tender-lint.yaml'));
      writeFileSync(join(ws, 'doc.md'), BAD);
      return { ws, uri: pathToFileURL(join(ws, 'doc.md')).href };
    };

    it('a config symlink that leaves the workspace folder is not read, and a message says so', async () => {
      const { ws, uri } = setUp();
      ({ client } = await TestClient.start({ workspaceFolder: ws, initializationOptions: { workspaceTrusted: false } }));
      const from = client.notices.length;
      client.open(uri, BAD);
      const diagnostics = await client.nextDiagnostics(uri, from, 1);
      assert.equal(diagnostics.filter((d) => d.code === 'front-matter').length, 1, 'the outside config did not switch the rule off');
      await client.waitFor((n) => n.method === 'window/showMessage' && /outside the workspace folder/.test(n.params.message));
      assert.ok(!JSON.stringify(client.notices).includes(SECRET));
    });

    it('in a trusted workspace the same symlink is followed', async () => {
      const { ws, uri } = setUp();
      ({ client } = await TestClient.start({ workspaceFolder: ws }));
      const from = client.notices.length;
      client.open(uri, BAD);
      const diagnostics = await client.nextDiagnostics(uri, from, 1);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'front-matter'), []);
    });
  });
});

describe('code actions stay cheap (issue 21)', () => {
  const text = `---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-09-02\n  kind: tender\n---\n\n# Tender\n\n${Array.from({ length: 60 }, (_, i) => `${i + 1}. A contract notice will be published in the OJEU.\n`).join('')}`.replace(/\n/g, '\r\n');
  const doc = TextDocument.create('file:///cheap.md', 'markdown', 3, text);
  const result = lint(text, { today: '2026-06-01' });
  const analysis = { version: 3, result, options: { today: '2026-06-01' } };
  const diagnostics = result.findings.map((f) => toDiagnostic(doc, f)).filter((d) => d.code === 'obsolete-reference');
  const params = { textDocument: { uri: doc.uri }, range: diagnostics[0].range, context: { diagnostics } };
  afterEach(() => useLazyFixAll(false));

  it('offers "Fix all <rule>" once per request and rule, however many diagnostics it carries, in the document\'s line endings', () => {
    assert.ok(diagnostics.length >= 60);
    const actions = codeActions(doc, analysis, params);
    const fixAll = actions.filter((a) => a.title.startsWith('Fix all obsolete-reference'));
    assert.equal(fixAll.length, 1);
    const edits = (fixAll[0].edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
    assert.ok(edits.length >= 60, `one edit per finding: ${edits.length}`);
    assert.ok(edits.every((e) => !/(?<!\r)\n/.test(e.newText)), 'no bare LF in a CRLF document');
  });

  it('with codeAction/resolve support the edit is computed only when resolved, and not for a newer version', () => {
    useLazyFixAll(true);
    const action = codeActions(doc, analysis, params).find((a) => a.title.startsWith('Fix all obsolete-reference'))!;
    assert.equal(action.edit, undefined);
    const resolved = resolveFixAll(doc, analysis, JSON.parse(JSON.stringify(action)));
    assert.ok(resolved.edit, 'resolved with its edit');
    const newer = TextDocument.update(doc, [{ text: 'x' }], 4);
    assert.equal(resolveFixAll(newer, { ...analysis, version: 4 }, JSON.parse(JSON.stringify(action))).edit, undefined, 'a stale action gets no edit');
  });
});
