// Finds and reads the nearest `.tender-lint.json` / `.tender-lint.yaml`, walking up from a file.
// Shared by the CLI and the language server (Node only; the core stays free of I/O).

import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, parse as parsePath, relative } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigText, ruleIds, type ConfigProblem, type SettingsLayer } from '../core';
import { MAX_CONFIG_CHARS } from '../core/configFile';
import { readBoundedFile } from './readBounded';

/** Bytes read at most from a config file (UTF-8 takes up to 4 bytes a character). */
export const MAX_CONFIG_BYTES = MAX_CONFIG_CHARS * 4;

/** A settings file with more problems than this is summarised: nobody reads 5,000 warnings. */
export const MAX_REPORTED_PROBLEMS = 20;

export interface LoadedConfig {
  layer: SettingsLayer;
  problems: ConfigProblem[];
  /** The file that was read, when one was found. */
  file?: string;
  /** The file could not be read at all (not a regular file, too large, an I/O error): the CLI exits 2. */
  unreadable?: boolean;
}

export interface ConfigPolicy {
  /**
   * Untrusted workspace folders (absolute paths): a config file inside one that resolves, through
   * symlinks, to a place outside every one of them is not read.
   */
  confineTo?: string[];
}

/** The nearest config file at or above `startDir`, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = startDir;
  const root = parsePath(dir).root;
  for (let depth = 0; depth < 100; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        // Anything but a directory counts (a FIFO or a device too): reading it is refused with a message.
        if (!lstatSync(candidate).isDirectory()) return candidate;
      } catch {
        // not there: keep looking
      }
    }
    if (dir === root) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export function readConfigFile(file: string, policy: ConfigPolicy = {}): LoadedConfig {
  const refuse = (problem: string): LoadedConfig => ({ layer: {}, file, unreadable: true, problems: [{ source: file, message: `${file}: ${problem}; using defaults.` }] });
  if (policy.confineTo && policy.confineTo.length > 0 && isInside(file, policy.confineTo)) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return refuse('could not be resolved');
    }
    if (!isInside(real, policy.confineTo.map(realOrSelf))) {
      return { layer: {}, file, problems: [{ source: file, message: `${file}: links to a file outside the workspace folder, which is not read in an untrusted workspace; using defaults.` }] };
    }
  }
  const read = readBoundedFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) {
    if (read.reason === 'not-regular') return refuse(`not a regular file (${read.detail}), not read`);
    if (read.reason === 'too-large') return refuse(`the file is ${read.size ?? `over ${MAX_CONFIG_BYTES}`} bytes, too large for a settings file`);
    return refuse(`could not be read (${read.detail})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { layer: {}, file, problems: [{ source: file, message: `${file}: is not UTF-8 text; using defaults.` }] };
  }
  try {
    const { settings, problems } = parseConfigText(text, file, ruleIds);
    return { layer: settings, problems: summarised(problems.map(safeProblem), file), file };
  } catch (e) {
    return { layer: {}, file, problems: [{ source: file, message: `${file}: could not be read (${(e as Error).name}); using defaults.` }] };
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(path: string, folders: string[]): boolean {
  return folders.some((folder) => {
    const rel = relative(folder, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** Keys are quoted in messages; a key may hold control characters or run for pages. */
function safeProblem(p: ConfigProblem): ConfigProblem {
  const message = escapeControl(p.message.length > 500 ? `${p.message.slice(0, 500)}…` : p.message);
  return message === p.message ? p : { ...p, message };
}

/** Control, bidi and line-separator characters as \x.. / \u.... escapes, so a message cannot steer a terminal. */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function summarised(problems: ConfigProblem[], file: string): ConfigProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS), { source: file, message: `${file}: and ${more} more problems, not listed; fix the ones above first.` }];
}

/** The config layer for a document at `filePath` (or an explicit config file). */
export function loadConfigFor(filePath: string, explicitConfig?: string, policy: ConfigPolicy = {}): LoadedConfig {
  const file = explicitConfig ?? findConfigFile(dirname(filePath));
  return file ? readConfigFile(file, policy) : { layer: {}, problems: [] };
}
