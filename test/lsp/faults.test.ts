// Faults: a rule that throws (core), a document the core cannot read, parser warnings, bursts of edits
// racing slow settings and slow lints, broken settings, binary text and hostile config files. The
// server must keep serving, say what went wrong once, and never publish diagnostics that belong to
// another version of the text. Run `node esbuild.mjs` first (npm test does).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintDocument, parse, rules, type Rule } from '../../server/src/core';
import { TestClient, quietPeriod } from './lspClient';

const BAD = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n';
const GOOD = '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-05-01\n---\n\n# Invitation to tender\n';
const URI = 'file:///tmp/tender-lint-faults/itt.md';
/** 8,000 nested block quotes: today the Markdown parser overflows its stack on this (issue #8 note). */
const UNREADABLE = `${'> '.repeat(8000)}x\n`;

const frontMatter = <T extends { code?: unknown }>(ds: T[]): T[] => ds.filter((d) => d.code === 'front-matter');
const logs = (client: TestClient, pattern: RegExp) => client.notices.filter((n) => n.method === 'window/logMessage' && pattern.test(n.params.message));

describe('core: a rule that throws', () => {
  const exploding: Rule = {
    id: 'exploding',
    description: 'Throws after reporting, to prove that a failing rule is isolated.',
    rationale: 'Test only.',
    defaultSeverity: 'error',
    fixable: false,
    examples: { valid: [], invalid: [] },
    check(ctx) {
      ctx.report({ message: 'half-finished', start: 0, end: 1 });
      throw new Error('boom');
    },
  };

  it('is reported once as a problem, its reports are dropped, and the other rules still run', () => {
    const result = lintDocument(parse(BAD), { today: '2025-06-01' }, [exploding, ...rules]);
    const about = result.problems.filter((p) => p.source === 'exploding');
    assert.equal(about.length, 1);
    assert.match(about[0].message, /^Rule exploding failed on this document and was skipped: boom$/);
    assert.equal(result.findings.filter((f) => f.ruleId === 'exploding').length, 0, 'nothing from a rule that failed half-way');
    assert.equal(frontMatter(result.findings.map((f) => ({ ...f, code: f.ruleId }))).length, 1, 'front-matter still reports');
  });
});

