// Protocol tests of diagnostics: the bundled server over stdio, as an editor drives it.
// Run `node esbuild.mjs` first (npm test does).

import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver/node';
import { SERVER, TestClient, quietPeriod } from './lspClient';

const BAD_REGIME = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n';
const GOOD = '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-05-01\n---\n\n# Invitation to tender\n';
const URI = 'file:///tmp/tender-lint-lsp/itt.md';

/** Other rules may also speak about these small documents; these tests are about the front-matter rule. */
function frontMatter<T extends { code?: unknown }>(diagnostics: T[]): T[] {
  return diagnostics.filter((d) => d.code === 'front-matter');
}

describe('language server: initialize and diagnostics', function () {
  this.timeout(15000);
  let client: TestClient;
  let capabilities: any;

  beforeEach(async () => {
    const started = await TestClient.start();
    client = started.client;
    capabilities = started.init.capabilities;
  });
  afterEach(async () => client.stop());

  it('announces incremental sync, hover, completion, code actions, code lens and its commands', () => {
    assert.equal(capabilities.textDocumentSync.change, 2);
    assert.equal(capabilities.textDocumentSync.openClose, true);
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.completionProvider);
    assert.deepEqual(capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.tenderLint']);
    assert.ok(capabilities.codeLensProvider);
    for (const command of ['tenderLint.fixAll', 'tenderLint.insertClause', 'tenderLint.lintWorkspace', 'tenderLint.showDocumentation']) {
      assert.ok(capabilities.executeCommandProvider.commands.includes(command), command);
    }
  });

  it('publishes a diagnostic with code, source, severity, docs link and version after didOpen', async () => {
    client.open(URI, BAD_REGIME);
    const [d, ...rest] = frontMatter(await client.nextDiagnostics(URI, 0, 1));
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'front-matter');
    assert.equal(d.source, 'tender-lint');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/front-matter\.md$/);
    assert.match(d.message, /regime/);
    // "regime" on line 2 (0-based), where the bad value is keyed.
    assert.deepEqual(d.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } });
  });

  it('re-lints after an edit and clears the diagnostic once the problem is fixed', async () => {
    client.open(URI, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1)).length, 1);
    const from = client.notices.length;
    const version = client.replace(URI, BAD_REGIME, GOOD);
    assert.deepEqual(frontMatter(await client.nextDiagnostics(URI, from, version)), []);
  });

  it('applies incremental changes to the right place', async () => {
    client.open(URI, GOOD);
    assert.deepEqual(frontMatter(await client.nextDiagnostics(URI, 0, 1)), []);
    const from = client.notices.length;
    // "pcr-2015" → "pcr-20156": insert one character at the end of line 2.
    const version = client.insert(URI, 2, '  regime: pcr-2015'.length, '6');
    const diagnostics = frontMatter(await client.nextDiagnostics(URI, from, version));
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /pcr-20156/);
  });

  it('reports only the last version of a burst of edits', async () => {
    client.open(URI, GOOD);
    await client.nextDiagnostics(URI, 0, 1);
    const from = client.notices.length;
    let text = GOOD;
    let version = 1;
    for (let i = 0; i < 10; i++) {
      const next = i % 2 === 0 ? BAD_REGIME : GOOD;
      version = client.replace(URI, text, next);
      text = next;
    }
    const last = await client.nextDiagnostics(URI, from, version);
    assert.equal(frontMatter(last).length, 0, 'the last text is valid');
    await quietPeriod(300);
    const published = client.diagnosticsFor(URI).slice(1);
    assert.deepEqual(published.map((p) => p.version), [version], 'no intermediate or stale version published');
  });

  it('sends the regime and date it assumed for the status bar', async () => {
    client.open(URI, GOOD);
    const status = await client.waitFor((n) => n.method === 'tenderLint/status' && n.params.uri === URI);
    const { evidence, conflicts, ...decided } = status.params;
    assert.deepEqual(decided, { uri: URI, regime: 'pcr-2015', regimeSource: 'front-matter', date: '2024-05-01', dateIsExplicit: true, regimeConfidence: 'certain', dateSource: 'front-matter', kind: 'tender', kindSource: 'text' });
    assert.ok(Array.isArray(evidence));
    assert.deepEqual(conflicts, []);
  });

  it('sends the evidence read from the text, with its line, for the status tooltip', async () => {
    const uri = 'file:///tmp/evidence.md';
    client.open(uri, '# Invitation to tender\n\n**Issued:** 18 November 2024\n\nThis procurement is conducted under the Public Contracts Regulations 2015.\n');
    const status = await client.waitFor((n) => n.method === 'tenderLint/status' && n.params.uri === uri);
    assert.equal(status.params.regime, 'pcr-2015');
    assert.equal(status.params.regimeSource, 'text');
    assert.ok(status.params.evidence.some((e: { line: number; reason: string }) => e.line === 3 && e.reason.includes('Issued')), JSON.stringify(status.params.evidence));
  });

  it('clears diagnostics when the document closes', async () => {
    client.open(URI, BAD_REGIME);
    await client.nextDiagnostics(URI, 0, 1);
    const from = client.notices.length;
    client.notify('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual(await client.nextDiagnostics(URI, from), []);
  });

  it('lints untitled documents too', async () => {
    const untitled = 'untitled:Untitled-1';
    client.open(untitled, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(untitled, 0, 1)).length, 1);
  });
});

describe('language server: transports', function () {
  this.timeout(15000);

  it('speaks over Node IPC (--node-ipc), as the VS Code client starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      connection.listen();
      const diagnostics = new Promise<unknown[]>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: unknown[] }) => resolve(p.diagnostics)),
      );
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: { hoverProvider?: boolean } };
      assert.equal(init.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: BAD_REGIME } });
      assert.ok((await diagnostics).length > 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
