// Hostile and extreme input: each case finishes within a bound and ends in a clear message, never an
// exception. The bounds are generous (a loaded 2-core machine must not flake); the times measured on
// an idle machine are in the note on issue #8. The CLI cases run the bundle: `node esbuild.mjs` first
// (npm test does). Memory is bounded by running the CLI with a capped heap: past it, Node aborts.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import * as core from '../../server/src/core';
import { lint, parseConfigText, ruleIds, type LintResult } from '../../server/src/core';

const today = '2025-06-01';
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const PROSE = 'Under regulation 18 of the Public Contracts Regulations 2015 the innovative partnership procedure is advertised in the OJEU. ';

function timedLint(text: string): { result: LintResult; ms: number } {
  const t0 = performance.now();
  const result = lint(text, { today });
  return { result, ms: performance.now() - t0 };
}

function assertRangesInside(result: LintResult, text: string): void {
  for (const f of result.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
}

/** Nine levels of nine-fold aliases: a billion strings if expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    previous = name;
  }
  return lines.join('\n');
}

describe('hostile input: the core lint', function () {
  this.timeout(120_000);

  it('a 10 MB single line is checked as plain text, with a message, in under 20 s', () => {
    const text = fill(PROSE, 10_000_000);
    const { result, ms } = timedLint(text);
    assert.ok(ms < 20_000, `${ms} ms`);
    assert.ok(result.problems.some((p) => /too complex to read as Markdown \(.*\); it was checked as plain text/.test(p.message)), JSON.stringify(result.problems));
    assert.ok(result.findings.length > 0, 'the rules still read the words');
    assertRangesInside(result, text);
  });

  it('5,000-deep block quotes are parsed in under 20 s and their prose is read', () => {
    const text = `${'>'.repeat(5000)} ${PROSE}\n`;
    const { result, ms } = timedLint(text);
    assert.ok(ms < 20_000, `${ms} ms`);
    assert.ok(result.doc.passages.some((p) => p.text.includes('innovative partnership procedure')));
    assertRangesInside(result, text);
  });

  it('a 5,000-deep indented list (25 MB) is checked as plain text with a message in under 20 s', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- ${i === 4999 ? PROSE : 'item'}`).join('\n');
    const { result, ms } = timedLint(text);
    assert.ok(ms < 20_000, `${ms} ms`);
    assert.ok(result.problems.some((p) => /too complex to read as Markdown/.test(p.message)));
    assert.ok(result.doc.passages.some((p) => p.text.includes('innovative partnership procedure')));
  });

  it('1,000-deep nested list markers on one line are parsed in under 20 s', () => {
    const text = `${'- '.repeat(1000)}${PROSE}\n`;
    const { result, ms } = timedLint(text);
    assert.ok(ms < 20_000, `${ms} ms`);
    assert.ok(result.doc.passages.some((p) => p.text.includes('innovative partnership procedure')));
  });

  it('100,000 headings are read as 100,000 sections in under 60 s', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n\n');
    const { result, ms } = timedLint(text);
    assert.ok(ms < 60_000, `${ms} ms`);
    assert.equal(result.doc.sections.length, 100_000);
  });

  it('binary bytes opened as Markdown (as an editor would decode them) do not throw', () => {
    const bytes = Buffer.alloc(1_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
    for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
      const { result, ms } = timedLint(text);
      assert.ok(ms < 20_000, `${ms} ms`);
      assertRangesInside(result, text);
    }
  });

  it('a front matter alias bomb is refused with a message and the body is still checked', () => {
    const text = `---\n${aliasBomb()}\ntender-lint:\n  regime: pcr-2015\n---\n\n# Invitation to tender\n\n${PROSE}\n`;
    const { result, ms } = timedLint(text);
    assert.ok(ms < 5_000, `${ms} ms`);
    const fm = result.findings.filter((f) => f.ruleId === 'front-matter');
    assert.equal(fm.length, 1);
    assert.match(fm[0].message, /could not be read: Excessive alias count/);
    assert.ok(result.findings.some((f) => f.ruleId !== 'front-matter'), 'the other rules still run');
  });

  it('200 KB of front matter is ignored with a message', () => {
    const text = `---\nnotes: ${'y'.repeat(200_000)}\n---\n\n# Title\n`;
    const { result, ms } = timedLint(text);
    assert.ok(ms < 5_000, `${ms} ms`);
    assert.ok(result.findings.some((f) => f.ruleId === 'front-matter' && /Tender Lint reads at most \d+/.test(f.message)));
  });
});

describe('hostile input: config files (core)', function () {
  this.timeout(60_000);

  it('an alias bomb in .tender-lint.yaml is refused with a message naming the file', () => {
    const t0 = performance.now();
    const { settings, problems } = parseConfigText(aliasBomb(), '.tender-lint.yaml', ruleIds);
    assert.ok(performance.now() - t0 < 5_000);
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^\.tender-lint\.yaml: could not be read \(Excessive alias count/);
  });

  it('a config file over the size limit is refused without being parsed', () => {
    const huge = `rules:\n${fill('  front-matter: warning\n', 2_000_000)}`;
    const t0 = performance.now();
    const { settings, problems } = parseConfigText(huge, '.tender-lint.yaml', ruleIds);
    assert.ok(performance.now() - t0 < 1_000);
    assert.deepEqual(settings, {});
    assert.match(problems[0].message, /larger than \d+ characters; using defaults/);
  });
});

describe('hostile input: the CLI (dist/cli.js)', function () {
  this.timeout(120_000);
  const cli = resolve(__dirname, '../../dist/cli.js');
  let dir: string;
  /** The heap cap every CLI run gets: exceeding it aborts the process, failing the test. */
  const HEAP_MB = 512;
  const run = (...args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a 10 MB single line: a warning, the findings, exit 0/1, under 20 s', () => {
    writeFileSync(join(dir, 'line.md'), fill(PROSE, 10_000_000));
    const r = run('line.md');
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code} ${r.signal} ${r.stderr.slice(0, 500)}`);
    assert.ok(r.ms < 20_000, `${r.ms} ms`);
    assert.match(r.stderr, /line\.md: Part of this document is too complex to read as Markdown \(a block of 10000000 characters\)/);
  });

  it('100,000 headings and 5,000-deep block quotes finish within the heap cap', () => {
    writeFileSync(join(dir, 'headings.md'), Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}`).join('\n\n'));
    writeFileSync(join(dir, 'quotes.md'), `${'>'.repeat(5000)} quote\n`);
    const r = run('headings.md', 'quotes.md');
    assert.equal(r.code, 0, `${r.signal} ${r.stderr.slice(0, 500)}`);
    assert.ok(r.ms < 60_000, `${r.ms} ms`);
    assert.match(r.stdout, /No problems found in 2 files\./);
  });

  it('refuses a binary file and invalid UTF-8 with a message each, and still checks the good file', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(5000, 7)]);
    writeFileSync(join(dir, 'image.md'), png);
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9 menu\n\nPrices in \xa3.\n', 'latin1'));
    writeFileSync(join(dir, 'good.md'), '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n');
    const r = run('image.md', 'latin1.md', 'good.md');
    assert.equal(r.code, 2, 'file errors exit 2');
    assert.match(r.stderr, /image\.md: looks like a binary file \(it contains NUL bytes\); skipped\./);
    assert.match(r.stderr, /latin1\.md: is not valid UTF-8 text; save it as UTF-8 and try again\./);
    assert.match(r.stdout, /good\.md\n.*regime/, 'the good file is still checked');
  });

  it('a huge .tender-lint.yaml is refused with one message, and the file is linted with defaults', () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', '.tender-lint.yaml'), `rules:\n${fill('  front-matter: "off"\n', 5_000_000)}`); // refused by size
    writeFileSync(join(dir, 'b', '.tender-lint.yaml'), `rules:\n${fill('  front-matter: "off"\n', 300_000)}`); // refused by length
    const doc = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n';
    writeFileSync(join(dir, 'a', 'doc.md'), doc);
    writeFileSync(join(dir, 'b', 'doc.md'), doc);
    const r = run('a/doc.md', 'b/doc.md');
    assert.ok(r.ms < 20_000, `${r.ms} ms`);
    assert.match(r.stderr, /a\/\.tender-lint\.yaml: the file is \d+ bytes, too large for a settings file; using defaults\./);
    assert.match(r.stderr, /b\/\.tender-lint\.yaml: the file is larger than \d+ characters; using defaults\./);
    assert.equal((r.stdout.match(/regime/g) ?? []).length, 2, 'front-matter stays on: the defaults apply');
  });

  it('a file nested too deep for the Markdown parser is checked as plain text, named, and the others still checked', () => {
    writeFileSync(join(dir, 'deep.md'), `${'- '.repeat(5000)}item\n`);
    writeFileSync(join(dir, 'good.md'), '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n');
    const r = run('deep.md', 'good.md');
    assert.doesNotMatch(r.stderr, /internal error/);
    assert.match(r.stdout, /good\.md\n.*regime/);
    assert.match(r.stderr, /deep\.md: Part of this document is too complex to read as Markdown \(a line nested more than 64 lists or block quotes deep\)/);
    assert.equal(r.code, 1, r.stderr);
  });

  it('a config file with thousands of problems prints a bounded number of them', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`no-such-rule-${i}`, 'error']));
    writeFileSync(join(dir, '.tender-lint.json'), JSON.stringify({ rules: many }));
    writeFileSync(join(dir, 'doc.md'), '# Notes\n');
    const r = run('doc.md');
    const warnings = r.stderr.split('\n').filter((l) => l.includes('.tender-lint.json'));
    assert.ok(warnings.length <= 21, `${warnings.length} lines`);
    assert.ok(warnings.some((l) => /and 4980 more problems/.test(l)), warnings.slice(-2).join('\n'));
  });
});

