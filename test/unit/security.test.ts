// Security: the shipped bundles cannot reach the network and send no telemetry; configuration is data
// (never executed, no .tender-lint.js is ever opened), so untrusted workspaces are safe; and a quick
// fix changes nothing outside its edit ranges, as the editor applies it. Run `node esbuild.mjs` first.
//
// What is allowed: `net` only inside vscode-jsonrpc's node transports (lib/node/main.js). The language
// server supports --socket=<port> and --pipe=<name> because editors may start it that way; those
// connect to 127.0.0.1 or a local named pipe that the editor names on the command line. Our client
// starts the server over Node IPC and never selects them. Nothing else may open a connection.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, lint, parseConfigText, ruleIds, rules } from '../../server/src/core';
import { loadConfigFor } from '../../server/src/node/configFiles';
import { codeActions } from '../../server/src/codeActions';
import { toDiagnostic } from '../../server/src/convert';
import { TestClient } from '../lsp/lspClient';

const ROOT = resolve(__dirname, '../..');
const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/cli.js'];
const NETWORK_MODULES = ['http', 'https', 'http2', 'dgram', 'tls', 'dns', 'net', 'undici'];
const NETWORK_CALLS = /\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|\bsendBeacon\b|applicationinsights|extension-telemetry|TelemetryReporter/i;
const JSONRPC_NODE = 'node_modules/vscode-jsonrpc/lib/node/main.js';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

describe('security: no network, no telemetry', () => {
  for (const bundle of BUNDLES) {
    it(`${bundle} requires no network module except net (at most once, from vscode-jsonrpc) and calls no web API`, () => {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      const required = [...code.matchAll(/\b(?:require|import)\s*\(\s*["'](?:node:)?([a-z0-9_/]+)["']\s*\)/g)].map((m) => m[1]);
      assert.ok(required.length > 0, 'the scan sees the bundle\'s requires');
      const network = required.filter((m) => NETWORK_MODULES.includes(m));
      if (bundle === 'dist/cli.js') assert.deepEqual(network, []);
      else assert.ok(network.every((m) => m === 'net') && network.length <= 1, JSON.stringify(network));
      assert.equal(NETWORK_CALLS.exec(code)?.[0], undefined);
    });
  }

  it('only vscode-jsonrpc\'s node transport imports a network module (esbuild metafile of the same entries)', async () => {
    const entries = ['client/src/extension.ts', 'server/src/main.ts', 'server/src/cli/main.ts'];
    const result = await esbuild.build({
      entryPoints: entries.map((e) => join(ROOT, e)), bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true,
      outdir: join(tmpdir(), 'tender-lint-metafile'), external: ['vscode'], logLevel: 'silent', absWorkingDir: ROOT,
    });
    const importers = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => NETWORK_MODULES.includes(i.path.replace(/^node:/, ''))))
      .map(([path]) => path);
    assert.deepEqual(importers, [JSONRPC_NODE]);
  });

  it('vscode-jsonrpc connects only to 127.0.0.1 or a named pipe', () => {
    const source = readFileSync(join(ROOT, JSONRPC_NODE), 'utf8');
    const calls = [...source.matchAll(/net_1\.(\w+)\)\(([^)]*)\)/g)].map((m) => `${m[1]}(${m[2]})`);
    assert.ok(calls.length > 0);
    for (const call of calls) assert.match(call, /^(?:createServer\(.*|createConnection\((?:pipeName|port, '127\.0\.0\.1')\))$/, call);
    const listens = [...source.matchAll(/server\.listen\(([^,)]+)(?:, ([^,)]+))?/g)];
    assert.equal(listens.length, 2);
    for (const listen of listens) assert.ok(listen[1] === 'pipeName' || listen[2] === "'127.0.0.1'", listen[0]);
  });

  it('our own code imports no network module and sends no telemetry', () => {
    for (const file of [...files(join(ROOT, 'server/src'), /\.ts$/), ...files(join(ROOT, 'client/src'), /\.ts$/)]) {
      const code = readFileSync(file, 'utf8');
      const imported = [...code.matchAll(/from\s+'(?:node:)?([a-z0-9_/]+)'/g)].map((m) => m[1]);
      assert.deepEqual(imported.filter((m) => NETWORK_MODULES.includes(m)), [], relative(ROOT, file));
      assert.doesNotMatch(code, /\.telemetry\b|telemetry\/event|TelemetryReporter|extension-telemetry|\bfetch\s*\(/, relative(ROOT, file));
    }
  });
});

describe('security: configuration is data, never code', function () {
  this.timeout(30000);
  let dir: string;
  const marker = () => join(dir, 'EXECUTED');
  const payload = () => `require('fs').writeFileSync(${JSON.stringify(marker())}, 'x')`;
  const BAD = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-security-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('declares untrusted workspaces supported', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });

  it('a .tender-lint.json holding JavaScript is reported as invalid and not run', () => {
    writeFileSync(join(dir, '.tender-lint.json'), `module.exports = { rules: { 'front-matter': 'off' } };\n${payload()};\n`);
    const loaded = loadConfigFor(join(dir, 'doc.md'));
    assert.deepEqual(loaded.layer, {});
    assert.match(loaded.problems[0].message, /\.tender-lint\.json: could not be read \(.*\); using defaults\./);
    assert.equal(existsSync(marker()), false);
  });

  it('YAML JavaScript tags (config and front matter) stay inert strings', () => {
    const yaml = `rules: !!js/function "function () { ${payload()} }"\n`;
    const { settings } = parseConfigText(yaml, '.tender-lint.yaml', ruleIds);
    assert.ok(!JSON.stringify(settings).includes('function'), JSON.stringify(settings));
    const result = lint(`---\ntender-lint: !!js/function "function () { ${payload()} }"\n---\n\n# Notes\n`, { today: '2025-06-01' });
    assert.ok(result.findings.some((f) => f.ruleId === 'front-matter'));
    assert.equal(existsSync(marker()), false);
  });

  it('never opens .tender-lint.js and its kin: the CLI and the server pass by FIFOs of those names', async () => {
    // Opening a FIFO with no writer blocks for ever, so a reader would hang the run and fail the test.
    const fifo = join(dir, 'fifo');
    const script = join(dir, 'script');
    for (const d of [fifo, script]) mkdirSync(d);
    for (const name of ['.tender-lint.js', '.tender-lint.cjs', '.tender-lint.mjs', 'tender-lint.config.js', '.tender-lintrc']) {
      execFileSync('mkfifo', [join(fifo, name)]);
      writeFileSync(join(script, name), `module.exports = { rules: { 'front-matter': 'off' } };\n${payload()};\n`);
    }
    writeFileSync(join(fifo, 'doc.md'), BAD);
    writeFileSync(join(script, 'doc.md'), BAD);
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'fifo', 'script'], { cwd: dir, encoding: 'utf8', timeout: 20000 });
    assert.equal(cli.signal, null, 'the CLI did not hang');
    assert.equal((cli.stdout.match(/front-matter/g) ?? []).length, 2, cli.stdout);
    const { client } = await TestClient.start({ workspaceFolder: dir });
    try {
      for (const d of [fifo, script]) {
        const uri = pathToFileURL(join(d, 'doc.md')).href;
        client.open(uri, BAD);
        assert.equal((await client.nextDiagnostics(uri, 0, 1, 10000)).filter((x) => x.code === 'front-matter').length, 1);
      }
    } finally {
      await client.stop();
    }
    assert.equal(existsSync(marker()), false);
  });
});

