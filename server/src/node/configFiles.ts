// Finds and reads the nearest `.tender-lint.json` / `.tender-lint.yaml`, walking up from a file.
// Shared by the CLI and the language server (Node only; the core stays free of I/O).

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigText, ruleIds, type ConfigProblem, type SettingsLayer } from '../core';
import { MAX_CONFIG_CHARS } from '../core/configFile';

/** A settings file with more problems than this is summarised: nobody reads 5,000 warnings. */
export const MAX_REPORTED_PROBLEMS = 20;

export interface LoadedConfig {
  layer: SettingsLayer;
  problems: ConfigProblem[];
  /** The file that was read, when one was found. */
  file?: string;
}

/** The nearest config file at or above `startDir`, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = startDir;
  const root = parsePath(dir).root;
  for (let depth = 0; depth < 100; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
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

export function readConfigFile(file: string): LoadedConfig {
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_CHARS * 4) {
      return { layer: {}, file, problems: [{ source: file, message: `${file}: the file is ${size} bytes, too large for a settings file; using defaults.` }] };
    }
    const { settings, problems } = parseConfigText(readFileSync(file, 'utf8'), file, ruleIds);
    return { layer: settings, problems: summarised(problems, file), file };
  } catch (e) {
    return { layer: {}, file, problems: [{ source: file, message: `${file}: could not be read (${(e as Error).message}); using defaults.` }] };
  }
}

function summarised(problems: ConfigProblem[], file: string): ConfigProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS), { source: file, message: `${file}: and ${more} more problems, not listed; fix the ones above first.` }];
}

/** The config layer for a document at `filePath` (or an explicit config file). */
export function loadConfigFor(filePath: string, explicitConfig?: string): LoadedConfig {
  const file = explicitConfig ?? findConfigFile(dirname(filePath));
  return file ? readConfigFile(file) : { layer: {}, problems: [] };
}
