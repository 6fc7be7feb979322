// Issue 21, the CLI: the built dist/cli.js in a temporary folder with a FIFO, a /dev/zero symlink, a
// BOM file, a CRLF file and a closed pipe. Each case failed (hung, crashed, or changed the file) on
// the code before the issue. POSIX only (FIFOs, /dev/zero, symlinks).

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocument, writeFixed } from '../../server/src/cli/run';
import { toUri } from '../../server/src/cli/format';
import { expandPatterns } from '../../server/src/cli/files';
import { applyEditsLinear, eolOf, fixAllEdits, keepFinalLineBreak } from '../../server/src/preservingFix';

const cli = process.env.TENDER_LINT_CLI ?? resolve(__dirname, '../../dist/cli.js');
/** Generous: the old code never finished these; the new one takes well under a second. */
const TIMEOUT = 15_000;
const run = (args: string[], cwd: string, input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: TIMEOUT, input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};
const posix = process.platform !== 'win32';

/** A tender whose principles statement is incomplete: --fix appends the missing wording at the end. */
const PARTIAL = [
  '---',
  'tender-lint:',
  '  regime: pcr-2015',
  '  date: 2024-05-01',
  '  kind: tender',
  '---',
  '',
  '# Invitation to tender',
  '',
  '## Principles',
  '',
  'The Council will treat all bidders equally and without discrimination.',
];
const BROKEN = '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n';
const CLEAN = '# Notes\n\nNothing to see.\n';