describe('security: a quick fix changes nothing outside its edit ranges', () => {
  const documents = [
    ...[...files(join(ROOT, 'examples'), /\.md$/), ...files(join(ROOT, 'test/fixtures'), /\.md$/)].map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') })),
    ...rules.flatMap((r) => r.examples.invalid.map((e, i) => ({ name: `${r.id} example ${i + 1}`, text: e.text }))),
  ];
  const variants = documents.flatMap((d) => [d, { name: `${d.name} (CRLF)`, text: d.text.replace(/\r?\n/g, '\r\n') }]);

  it('every fix, applied as the editor applies the code action, keeps the text between its edits', () => {
    let checked = 0;
    for (const { name, text } of variants) {
      for (const today of ['2024-06-01', '2026-06-01']) {
        const doc = TextDocument.create('file:///fix.md', 'markdown', 1, text);
        const result = lint(text, { today });
        const diagnostics = result.findings.map((f) => toDiagnostic(doc, f));
        const actions = codeActions(doc, { version: 1, result, options: { today } }, { textDocument: { uri: doc.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } });
        for (const finding of result.findings) {
          for (const fix of finding.fixes) {
            const action = actions.find((a) => a.title === fix.title && a.diagnostics?.[0]?.range.start.line === doc.positionAt(finding.start).line);
            const lspEdits = action?.edit?.documentChanges?.[0] && 'edits' in action.edit.documentChanges[0] ? action.edit.documentChanges[0].edits : undefined;
            assert.ok(lspEdits, `${name}: no code action for "${fix.title}"`);
            const edits = lspEdits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText })).sort((a, b) => a.start - b.start);
            // The editor's edit covers exactly the core's ranges: no position drift (CRLF, surrogates).
            assert.deepEqual(edits, [...fix.edits].map((e) => ({ start: e.start, end: e.end, text: e.text })).sort((a, b) => a.start - b.start), `${name}: "${fix.title}"`);
            let expected = '';
            let at = 0;
            for (const e of edits) {
              assert.ok(at <= e.start && e.start <= e.end && e.end <= text.length, `${name}: "${fix.title}" edits overlap or leave the document`);
              assert.ok(!splits(text, e.start) && !splits(text, e.end), `${name}: "${fix.title}" cuts a character or a line break in two`);
              if (e.start < e.end) assert.ok(e.end >= finding.start && e.start <= finding.end, `${name}: "${fix.title}" replaces text away from its finding`);
              expected += text.slice(at, e.start) + e.text;
              at = e.end;
            }
            expected += text.slice(at);
            assert.equal(TextDocument.applyEdits(doc, lspEdits), expected, `${name}: "${fix.title}"`);
            assert.equal(applyEdits(text, fix.edits), expected, `${name}: "${fix.title}" (core)`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 200, `${checked} fixes checked`);
  });
});

/** Whether an offset falls inside a surrogate pair or between CR and LF. */
function splits(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
