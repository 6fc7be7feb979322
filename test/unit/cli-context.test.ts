// `--print-context`: the CLI shows what it read about the governing law and where it read it, and
// JSON output changes shape only when asked.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(__dirname, '../../dist/cli.js');
const TENDER =
  '# Invitation to tender: community alliance\n\n**Procedure:** Light Touch Regime, Public Contracts Regulations 2015\n**Issued:** 18 November 2024\n\n' +
  'This procurement was commenced on 18 November 2024 and it remains governed by the Public Contracts Regulations 2015. The Procurement Act 2023 does not apply to it.\n';

describe('CLI --print-context', function () {
  this.timeout(60_000);
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-context-'));
    writeFileSync(join(dir, 'itt.md'), TENDER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the regime, date and light touch read from the cover page, with line numbers', () => {
    const r = run('--print-context', 'itt.md');
    assert.match(r.stdout, /context: regime pcr-2015 \(text, certain\) · date 2024-11-18 \(text\) · light touch/);
    assert.match(r.stdout, /3:36 {2}regime pcr-2015 {2}header field 'Procedure:'/);
    assert.match(r.stdout, /regime not pa-2023 {2}governing-law sentence \(denied\)/);
  });

  it('wraps JSON findings with one context per file only when asked', () => {
    const plain = JSON.parse(run('--format', 'json', 'itt.md').stdout);
    assert.ok(Array.isArray(plain));
    const wrapped = JSON.parse(run('--format', 'json', '--print-context', 'itt.md').stdout);
    assert.deepEqual(wrapped.findings, plain);
    assert.equal(wrapped.contexts[0].file, 'itt.md');
    assert.equal(wrapped.contexts[0].context.regime, 'pcr-2015');
    assert.equal(wrapped.contexts[0].context.date, '2024-11-18');
  });
});
