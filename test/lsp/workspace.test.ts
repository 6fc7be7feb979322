// Protocol test of "Lint workspace": Markdown files on disk under the workspace folder are linted and
// published; node_modules and dot-folders are skipped; turning the setting off clears them.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, quietPeriod } from './lspClient';

const BAD = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n';

describe('language server: lint workspace', function () {
  this.timeout(15000);
  let client: TestClient | undefined;
  let dir: string;
  const uri = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-ws-'));
    for (const sub of ['tenders', 'node_modules/pkg', '.git', '.hidden']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'tenders', 'itt.md'), BAD);
    writeFileSync(join(dir, 'strategy.markdown'), BAD);
    writeFileSync(join(dir, 'notes.txt'), BAD);
    writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), BAD);
    writeFileSync(join(dir, '.hidden', 'draft.md'), BAD);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const publishedUris = () => new Set(client!.notices.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.diagnostics.length > 0).map((n) => n.params.uri as string));

  it('lints the Markdown files on the command, skipping node_modules and dot-folders', async () => {
    ({ client } = await TestClient.start({ workspaceFolder: dir }));
    const count = await client.request<number>('workspace/executeCommand', { command: 'tenderLint.lintWorkspace', arguments: [] });
    assert.equal(count, 2);
    assert.deepEqual([...publishedUris()].sort(), [uri('strategy.markdown'), uri('tenders', 'itt.md')].sort());
    const [d] = client.diagnosticsFor(uri('tenders', 'itt.md'))[0].diagnostics.filter((x) => x.code === 'front-matter');
    assert.ok(d, 'the front-matter problem is reported');
  });

  it('lints on start when the setting is on, and clears when it is turned off', async () => {
    ({ client } = await TestClient.start({ workspaceFolder: dir, settings: { lintWorkspace: true } }));
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('strategy.markdown'));
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('tenders', 'itt.md'));
    const from = client.notices.length;
    client.settings = { lintWorkspace: false };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.nextDiagnostics(uri('strategy.markdown'), from), []);
    assert.deepEqual(await client.nextDiagnostics(uri('tenders', 'itt.md'), from), []);
  });

  it('with the setting on, a closed document shows its saved file\'s problems again', async () => {
    ({ client } = await TestClient.start({ workspaceFolder: dir, settings: { lintWorkspace: true } }));
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('tenders', 'itt.md'));
    client.open(uri('tenders', 'itt.md'), '# Invitation to tender\n', 1);
    await client.nextDiagnostics(uri('tenders', 'itt.md'), 0, 1);
    const from = client.notices.length;
    client.notify('textDocument/didClose', { textDocument: { uri: uri('tenders', 'itt.md') } });
    await client.waitFor(
      (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('tenders', 'itt.md') && n.params.diagnostics.some((d: { code: string }) => d.code === 'front-matter'),
      5000,
      from,
    );
  });

  it('leaves open documents to the editor\'s text', async () => {
    ({ client } = await TestClient.start({ workspaceFolder: dir }));
    client.open(uri('tenders', 'itt.md'), '# Invitation to tender\n', 1);
    await client.nextDiagnostics(uri('tenders', 'itt.md'), 0, 1);
    const count = await client.request<number>('workspace/executeCommand', { command: 'tenderLint.lintWorkspace', arguments: [] });
    assert.equal(count, 1);
    await quietPeriod(100);
    const forOpen = client.diagnosticsFor(uri('tenders', 'itt.md'));
    assert.equal(forOpen.length, 1, 'only the open document\'s own lint');
  });
});
