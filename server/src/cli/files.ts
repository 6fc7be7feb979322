// Expands the CLI's file arguments: plain files, directories (searched for Markdown) and globs, with
// tinyglobby (picomatch syntax: `*`, `**`, `?`, `[a-z]`, `{a,b}`, `!negation`). Ignore rules come from
// `.tender-lintignore` (gitignore syntax, read with `ignore`) in the working directory and from
// `--ignore <glob>`. As in markdownlint-cli2 and ESLint: `!pattern` removes matches of the other
// patterns, node_modules is never searched, dot-folders are searched only when a pattern names them,
// and a symlink loop is walked once.

import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
// require(): the CommonJS build, which bundles to CommonJS without import.meta (its ESM build needs it).
import tinyglobby = require('tinyglobby');
import { readBoundedFile } from '../node/readBounded';

const { globSync, isDynamicPattern } = tinyglobby;

export const IGNORE_FILE = '.tender-lintignore';
const MARKDOWN = /\.(md|markdown)$/i;
const MAX_FILES = 100_000;
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
const ALWAYS_IGNORED = ['**/node_modules/**'];

export interface Expansion {
  files: string[];
  errors: string[];
  /** Notes that are not errors (a named file skipped by an ignore rule). */
  warnings: string[];
}

export interface ExpandOptions {
  /** `--ignore` globs, relative to cwd. */
  ignore?: string[];
}

/** `\` separates folders only on Windows; elsewhere it is part of a file name. */
const toSlashes = (p: string) => (sep === '\\' ? p.split('\\').join('/') : p);

export function expandPatterns(patterns: string[], cwd = process.cwd(), options: ExpandOptions = {}): Expansion {
  const files = new Set<string>();
  /** Real paths seen: a file reached twice (through a symlinked folder, a loop) is checked once. */
  const real = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const negations = patterns.filter((p) => p.startsWith('!') && p.length > 1).map((p) => toSlashes(p.slice(1)));
  const positive = patterns.filter((p) => !(p.startsWith('!') && p.length > 1));
  const ignored = ignoredBy(cwd, [...(options.ignore ?? []).map(toSlashes), ...negations], errors);
  const add = (file: string) => {
    if (files.size < MAX_FILES && !ignored(file)) files.add(file);
  };

  for (const pattern of positive) {
    const glob = toSlashes(pattern);
    if (isDynamicPattern(glob)) {
      const matched = globSync(glob, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: true, ignore: ALWAYS_IGNORED, expandDirectories: false });
      if (matched.length === 0) errors.push(`${pattern}: no file matches this pattern.`);
      for (const f of matched) add(resolve(f));
      continue;
    }
    const path = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push(`${pattern}: no such file or directory.`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = globSync('**/*.{md,markdown}', { cwd: path, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: true, caseSensitiveMatch: false, ignore: ALWAYS_IGNORED });
      for (const f of found) if (MARKDOWN.test(f)) add(resolve(f));
    } else if (ignored(path)) {
      warnings.push(`${pattern}: skipped, it matches an ignore rule.`);
    } else {
      add(path);
    }
  }
  const unique: string[] = [];
  for (const file of [...files].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))) {
    let key = file;
    try {
      key = realpathSync(file);
    } catch {
      // dangling: reading it will say so
    }
    if (real.has(key)) continue;
    real.add(key);
    unique.push(file);
  }
  return { files: unique.sort(), errors, warnings };
}

/** Whether an absolute path is excluded by .tender-lintignore, --ignore or a `!pattern`. */
function ignoredBy(cwd: string, globs: string[], errors: string[]): (file: string) => boolean {
  let fromFile: Ignore | undefined;
  const read = readBoundedFile(resolve(cwd, IGNORE_FILE), MAX_IGNORE_FILE_BYTES);
  if (read.ok) fromFile = ignore().add(read.bytes.toString('utf8'));
  else if (read.reason !== 'unreadable') errors.push(`${IGNORE_FILE}: ${read.reason === 'too-large' ? 'larger than 1 MB' : 'not a regular file'}; not used.`);
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  return (file) => {
    const rel = toSlashes(relative(cwd, file));
    if (rel === '' || isAbsolute(rel)) return false;
    if (matchers.some((m) => m(rel))) return true;
    // `ignore` takes only paths inside cwd ("../x" would throw).
    return fromFile !== undefined && !rel.startsWith('../') && fromFile.ignores(rel);
  };
}
