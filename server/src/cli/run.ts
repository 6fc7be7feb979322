// The CLI's work, separated from process handling so tests can call it directly.

import { closeSync, constants, fchmodSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { createTwoFilesPatch } from 'diff';
import { lint, type LintOptions, type SettingsLayer } from '../core';
import { escapeControl, loadConfigFor } from '../node/configFiles';
import { formatBytes, readBoundedFile, readBoundedStdin, type BoundedRead } from '../node/readBounded';
import { fixAllPreserving } from '../preservingFix';
import { DEFAULT_MAX_FILE_BYTES, type CliOptions } from './args';
import { docsUriFor, toJson, toSarif, toText, type FileReport } from './format';
import { summariseContext } from './context';
import { expandPatterns } from './files';

/** Files larger than this are refused with a message rather than linted (unless --max-file-size says otherwise). */
export const MAX_FILE_BYTES = DEFAULT_MAX_FILE_BYTES;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
export const STDIN_NAME = '<stdin>';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string[];
}

/** A document as read: its text for the core (without a BOM) and what is needed to write it back as it was. */
export interface ReadDocument {
  text: string;
  bom: boolean;
  bytes: Buffer;
}

export function runCli(options: CliOptions, version: string, cwd = process.cwd()): CliResult {
  const stderr: string[] = [];
  const { files, errors, warnings } = options.stdin ? { files: [], errors: [], warnings: [] } : expandPatterns(options.patterns, cwd, { ignore: options.ignore });
  for (const w of warnings) stderr.push(`tender-lint: warning: ${escapeControl(w)}`);
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  const cliLayer: SettingsLayer = {};
  if (options.regime) cliLayer.regime = options.regime;
  if (options.date) cliLayer.date = options.date;
  const reports: FileReport[] = [];
  const seenProblems = new Set<string>();
  const shown = (file: string) => relative(cwd, file) || file;

  const inputs: Array<{ file: string; display: string; read: () => ReturnType<typeof readDocument> }> = options.stdin
    ? [{ file: join(cwd, options.stdinFilename ?? 'stdin.md'), display: options.stdinFilename ?? STDIN_NAME, read: () => decodeDocument(readBoundedStdin(limit), limit) }]
    : files.map((file) => ({ file, display: shown(file), read: () => readDocument(file, limit) }));

  for (const input of inputs) {
    const read = input.read();
    if ('error' in read) {
      errors.push(`${input.display}: ${read.error}`);
      continue;
    }
    const config = loadConfigFor(input.file, options.config && resolve(cwd, options.config));
    for (const p of config.problems) {
      if (seenProblems.has(p.message)) continue;
      seenProblems.add(p.message);
      // A config file that cannot be used as written fails the run (CI must not pass on defaults by
      // accident) unless --no-config-error says the defaults will do.
      if (options.configErrorsAreWarnings) stderr.push(`tender-lint: warning: ${p.message}`);
      else errors.push(config.unreadable ? p.message : `${p.message} (--no-config-error makes this a warning)`);
    }
    if (!options.stdin && config.file && ignoredByConfig(config.file, config.layer.ignores, input.file)) {
      if (options.patterns.some((p) => resolve(cwd, p) === input.file)) stderr.push(`tender-lint: warning: ${escapeControl(input.display)}: skipped, it matches "ignores" in ${escapeControl(shown(config.file))}.`);
      continue;
    }
    const lintOptions = { layers: [config.layer, cliLayer] };
    // A document the core cannot check (a parser limit, a bug) is named and skipped; the others go on.
    try {
      reports.push(lintFile(input.file, input.display, read, lintOptions, options, limit, errors, stderr));
    } catch (e) {
      errors.push(`${input.display}: could not be checked (${(e as Error)?.message ?? e}); skipped.`);
    }
  }

  // The diff quotes the document: each line is escaped as the messages are, so it cannot steer the terminal.
  const diffs = reports.map((r) => (r.diff ?? '').split('\n').map(escapeControl).join('\n')).join('');
  if (options.fixDryRun) {
    const summary = toText(reports, []);
    return finish({ stdout: diffs ? `${diffs}\n${summary}` : summary, reports, errors, stderr });
  }
  const stdout = options.format === 'json' ? toJson(reports) : options.format === 'sarif' ? toSarif(reports, version, docsUriFor(options.docsDir)) : toText(reports, []);
  return finish({ stdout, reports, errors, stderr });
}

function finish({ stdout, reports, errors, stderr }: { stdout: string; reports: FileReport[]; errors: string[]; stderr: string[] }): CliResult {
  for (const e of errors) stderr.push(`tender-lint: error: ${escapeControl(e)}`);
  const hasErrors = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
  return { exitCode: errors.length > 0 ? 2 : hasErrors ? 1 : 0, stdout, stderr };
}

