// Part of the hostile-input tests (see hostile-input.test.ts): every regular expression in the core
// against adversarial strings (hostile-regex-scan.ts, run as a child process with a deadline so that a
// catastrophic pattern fails this test by name instead of hanging the suite), and whole documents of
// one repeated fragment.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

import type { ScanResult } from './hostile-regex-scan';
import { assertRangesInside, fill, GENERIC_UNITS, timedLint } from './hostile-helpers';

const ADVERSARIAL_LENGTH = 100_000;
const SCAN = resolve(__dirname, 'hostile-regex-scan.ts');
// Linear patterns finish the whole scan in about 15 s on an idle 2-core machine; a busy one may take
// several times that. A pattern that backtracks catastrophically never finishes.
const SCAN_DEADLINE_MS = 240_000;

function runScan(): Promise<ScanResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--require', 'tsx/cjs', SCAN], { timeout: SCAN_DEADLINE_MS, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const last = stderr.trim().split('\n').pop();
      if (err) fail(new Error(err.killed ? `the scan did not finish in ${SCAN_DEADLINE_MS / 1000} s; last pattern started: ${last}` : `${err.message}\n${stderr.slice(-2000)}`));
      else done(JSON.parse(stdout) as ScanResult);
    });
  });
}

describe('hostile input: every regular expression in the core', function () {
  this.timeout(SCAN_DEADLINE_MS + 30_000);
  let scan: ScanResult;
  before(async () => {
    scan = await runScan();
  });

  it('finds the patterns to test (literals in the source, patterns in the knowledge base)', () => {
    assert.ok(scan.literals.length > 100, `${scan.literals.length} literals`);
    assert.ok(scan.vocabulary.length > 50, `${scan.vocabulary.length} vocabulary patterns`);
    assert.ok(scan.literals.some((l) => l.startsWith('rules')) && scan.literals.some((l) => l.startsWith('knowledge')));
  });

  it('each literal pattern runs over adversarial 100 KB strings in under a second', () => assert.deepEqual(scan.slow.literal, []));
  it('each vocabulary pattern runs over adversarial 100 KB strings in under a second', () => assert.deepEqual(scan.slow.vocabulary, []));
});

describe('hostile input: whole documents of one repeated fragment (100 KB)', function () {
  this.timeout(300_000);
  // Markdown punctuation and procurement vocabulary, each repeated to 100 KB as one document. The
  // fragments the Markdown parser cannot yet take in bounded time are listed in issue #8's note.
  const units = [
    ...GENERIC_UNITS.filter((u) => u !== '> ' && u !== ']('), '_a', '[a', '![', '<a ', '<', '&', '&amp;', '\\', '~', ':', 'http://', 'www.a', '|a', '1)', '* ', '```\n', '~~~',
    '<div>\n', '[^', 'PCR 2015 ', 'Procurement Act 2023 ', 'reg 31 PCR ', 'innovative partnership ', 'OJEU ', '---\n', '    a\n', 'a\n\n',
  ];
  it('lints each in under 10 s without throwing, every range inside the document', () => {
    const slow: string[] = [];
    for (const unit of units) {
      const text = fill(unit, ADVERSARIAL_LENGTH);
      try {
        const { result, ms } = timedLint(text);
        assertRangesInside(result, text);
        if (ms >= 10_000) slow.push(`${JSON.stringify(unit)}: ${Math.round(ms)} ms`);
      } catch (e) {
        slow.push(`${JSON.stringify(unit)}: ${(e as Error).message}`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
