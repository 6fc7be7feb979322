// The CLI options of issue 14, as a user runs them: --fix-dry-run, "did you mean", --no-config-error.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closest } from '../../server/src/cli/didYouMean';

const cli = resolve(__dirname, '../../dist/cli.js');
const run = (args: string[], cwd: string, input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 30_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const TENDER = '---\ntender-lint:\n  regime: pa-2023\n  date: 2026-01-10\n---\n\n# Invitation to tender\n\nThe contract notice will be published in the OJEU.\n';

describe('CLI options (dist/cli.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-options-'));
    writeFileSync(join(dir, 'tender.md'), TENDER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix-dry-run prints a unified diff of the fixes, reports what would be left, and writes nothing', () => {
    const r = run(['--fix-dry-run', 'tender.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^--- a\/tender\.md\n\+\+\+ b\/tender\.md\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    assert.match(r.stdout, /^-The contract notice will be published in the OJEU\.$/m);
    assert.match(r.stdout, /^\+The contract notice will be published on the Central Digital Platform\.$/m);
    assert.match(r.stdout, /No problems found in 1 file\./);
    assert.equal(readFileSync(join(dir, 'tender.md'), 'utf8'), TENDER);
  });

  it('--fix-dry-run works on standard input and prints no diff when nothing is fixable', () => {
    const r = run(['--fix-dry-run', '--stdin', '--stdin-filename', 'draft.md'], dir, TENDER);
    assert.match(r.stdout, /^--- a\/draft\.md/);
    const none = run(['--fix-dry-run', '-'], dir, '# Notes\n\nNothing to fix.\n');
    assert.equal(none.code, 0);
    assert.ok(!none.stdout.includes('@@'), none.stdout);
  });

  it('--fix-dry-run refuses --fix and machine formats, with exit code 2', () => {
    assert.equal(run(['--fix-dry-run', '--fix', 'tender.md'], dir).code, 2);
    const json = run(['--fix-dry-run', '--format', 'json', 'tender.md'], dir);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /--fix-dry-run prints a diff/);
  });

  it('a mistyped option names the closest one; a word far from every option gets no guess', () => {
    const r = run(['--fxi', 'tender.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option --fxi\. Did you mean --fix\?/);
    assert.match(run(['--print-contxt', 'tender.md'], dir).stderr, /Did you mean --print-context\?/);
    assert.doesNotMatch(run(['--zzzzzz', 'tender.md'], dir).stderr, /Did you mean/);
  });

  it('closest() prefers the nearest option and stays quiet when nothing is near', () => {
    const options = ['--fix', '--fix-dry-run', '--format', '--quiet'];
    assert.equal(closest('--fix-dryrun', options), '--fix-dry-run');
    assert.equal(closest('--qiuet', options), '--quiet');
    assert.equal(closest('--formt', options), '--format');
    assert.equal(closest('--banana', options), undefined);
  });

  it('a config file with a bad value exits 2 naming the file; --no-config-error lints with the rest of it', () => {
    writeFileSync(join(dir, '.tender-lint.yaml'), 'rules:\n  obsolete-reference: loud\n');
    const strict = run(['tender.md'], dir);
    assert.equal(strict.code, 2);
    assert.match(strict.stderr, /error: .*\.tender-lint\.yaml.*--no-config-error/);
    const lenient = run(['--no-config-error', 'tender.md'], dir);
    assert.equal(lenient.code, 0, lenient.stderr);
    assert.match(lenient.stderr, /warning: .*\.tender-lint\.yaml/);
    assert.match(lenient.stdout, /obsolete-reference/);
  });

  it('SARIF: every rule links its docs page (helpUri), and a fix is a SARIF fix that reproduces --fix', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'tender.md'], dir).stdout);
    const driver = sarif.runs[0].tool.driver;
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text, rule.id);
      assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.id}: ${rule.helpUri}`);
    }
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'obsolete-reference');
    const [change] = result.fixes[0].artifactChanges;
    assert.equal(change.artifactLocation.uri, 'tender.md');
    const lines = TENDER.split('\n');
    for (const { deletedRegion: d, insertedContent } of change.replacements) {
      assert.equal(d.startLine, d.endLine, 'a one-line fix');
      const line = lines[d.startLine - 1];
      lines[d.startLine - 1] = line.slice(0, d.startColumn - 1) + insertedContent.text + line.slice(d.endColumn - 1);
    }
    run(['--fix', 'tender.md'], dir);
    assert.equal(lines.join('\n'), readFileSync(join(dir, 'tender.md'), 'utf8'));
  });

  it('"ignores" in the config file leaves matching files out, relative to the config file; a bad value is a config error', () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'old.md'), TENDER);
    writeFileSync(join(dir, '.tender-lint.json'), JSON.stringify({ ignores: ['drafts/**'] }));
    const all = run(['--format', 'json', '.'], dir);
    assert.equal(all.code, 0, all.stderr);
    const files = new Set(JSON.parse(all.stdout).map((f: { file: string }) => f.file));
    assert.deepEqual([...files], ['tender.md']);
    const named = run(['drafts/old.md'], dir);
    assert.match(named.stderr, /drafts\/old\.md: skipped, it matches "ignores" in \.tender-lint\.json/);
    writeFileSync(join(dir, '.tender-lint.json'), JSON.stringify({ ignores: 'drafts' }));
    const bad = run(['tender.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"ignores" must be a list of file globs/);
  });
});