/** Whether the config file's `ignores` (gitignore syntax, relative to the config file's folder) leave the file out. */
function ignoredByConfig(configFile: string, globs: string[] | undefined, file: string): boolean {
  if (!globs || globs.length === 0) return false;
  const rel = relative(dirname(configFile), file).split(sep).join('/');
  // A file outside the config file's folder is not its to ignore (`ignore` refuses "../" paths).
  return rel !== '' && !rel.startsWith('../') && !isAbsolute(rel) && ignore().add(globs).ignores(rel);
}

/** Lints one file (fixing it first with --fix); failures to write go to `errors`, problems to `stderr`. */
function lintFile(file: string, display: string, read: ReadDocument, lintOptions: LintOptions, options: CliOptions, limit: number, errors: string[], stderr: string[]): FileReport {
  let text = read.text;
  let result = lint(text, lintOptions);
  let diff: string | undefined;
  if (options.fixDryRun && result.findings.some((f) => f.fixes.length > 0)) {
    // What --fix would write, shown and not written; the findings are those that would be left.
    const fixed = fixAllPreserving(text, lintOptions, undefined, result).text;
    if (fixed !== text) {
      // jsdiff opens with a "=====" banner that git and patch do not need.
      diff = createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixed, undefined, undefined, { context: 2 }).replace(/^(?:Index: .*\n)?=+\n/, '');
      result = lint(fixed, lintOptions);
    }
  }
  if (options.fix && !options.stdin && result.findings.some((f) => f.fixes.length > 0)) {
    const fixed = fixAllPreserving(text, lintOptions, undefined, result).text;
    if (fixed !== text) {
      const outcome = writeFixed(file, read, fixed, limit);
      if (outcome === 'written') {
        text = fixed;
        result = lint(text, lintOptions);
      } else errors.push(`${display}: ${outcome}`);
    }
  }
  for (const p of result.problems) stderr.push(`tender-lint: warning: ${escapeControl(`${display}: ${p.message}`)}`);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const report: FileReport = { file, display, findings, lineStarts: result.doc.lineStarts, ...(diff ? { diff } : {}) };
  if (options.printContext) report.context = summariseContext(result.context, result.doc.lineStarts);
  return report;
}

/**
 * Writes the fixed text back as the file was (BOM kept) through a temporary file in the same folder
 * and a rename, so that a crash leaves the old file or the new one, never half of one. The file is
 * read again first: if it changed since it was linted (another editor, another process), it is left
 * alone. A symlink keeps pointing at its target, which is what gets the new text.
 */
export function writeFixed(file: string, read: ReadDocument, fixed: string, limit = MAX_FILE_BYTES): 'written' | string {
  const bytes = Buffer.concat([read.bom ? BOM : Buffer.alloc(0), Buffer.from(fixed, 'utf8')]);
  if (bytes.equals(read.bytes)) return 'written';
  let target: string;
  try {
    target = realpathSync(file);
  } catch (e) {
    return `could not write the fixes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`;
  }
  const again = readBoundedFile(target, limit);
  if (!again.ok || !again.bytes.equals(read.bytes)) return 'changed while it was being checked; not fixed (run again).';
  const temp = join(dirname(target), `.${basename(target)}.tender-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    try {
      fchmodSync(fd, statSync(target).mode & 0o7777);
    } catch {
      // keep 0600: better than failing the fix
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    return 'written';
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    return `could not write the fixes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`;
  }
}

/** Reads a file as UTF-8 text, refusing non-regular, oversized, binary and invalid UTF-8 files with a reason. */
export function readDocument(file: string, limit = MAX_FILE_BYTES): ReadDocument | { error: string } {
  return decodeDocument(readBoundedFile(file, limit), limit);
}

function decodeDocument(read: BoundedRead, limit: number): ReadDocument | { error: string } {
  if (!read.ok) {
    if (read.reason === 'not-regular') return { error: `not a regular file (${read.detail}); skipped.` };
    if (read.reason === 'too-large') return { error: `larger than ${formatBytes(limit)}; raise it with --max-file-size.` };
    return { error: `could not be read (${read.detail}).` };
  }
  const buffer = read.bytes;
  if (buffer.subarray(0, 8000).includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); skipped.' };
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  try {
    // The BOM is not part of the text the core sees; it is written back with the fixes.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer), bom, bytes: buffer };
  } catch {
    return { error: 'is not valid UTF-8 text; save it as UTF-8 and try again.' };
  }
}

/** Kept for callers of the old API: the text of a file, or why it cannot be read. */
export function readText(file: string, limit = MAX_FILE_BYTES): string | { error: string } {
  const read = readDocument(file, limit);
  return 'error' in read ? read : read.text;
}