// Every regular expression in the core, against adversarial 100 KB strings: the literals are read from
// the source with the TypeScript parser, the patterns held as data are collected from the exported
// vocabularies. Catastrophic backtracking takes seconds to forever on such strings; a linear pattern
// takes milliseconds, so one second per pattern and string is a wide margin that still catches it.

const CORE = resolve(__dirname, '../../server/src/core');
const ADVERSARIAL_LENGTH = 100_000;
const GENERIC_UNITS = [
  'a', ' ', '\t', '\n', ' \n', '\r\n', '1', '1.', '(1)', '(', ')', '-', '–', '.', ',', '#', '*', '_', '[', '](', '<!--', '`', '|', '> ', '- ',
  'a ', 'a-', 'A.', 'Aa ', 'reg ', 'regulation 1 ', 's.', 'section ', 'Art ', 'the ', 'and ', 'of ', '1(1)', '2015/', 'é', '😀', 'e\u0301', '\u00a0',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function regexLiterals(): Array<{ where: string; re: RegExp }> {
  const out: Array<{ where: string; re: RegExp }> = [];
  for (const file of sourceFiles(CORE)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ where: `${relative(CORE, file)}:${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** RegExp objects anywhere in the exported data, and regex sources under the keys that hold them. */
function vocabularyPatterns(): Array<{ where: string; re: RegExp }> {
  const out: Array<{ where: string; re: RegExp }> = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string, key: string): void => {
    if (value instanceof RegExp) out.push({ where: path, re: value });
    else if (typeof value === 'string' && PATTERN_KEYS.has(key)) {
      // Compiled as the rules compile them: case-insensitive, between word boundaries.
      out.push({ where: path, re: new RegExp(String.raw`(?<![\w-])(?:${value})(?![\w-])`, 'gi') });
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, Array.isArray(value) ? key : k);
    }
  };
  for (const [name, value] of Object.entries(core)) if (typeof value !== 'function') walk(value, name, name);
  return out;
}
const PATTERN_KEYS = new Set(['pattern', 'wrong', 'requiresContext']);

function adversarialStrings(re: RegExp): string[] {
  const words = [...new Set(re.source.match(/[A-Za-z]{2,}|\d+/g) ?? [])].slice(0, 6);
  const derived = words.flatMap((w) => [`${w} `, w, `${w}1 `, `${w} the `]);
  if (words.length > 1) derived.push(`${words.join(' ')} `);
  return [...GENERIC_UNITS, ...derived].map((unit) => fill(unit, ADVERSARIAL_LENGTH));
}

/** The slowest of: one search, and every match in turn as the rules iterate with the g flag. */
function slowestRun(re: RegExp, text: string): number {
  const once = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags.replace('y', '') : `${re.flags}g`);
  let t0 = performance.now();
  once.exec(text);
  const single = performance.now() - t0;
  t0 = performance.now();
  for (let m = all.exec(text), n = 0; m && n < 200_000; m = all.exec(text), n++) if (m[0] === '') all.lastIndex++;
  return Math.max(single, performance.now() - t0);
}

describe('hostile input: every regular expression in the core', function () {
  this.timeout(300_000);
  const literals = regexLiterals();
  const vocabulary = vocabularyPatterns();

  it('finds the patterns to test (literals in the source, patterns in the knowledge base)', () => {
    assert.ok(literals.length > 100, `${literals.length} literals`);
    assert.ok(vocabulary.length > 50, `${vocabulary.length} vocabulary patterns`);
    assert.ok(literals.some((l) => l.where.startsWith(join('rules', ''))) && literals.some((l) => l.where.startsWith(join('knowledge', ''))));
  });

  for (const [label, patterns] of [['literal', literals], ['vocabulary', vocabulary]] as const) {
    it(`each ${label} pattern runs over adversarial 100 KB strings in under a second`, () => {
      const slow: string[] = [];
      for (const { where, re } of patterns) {
        for (const text of adversarialStrings(re)) {
          const ms = slowestRun(re, text);
          if (ms >= 1000) slow.push(`${where} /${re.source.slice(0, 60)}/ on ${JSON.stringify(text.slice(0, 12))}…: ${Math.round(ms)} ms`);
        }
      }
      assert.deepEqual(slow, []);
    });
  }
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
