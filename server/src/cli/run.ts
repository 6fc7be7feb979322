// The CLI's work, separated from process handling so tests can call it directly.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fixAll, lint, type LintOptions, type SettingsLayer } from '../core';
import { loadConfigFor } from '../node/configFiles';
import type { CliOptions } from './args';
import { toJson, toSarif, toText, type FileReport } from './format';
import { expandPatterns } from './files';

/** Files larger than this are refused with a message rather than linted. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string[];
}

export function runCli(options: CliOptions, version: string, cwd = process.cwd()): CliResult {
  const stderr: string[] = [];
  const { files, errors } = expandPatterns(options.patterns, cwd);
  const cliLayer: SettingsLayer = {};
  if (options.regime) cliLayer.regime = options.regime;
  if (options.date) cliLayer.date = options.date;
  const reports: FileReport[] = [];
  const seenProblems = new Set<string>();

  for (const file of files) {
    const read = readText(file);
    if (typeof read !== 'string') {
      errors.push(`${relative(cwd, file) || file}: ${read.error}`);
      continue;
    }
    const config = loadConfigFor(file, options.config);
    for (const p of config.problems) if (!seenProblems.has(p.message)) seenProblems.add(p.message) && stderr.push(`tender-lint: warning: ${p.message}`);
    const lintOptions = { layers: [config.layer, cliLayer] };
    // A document the core cannot check (a parser limit, a bug) is named and skipped; the others go on.
    try {
      reports.push(lintFile(file, read, lintOptions, options, cwd, errors, stderr));
    } catch (e) {
      errors.push(`${relative(cwd, file) || file}: could not be checked (${(e as Error)?.message ?? e}); skipped.`);
    }
  }

  const stdout = options.format === 'json' ? toJson(reports) : options.format === 'sarif' ? toSarif(reports, version) : toText(reports, []);
  for (const e of errors) stderr.push(`tender-lint: error: ${e}`);
  const hasErrors = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
  return { exitCode: errors.length > 0 ? 2 : hasErrors ? 1 : 0, stdout, stderr };
}

/** Lints one file (fixing it first with --fix); failures to write go to `errors`, problems to `stderr`. */
function lintFile(file: string, read: string, lintOptions: LintOptions, options: CliOptions, cwd: string, errors: string[], stderr: string[]): FileReport {
  let text = read;
  if (options.fix) {
    const fixed = fixAll(text, lintOptions);
    if (fixed.text !== text) {
      try {
        writeFileSync(file, fixed.text, 'utf8');
        text = fixed.text;
      } catch (e) {
        errors.push(`${relative(cwd, file)}: could not write the fixes (${(e as Error).message}).`);
      }
    }
  }
  const result = lint(text, lintOptions);
  const display = relative(cwd, file) || file;
  for (const p of result.problems) stderr.push(`tender-lint: warning: ${display}: ${p.message}`);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  return { file, display, findings, lineStarts: result.doc.lineStarts };
}

/** Reads a file as UTF-8 text, refusing binary, invalid UTF-8 and oversized files with a reason. */
export function readText(file: string): string | { error: string } {
  let buffer: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { error: `the file is ${size} bytes; Tender Lint reads files up to ${MAX_FILE_BYTES} bytes.` };
    buffer = readFileSync(file);
  } catch (e) {
    return { error: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` };
  }
  if (buffer.subarray(0, 8000).includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); skipped.' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { error: 'is not valid UTF-8 text; save it as UTF-8 and try again.' };
  }
}