describe('language server under faults', function () {
  this.timeout(30000);
  let client: TestClient | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('keeps serving after a document the core cannot read, and says so once however often it is edited', async () => {
    ({ client } = await TestClient.start());
    const bad = 'file:///tmp/tender-lint-faults/unreadable.md';
    client.open(bad, UNREADABLE);
    let text = UNREADABLE;
    for (let i = 0; i < 3; i++) {
      await quietPeriod(100);
      client.replace(bad, text, `${text}x`);
      text = `${text}x`;
    }
    // Hover, completion and code lens answer (with nothing) instead of failing the request.
    const at = { textDocument: { uri: bad }, position: { line: 0, character: 3 } };
    assert.equal(await client.request('textDocument/hover', at), null);
    assert.deepEqual(await client.request('textDocument/completion', at), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: bad } }), []);
    // Another document is still checked: the server is alive and not wedged.
    client.open(URI, BAD);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1, 15000)).length, 1);
    await quietPeriod(300);
    const failures = client.messages().filter((m) => m.includes(bad));
    if (client.diagnosticsFor(bad).length === 0) {
      assert.equal(failures.length, 1, JSON.stringify(client.messages()));
      assert.match(failures[0], /^Tender Lint could not check .*unreadable\.md: /);
    } else {
      assert.deepEqual(failures, [], 'once the core reads such documents, nothing is reported');
    }
    assert.equal(client.process.exitCode, null);
  });

  it('logs a parser warning once per document while the other rules still report', async () => {
    ({ client } = await TestClient.start());
    const text = `${BAD}\n${'The authority buys library services. '.repeat(7000)}\n`;
    client.open(URI, text);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1, 15000)).length, 1);
    const from = client.notices.length;
    const version = client.insert(URI, 5, '# Invitation to tender'.length, ' (edited)');
    assert.equal(frontMatter(await client.nextDiagnostics(URI, from, version, 15000)).length, 1);
    const warnings = logs(client, /too complex to read as Markdown \(.*\); it was checked as plain text/);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.ok(warnings[0].params.message.startsWith(URI));
  });

  it('never publishes diagnostics that belong to another version, while settings are slow to arrive', async () => {
    ({ client } = await TestClient.start({ debounceMs: 10 }));
    // Each settings request takes a while, so edits land while runs are waiting for their settings.
    client.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      await quietPeriod(60);
      return params.items.map(() => ({}));
    });
    const texts = new Map<number, string>([[1, GOOD]]);
    client.open(URI, GOOD);
    let text = GOOD;
    let version = 1;
    for (let i = 0; i < 12; i++) {
      const next = text === GOOD ? BAD : GOOD;
      version = client.replace(URI, text, next);
      texts.set(version, next);
      text = next;
      await quietPeriod(i % 3 === 0 ? 80 : 5);
    }
    await client.nextDiagnostics(URI, 0, version, 10000);
    await quietPeriod(300);
    assertConsistent(client.diagnosticsFor(URI), texts, version);
  });

  it('never publishes diagnostics that belong to another version, while a long lint runs', async () => {
    ({ client } = await TestClient.start({ debounceMs: 20 }));
    const body = Array.from({ length: 20000 }, (_, i) => `## Part ${i}\n\nText of part ${i}.`).join('\n\n');
    const texts = new Map<number, string>();
    let text = `${GOOD}\n${body}\n`;
    client.open(URI, text);
    texts.set(1, text);
    let version = 1;
    for (let i = 0; i < 6; i++) {
      const next = text.startsWith(GOOD) ? `${BAD}\n${body}\n` : `${GOOD}\n${body}\n`;
      version = client.replace(URI, text, next);
      texts.set(version, next);
      text = next;
      await quietPeriod(i * 40);
    }
    await client.nextDiagnostics(URI, 0, version, 20000);
    await quietPeriod(500);
    assertConsistent(client.diagnosticsFor(URI), texts, version);
  });

  it('falls back to defaults with one message when the settings section is not an object', async () => {
    ({ client } = await TestClient.start({ settings: 42 }));
    client.open(URI, BAD);
    client.open('file:///tmp/tender-lint-faults/second.md', BAD);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1))[0].severity, 1);
    await client.nextDiagnostics('file:///tmp/tender-lint-faults/second.md', 0, 1);
    assert.deepEqual(client.messages(), ['Tender Lint: Settings: "tenderLint" must be an object of settings; using defaults.']);
  });

  it('lints with defaults when the client fails the settings request', async () => {
    ({ client } = await TestClient.start());
    client.connection.onRequest('workspace/configuration', () => {
      throw new Error('configuration unavailable');
    });
    client.open(URI, BAD);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1))[0].severity, 1);
  });

  it('survives a binary file opened as Markdown', async () => {
    ({ client } = await TestClient.start());
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
    const binary = 'file:///tmp/tender-lint-faults/image.png.md';
    client.open(binary, bytes.toString('latin1'));
    await client.nextDiagnostics(binary, 0, 1, 15000);
    client.open(URI, BAD);
    assert.equal(frontMatter(await client.nextDiagnostics(URI, 0, 1)).length, 1);
  });

  it('refuses a huge .tender-lint.yaml with one message and caps the problems of a broken one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-faults-'));
    const huge = join(dir, 'huge');
    const many = join(dir, 'many');
    for (const d of [huge, many]) mkdirSync(d);
    writeFileSync(join(huge, '.tender-lint.yaml'), `rules:\n${'  front-matter: "off"\n'.repeat(250_000)}`);
    writeFileSync(join(many, '.tender-lint.json'), JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`nope-${i}`, 'off'])) }));
    ({ client } = await TestClient.start({ workspaceFolder: dir }));
    const a = pathToFileURL(join(huge, 'a.md')).href;
    const b = pathToFileURL(join(many, 'b.md')).href;
    client.open(a, BAD);
    client.open(b, BAD);
    assert.equal(frontMatter(await client.nextDiagnostics(a, 0, 1)).length, 1, 'defaults: front-matter stays on');
    await client.nextDiagnostics(b, 0, 1);
    const messages = client.messages();
    assert.equal(messages.filter((m) => /huge\/\.tender-lint\.yaml: the file is \d+ bytes, too large/.test(m)).length, 1, JSON.stringify(messages));
    assert.equal(messages.filter((m) => m.includes('many/.tender-lint.json')).length, 21);
    assert.ok(messages.some((m) => /and 980 more problems/.test(m)));
  });
});

/** Each publication's front-matter diagnostics match its own version's text; versions only move forward. */
function assertConsistent(published: Array<{ version?: number; diagnostics: Array<{ code?: unknown }> }>, texts: Map<number, string>, last: number): void {
  const versions = published.map((p) => p.version);
  assert.ok(published.length > 0);
  for (let i = 1; i < versions.length; i++) assert.ok((versions[i] ?? 0) > (versions[i - 1] ?? 0), `versions ${JSON.stringify(versions)}`);
  assert.equal(versions[versions.length - 1], last, `versions ${JSON.stringify(versions)}`);
  for (const p of published) {
    const text = texts.get(p.version ?? -1);
    assert.ok(text, `a publication for version ${p.version}, which never existed`);
    assert.equal(frontMatter(p.diagnostics).length, text.startsWith(BAD) ? 1 : 0, `version ${p.version}`);
  }
}
