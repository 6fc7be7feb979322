// The CLI as a user runs it: the bundled dist/cli.js in a child process (npm test builds it first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(__dirname, '../../dist/cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('CLI (dist/cli.js)', () => {
  let dir: string;
  const broken = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Meeting notes\n\nText.\n';
  const clean = '# Notes\n\nNothing to see.\n';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-cli-'));
    mkdirSync(join(dir, 'docs', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'broken.md'), broken);
    writeFileSync(join(dir, 'docs', 'clean.markdown'), clean);
    writeFileSync(join(dir, 'docs', 'node_modules', 'ignored.md'), broken);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with error findings and 0 without, in text format with a summary', () => {
    const bad = run(['docs'], dir);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stdout, /docs\/broken\.md\n {2}3:3 {2}error {4}Front matter: "regime" must be one of/);
    assert.match(bad.stdout, /1 problem \(1 error, 0 other\) in 2 files\./);
    assert.ok(!bad.stdout.includes('ignored.md'), 'node_modules is skipped');
    const good = run(['docs/clean.markdown'], dir);
    assert.equal(good.code, 0);
    assert.match(good.stdout, /No problems found in 1 file\./);
  });

  it('prints the JSON contract with 0-based LSP positions', () => {
    const r = run(['--format', 'json', 'docs/*.md'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out, [
      {
        file: join('docs', 'broken.md'),
        ruleId: 'front-matter',
        severity: 'error',
        message: out[0].message,
        range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } },
        fixes: [],
      },
    ]);
  });

  it('prints valid SARIF 2.1.0 with 1-based regions and the rule table', () => {
    const sarif = JSON.parse(run(['--format=sarif', 'docs'], dir).stdout);
    assert.equal(sarif.version, '2.1.0');
    const runObj = sarif.runs[0];
    assert.equal(runObj.tool.driver.name, 'tender-lint');
    const result = runObj.results[0];
    assert.equal(runObj.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 3, endLine: 3, endColumn: 9 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'docs/broken.md');
    assert.equal(result.level, 'error');
  });

  it('names a binary or non-UTF-8 file, goes on with the others and exits 2', () => {
    writeFileSync(join(dir, 'docs', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'docs', 'latin1.md'), Buffer.from('Caf\xe9 tender\n', 'latin1'));
    const r = run(['--format', 'json', 'docs'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /image\.md: looks like a binary file/);
    assert.match(r.stderr, /latin1\.md: is not valid UTF-8/);
    assert.equal(JSON.parse(r.stdout).length, 1, 'the readable files are still linted');
  });

  it('exits 2 on usage errors and missing files', () => {
    assert.equal(run([], dir).code, 2);
    assert.equal(run(['--format', 'xml', 'docs'], dir).code, 2);
    assert.match(run(['--regime', 'eu', 'docs'], dir).stderr, /--regime must be one of/);
    const missing = run(['nowhere.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.md: no such file or directory/);
  });

  it('uses the nearest config file, reports its bad keys by name, and --config overrides it', () => {
    writeFileSync(join(dir, '.tender-lint.json'), JSON.stringify({ rules: { 'front-matter': 'off', bogus: 'error' } }));
    const r = run(['docs'], dir);
    assert.equal(r.code, 2, 'a config file that cannot be used as written fails the run');
    assert.match(r.stderr, /error: .*\.tender-lint\.json: unknown rule "bogus"/);
    const lenient = run(['--no-config-error', 'docs'], dir);
    assert.equal(lenient.code, 0, lenient.stderr);
    assert.match(lenient.stderr, /warning: .*\.tender-lint\.json: unknown rule "bogus"/);
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  front-matter: warning\n');
    const withConfig = run(['--config', 'strict.yaml', 'docs'], dir);
    assert.equal(withConfig.code, 0);
    assert.match(withConfig.stdout, /warning/);
  });

  it('--quiet reports errors only', () => {
    writeFileSync(join(dir, '.tender-lint.yaml'), 'rules:\n  front-matter: warning\n');
    assert.match(run(['--quiet', 'docs'], dir).stdout, /No problems found/);
  });

  it('--fix applies certain fixes in place and reports only what is left', () => {
    const partial = '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-05-01\n  kind: tender\n---\n\n# Invitation to tender\n\n## Principles\n\nThe Council will treat all bidders equally and without discrimination.\n';
    writeFileSync(join(dir, 'docs', 'tender.md'), partial);
    const before = JSON.parse(run(['--format', 'json', 'docs/tender.md'], dir).stdout);
    assert.ok(before.length > 0 && before.every((f: { fixes: unknown[] }) => f.fixes.length > 0), 'the tender starts with fixable findings');
    const r = run(['--fix', 'docs/tender.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    const fixed = readFileSync(join(dir, 'docs', 'tender.md'), 'utf8');
    assert.ok(fixed.startsWith(partial.trimEnd()), 'the drafter\'s text is kept as it was');
    assert.ok(fixed.length > partial.length);
    assert.deepEqual(JSON.parse(run(['--format', 'json', 'docs/tender.md'], dir).stdout), []);
  });

  it('--fix leaves files without fixes byte for byte as they were', () => {
    const r = run(['--fix', 'docs'], dir);
    assert.equal(r.code, 1);
    assert.equal(readFileSync(join(dir, 'docs', 'broken.md'), 'utf8'), broken);
    assert.equal(readFileSync(join(dir, 'docs', 'clean.markdown'), 'utf8'), clean);
  });
});