(posix ? describe : describe.skip)('CLI hardening (issue 21, dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-hardening-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'clean.md'), CLEAN);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('reads only regular files, and stops at the limit while reading', () => {
    it('a FIFO named on the command line is refused at once, not waited on', () => {
      execFileSync('mkfifo', [join(dir, 'docs', 'pipe.md')]);
      const r = run(['docs/pipe.md', 'docs/clean.md'], dir);
      assert.equal(r.signal, null, 'finished without being killed');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /docs\/pipe\.md: not a regular file \(a FIFO\)/);
      assert.match(r.stdout, /No problems found in 1 file\./, 'the other file is still checked');
    });

    it('/dev/zero named directly, or as a z.md symlink picked up by a glob or a folder, is named and skipped', () => {
      symlinkSync('/dev/zero', join(dir, 'docs', 'z.md'));
      for (const args of [['/dev/zero', 'docs/clean.md'], ['docs/*.md'], ['docs']]) {
        const r = run(args, dir);
        assert.equal(r.signal, null, `${args.join(' ')}: finished`);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /not a regular file \(a character device\); skipped\./, args.join(' '));
        assert.match(r.stdout, /No problems found in 1 file\./, args.join(' '));
      }
    });

    it('--config /dev/zero and a .tender-lint.yaml symlink to /dev/zero are named, not read, and exit 2', () => {
      const r = run(['--config', '/dev/zero', 'docs/clean.md'], dir);
      assert.equal(r.signal, null);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\/dev\/zero: not a regular file/);
      symlinkSync('/dev/zero', join(dir, 'docs', '.tender-lint.yaml'));
      const found = run(['docs/clean.md'], dir);
      assert.equal(found.signal, null);
      assert.equal(found.code, 2);
      assert.match(found.stderr, /\.tender-lint\.yaml: not a regular file/);
    });

    it('a file over the limit is refused with the limit and how to raise it', () => {
      writeFileSync(join(dir, 'docs', 'big.md'), `# Big\n\n${'word '.repeat(1000)}\n`);
      const r = run(['--max-file-size', '1KB', 'docs'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /docs\/big\.md: larger than 1 KB; raise it with --max-file-size\./);
      assert.equal(run(['--max-file-size', '1MB', 'docs'], dir).code, 0);
      assert.equal(run(['--max-file-size', 'lots', 'docs'], dir).code, 2);
    });

    it('reads standard input only when asked: --stdin, "-" or /dev/stdin', () => {
      for (const arg of ['--stdin', '-', '/dev/stdin']) {
        const r = run(['--format', 'json', arg], dir, BROKEN);
        assert.equal(r.code, 1, `${arg}: ${r.stderr}`);
        const out = JSON.parse(r.stdout);
        assert.equal(out[0].file, '<stdin>');
        assert.equal(out[0].ruleId, 'front-matter');
      }
      assert.equal(run(['--stdin', '--fix'], dir, BROKEN).code, 2, '--fix cannot write to standard input');
    });

    it('readDocument stops reading /dev/zero at the limit (the stat size of a device is 0)', () => {
      const read = readDocument('/dev/zero', 1024);
      assert.ok('error' in read && /not a regular file/.test(read.error));
    });
  });

  describe('fixes change only what they fix', () => {
    const fixable = (eol: string, bom = false, finalBreak = true) => Buffer.from(`${bom ? '\ufeff' : ''}${PARTIAL.join(eol)}${finalBreak ? eol : ''}`, 'utf8');

    it('keeps a UTF-8 BOM', () => {
      writeFileSync(join(dir, 'docs', 'bom.md'), fixable('\n', true));
      const r = run(['--fix', 'docs/bom.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      const after = readFileSync(join(dir, 'docs', 'bom.md'));
      assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is still there');
      assert.ok(after.length > fixable('\n', true).length, 'the fix was applied');
      assert.ok(!after.subarray(3).toString('utf8').includes('\ufeff'), 'and only one BOM');
    });

    it('keeps CRLF line endings: the inserted principles section gets CRLF, not bare LF', () => {
      // No principles statement at all: the fix inserts a whole section (several lines).
      const text = [...PARTIAL.slice(0, 8), '', '## Evaluation', '', 'Tenders are scored on price and quality.', ''].join('\r\n');
      writeFileSync(join(dir, 'docs', 'eol.md'), text);
      const r = run(['--fix', 'docs/eol.md'], dir);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const after = readFileSync(join(dir, 'docs', 'eol.md'), 'utf8');
      const breaks = after.match(/\r\n|\r|\n/g) ?? [];
      assert.ok(breaks.length > text.split('\r\n').length, 'the fix inserted lines');
      assert.deepEqual([...new Set(breaks)], ['\r\n'], 'only CRLF');
      assert.ok(after.endsWith('Tenders are scored on price and quality.\r\n'));
    });

    it('fix texts take the document\'s line ending (CRLF, CR, LF), and the final line break is kept or not', () => {
      const finding = (start: number, text: string) => ({ ruleId: 'r', severity: 'warning' as const, message: 'm', start, end: start, fixes: [{ title: 't', edits: [{ start, end: start, text }] }] });
      for (const eol of ['\r\n', '\r', '\n'] as const) {
        const doc = `# T${eol}${eol}Para.${eol}`;
        assert.equal(eolOf(doc), eol);
        const edits = fixAllEdits(doc, [finding(doc.length, '\n## Added\n\nText.\n')]);
        assert.equal(applyEditsLinear(doc, edits), `${doc}${eol}## Added${eol}${eol}Text.${eol}`);
      }
      assert.equal(keepFinalLineBreak('a', 'a\n\nb\n'), 'a\n\nb');
      assert.equal(keepFinalLineBreak('a\r\n', 'a\r\nb'), 'a\r\nb\r\n');
    });

    it('a file that ended without a line break still does', () => {
      writeFileSync(join(dir, 'docs', 'open.md'), fixable('\n', false, false));
      assert.equal(run(['--fix', 'docs/open.md'], dir).code, 0);
      const after = readFileSync(join(dir, 'docs', 'open.md'), 'utf8');
      assert.ok(after.length > PARTIAL.join('\n').length);
      assert.ok(!/[\r\n]$/.test(after), JSON.stringify(after.slice(-20)));
    });

    it('writes through a temporary file and a rename, leaves no temporary file, keeps a symlink a symlink', () => {
      const target = join(dir, 'docs', 'target.md');
      writeFileSync(target, fixable('\n'));
      symlinkSync('target.md', join(dir, 'docs', 'link.md'));
      const inode = statSync(target).ino;
      assert.equal(run(['--fix', 'docs/link.md'], dir).code, 0);
      assert.ok(lstatSync(join(dir, 'docs', 'link.md')).isSymbolicLink(), 'the symlink is kept');
      assert.notEqual(statSync(target).ino, inode, 'the target was replaced by a rename');
      assert.ok(readFileSync(target, 'utf8').length > fixable('\n').length);
      assert.deepEqual(readdirSync(join(dir, 'docs')).filter((f) => f.endsWith('.tmp')), []);
    });

    it('a file with nothing fixed is not written at all', () => {
      writeFileSync(join(dir, 'docs', 'broken.md'), BROKEN);
      const before = statSync(join(dir, 'docs', 'broken.md'));
      const cleanBefore = statSync(join(dir, 'docs', 'clean.md'));
      assert.equal(run(['--fix', 'docs'], dir).code, 1);
      assert.equal(statSync(join(dir, 'docs', 'broken.md')).ino, before.ino);
      assert.equal(statSync(join(dir, 'docs', 'broken.md')).mtimeMs, before.mtimeMs);
      assert.equal(statSync(join(dir, 'docs', 'clean.md')).mtimeMs, cleanBefore.mtimeMs);
    });

    it('a file changed by someone else after it was read is not overwritten', () => {
      const file = join(dir, 'docs', 'race.md');
      writeFileSync(file, fixable('\n'));
      const read = readDocument(file);
      assert.ok(!('error' in read));
      writeFileSync(file, 'Another editor saved this meanwhile.\n');
      const outcome = writeFixed(file, read, `${read.text}\nFixed.\n`);
      assert.match(outcome, /changed while it was being checked; not fixed/);
      assert.equal(readFileSync(file, 'utf8'), 'Another editor saved this meanwhile.\n');
    });
  });

  describe('streams', () => {
    it('a closed stdout pipe ends the run quietly with the exit code it would have had', () => {
      // 3,000 files with warnings only: the would-be exit code is 0, and the JSON is far bigger than a pipe buffer.
      const many = join(dir, 'many');
      mkdirSync(many);
      writeFileSync(join(many, '.tender-lint.yaml'), 'rules:\n  front-matter: warning\n');
      for (let i = 0; i < 3000; i++) writeFileSync(join(many, `d${i}.md`), BROKEN);
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" --format json many 2>err.txt | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8', timeout: 45_000 });
      assert.equal(r.stdout.trim(), '0', `exit code ${r.stdout}; stderr: ${readFileSync(join(dir, 'err.txt'), 'utf8').slice(0, 500)}`);
      assert.equal(readFileSync(join(dir, 'err.txt'), 'utf8'), '', 'no stack trace');
    });
  });

  describe('output never carries what it should not', () => {
    const SECRET = 'hunter2-s3cr3t-t0ken-value';

    it('a config file symlinked to a secret is never quoted (YAML, JSON, a value, a plain string)', () => {
      const cases: Array<[string, string]> = [
        ['.tender-lint.yaml', `${SECRET}\n`],
        ['.tender-lint.yaml', `regime: ${SECRET}\n`],
        ['.tender-lint.yaml', `rules:\n  citation: ${SECRET}\n`],
        ['.tender-lint.json', `${SECRET}\n`],
        ['.tender-lint.json', `{"regime": "${SECRET}"}`],
        ['.tender-lint.yaml', `root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:${SECRET}:/usr/sbin\n`],
      ];
      for (const [name, content] of cases) {
        const secretFile = join(dir, 'secret.txt');
        writeFileSync(secretFile, content);
        rmSync(join(dir, 'docs', '.tender-lint.yaml'), { force: true });
        rmSync(join(dir, 'docs', '.tender-lint.json'), { force: true });
        symlinkSync(secretFile, join(dir, 'docs', name));
        const r = run(['docs/clean.md'], dir);
        assert.ok(!(r.stdout + r.stderr).includes(SECRET), `${name} ${JSON.stringify(content)}: ${r.stderr}`);
        assert.ok(!(r.stdout + r.stderr).includes('hunter2'), `${name}: not even its start`);
        assert.match(r.stderr, new RegExp(name.replace('.', '\\.')), 'the file is named');
      }
    });

    it('SARIF URIs are percent-encoded and resolve back to the file (a backslash is part of a POSIX name)', () => {
      writeFileSync(join(dir, 'docs', 'back\\slash.md'), BROKEN);
      writeFileSync(join(dir, 'docs', 'hash #1 50%.md'), BROKEN);
      const sarif = JSON.parse(run(['--format', 'sarif', 'docs'], dir).stdout);
      const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri).sort();
      assert.deepEqual(uris, ['docs/back%5Cslash.md', 'docs/hash%20%231%2050%25.md']);
      for (const uri of uris) assert.ok(existsSync(join(dir, decodeURIComponent(uri))), uri);
      assert.equal(toUri('a\\b.md', '/'), 'a%5Cb.md');
      assert.equal(toUri('a\\b.md', '\\'), 'a/b.md');
    });

    it('control and bidi characters in file names are escaped in text output', () => {
      writeFileSync(join(dir, 'docs', 'esc\x1b[31mred.md'), BROKEN);
      writeFileSync(join(dir, 'docs', 'rlo\u202egpj.md'), BROKEN);
      const r = run(['docs'], dir);
      assert.equal(r.code, 1);
      assert.ok(!r.stdout.includes('\x1b') && !r.stdout.includes('\u202e'), JSON.stringify(r.stdout));
      assert.match(r.stdout, /docs\/esc\\x1b\[31mred\.md/);
      assert.match(r.stdout, /docs\/rlo\\u202egpj\.md/);
    });
  });

  describe('file expansion (tinyglobby, picomatch, ignore)', () => {
    const names = (patterns: string[], ignore: string[] = []) => expandPatterns(patterns, dir, { ignore }).files.map((f) => f.slice(dir.length + 1)).sort();

    beforeEach(() => {
      for (const d of ['docs/drafts', 'docs/.hidden', 'docs/node_modules/pkg']) mkdirSync(join(dir, d), { recursive: true });
      for (const f of ['docs/a.md', 'docs/b.md', 'docs/c.markdown', 'docs/UPPER.MD', 'docs/drafts/d.md', 'docs/.hidden/h.md', 'docs/node_modules/pkg/n.md', 'docs/notes.txt']) writeFileSync(join(dir, f), CLEAN);
    });

    it('a folder: Markdown files, without node_modules and dot-folders', () => {
      assert.deepEqual(names(['docs']), ['docs/UPPER.MD', 'docs/a.md', 'docs/b.md', 'docs/c.markdown', 'docs/clean.md', 'docs/drafts/d.md']);
    });

    it('negation, character classes and a dot-folder named by the pattern', () => {
      assert.deepEqual(names(['docs/**/*.md', '!docs/drafts/**']), ['docs/a.md', 'docs/b.md', 'docs/clean.md']);
      assert.deepEqual(names(['docs/[ab].md']), ['docs/a.md', 'docs/b.md']);
      assert.deepEqual(names(['docs/.hidden/*.md']), ['docs/.hidden/h.md']);
      assert.deepEqual(names(['docs/{a,c}.*']), ['docs/a.md', 'docs/c.markdown']);
    });

    it('.tender-lintignore (gitignore syntax) and --ignore', () => {
      writeFileSync(join(dir, '.tender-lintignore'), '# drafts are not ready\ndrafts/\nb.md\n');
      assert.deepEqual(names(['docs']), ['docs/UPPER.MD', 'docs/a.md', 'docs/c.markdown', 'docs/clean.md']);
      assert.deepEqual(names(['docs'], ['**/*.markdown']), ['docs/UPPER.MD', 'docs/a.md', 'docs/clean.md']);
      const r = run(['--ignore', 'docs/a.md', 'docs/a.md', 'docs/clean.md'], dir);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /docs\/a\.md: skipped, it matches an ignore rule/);
      assert.match(r.stdout, /in 1 file\./);
    });

    it('a symlink loop ends, and a file reached twice is checked once', () => {
      symlinkSync('.', join(dir, 'docs', 'loop'));
      symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'drafts', 'up'));
      const r = run(['--format', 'json', 'docs'], dir);
      assert.equal(r.signal, null);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(names(['docs']), ['docs/UPPER.MD', 'docs/a.md', 'docs/b.md', 'docs/c.markdown', 'docs/clean.md', 'docs/drafts/d.md']);
    });
  });
});
