// Protocol tests of settings: workspace/configuration answered by the test, didChangeConfiguration,
// invalid values reported once, run mode, enable, and .tender-lint.json found next to the file.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, quietPeriod } from './lspClient';

const BAD_REGIME = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n';
const URI = 'file:///tmp/tender-lint-lsp/settings.md';

function frontMatter<T extends { code?: unknown }>(diagnostics: T[]): T[] {
  return diagnostics.filter((d) => d.code === 'front-matter');
}

describe('language server: settings', function () {
  this.timeout(15000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('asks for the "tenderLint" section and applies rule levels from it', async () => {
    ({ client } = await TestClient.start({ settings: { rules: { 'front-matter': 'warning' } } }));
    client.open(URI, BAD_REGIME);
    const [d] = frontMatter(await client.nextDiagnostics(URI, 0, 1));
    assert.equal(d.severity, 2);
    assert.ok(client.configurationRequests > 0);
  });

  it('re-lints on didChangeConfiguration: a rule turned off loses its diagnostics', async () => {
    ({ client } = await TestClient.start());
    client.open(URI, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1)).length, 1);
    const from = client.notices.length;
    client.settings = { rules: { 'front-matter': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(frontMatter(await client.nextDiagnostics(URI, from)), []);
  });

  it('takes pushed settings from clients that cannot be asked', async () => {
    ({ client } = await TestClient.start({ pullConfiguration: false }));
    client.open(URI, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1)).length, 1);
    const from = client.notices.length;
    client.notify('workspace/didChangeConfiguration', { settings: { tenderLint: { rules: { 'front-matter': 'off' } } } });
    assert.deepEqual(frontMatter(await client.nextDiagnostics(URI, from)), []);
    assert.equal(client.configurationRequests, 0);
  });

  it('reports invalid settings once, naming them, and lints with the defaults', async () => {
    ({ client } = await TestClient.start({ settings: { run: 'sometimes', enable: 'yes', rules: { 'front-matter': 'loud' }, defaultRegime: 'pcr-2099' } }));
    client.open(URI, BAD_REGIME);
    client.open('file:///tmp/tender-lint-lsp/second.md', BAD_REGIME);
    const [d] = frontMatter(await client.nextDiagnostics(URI, 0, 1));
    assert.equal(d.severity, 1, 'the rule keeps its default severity');
    await client.nextDiagnostics('file:///tmp/tender-lint-lsp/second.md', 0, 1);
    const messages = client.messages();
    for (const key of ['tenderLint.run', 'tenderLint.enable', 'front-matter', 'tenderLint.defaultRegime']) {
      assert.equal(messages.filter((m) => m.includes(key)).length, 1, `one message about ${key}: ${JSON.stringify(messages)}`);
    }
    assert.equal(messages.length, 4, JSON.stringify(messages));
  });

  it('publishes nothing while disabled', async () => {
    ({ client } = await TestClient.start({ settings: { enable: false } }));
    client.open(URI, BAD_REGIME);
    assert.deepEqual(await client.nextDiagnostics(URI, 0, 1), []);
  });

  it('in "onSave" mode lints on open and save, not while typing', async () => {
    ({ client } = await TestClient.start({ settings: { run: 'onSave' } }));
    const good = BAD_REGIME.replace('pcr-2016', 'pcr-2015');
    client.open(URI, good);
    assert.deepEqual(frontMatter(await client.nextDiagnostics(URI, 0, 1)), []);
    const from = client.notices.length;
    const version = client.replace(URI, good, BAD_REGIME);
    await quietPeriod(250);
    assert.equal(client.diagnosticsFor(URI).length, 1, 'no lint while typing');
    client.notify('textDocument/didSave', { textDocument: { uri: URI } });
    assert.equal(frontMatter(await client.nextDiagnostics(URI, from, version)).length, 1);
  });
});

describe('language server: config files', function () {
  this.timeout(15000);
  let client: TestClient | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-lsp-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the nearest .tender-lint.json and re-reads it when it changes', async () => {
    const config = join(dir, '.tender-lint.json');
    writeFileSync(config, JSON.stringify({ rules: { 'front-matter': 'info' } }));
    ({ client } = await TestClient.start({ workspaceFolder: dir }));
    const uri = pathToFileURL(join(dir, 'itt.md')).href;
    client.open(uri, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(uri, 0, 1))[0].severity, 3);
    writeFileSync(config, JSON.stringify({ rules: { 'front-matter': 'hint' } }));
    const from = client.notices.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    assert.equal(frontMatter(await client.nextDiagnostics(uri, from))[0].severity, 4);
  });

  it('reports a config file that does not parse once, by name, and uses defaults', async () => {
    writeFileSync(join(dir, '.tender-lint.json'), '{ "rules": ');
    ({ client } = await TestClient.start({ workspaceFolder: dir }));
    const uri = pathToFileURL(join(dir, 'itt.md')).href;
    client.open(uri, BAD_REGIME);
    client.open(pathToFileURL(join(dir, 'other.md')).href, BAD_REGIME);
    assert.equal(frontMatter(await client.nextDiagnostics(uri, 0, 1))[0].severity, 1);
    await client.nextDiagnostics(pathToFileURL(join(dir, 'other.md')).href, 0, 1);
    const about = client.messages().filter((m) => m.includes('.tender-lint.json'));
    assert.equal(about.length, 1, JSON.stringify(client.messages()));
  });
});
