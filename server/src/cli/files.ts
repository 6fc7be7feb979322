// Expands the CLI's file arguments: plain files, directories (searched for Markdown) and globs
// (`*`, `**`, `?`, `{a,b}`), without a glob library.

import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MARKDOWN = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules']);
const MAX_FILES = 100_000;

export interface Expansion {
  files: string[];
  errors: string[];
}

export function expandPatterns(patterns: string[], cwd = process.cwd()): Expansion {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const pattern of patterns) {
    if (/[*?{[]/.test(pattern)) {
      const matched = expandGlob(pattern, cwd);
      if (matched.length === 0) errors.push(`${pattern}: no file matches this pattern.`);
      matched.forEach((f) => files.add(f));
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
    if (stat.isDirectory()) walk(path, (f) => MARKDOWN.test(f) && files.add(f));
    else files.add(path);
  }
  return { files: [...files].sort(), errors };
}

function walk(dir: string, visit: (file: string) => void, budget = { left: MAX_FILES }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (budget.left <= 0) return;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) walk(full, visit, budget);
    } else if (entry.isFile()) {
      budget.left--;
      visit(full);
    }
  }
}

function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstMagic = parts.findIndex((p) => /[*?{[]/.test(p));
  const base = resolve(cwd, parts.slice(0, firstMagic).join('/') || '.');
  const regex = globToRegExp(parts.slice(firstMagic).join('/'));
  const out: string[] = [];
  walk(base, (file) => {
    if (regex.test(relative(base, file).split(sep).join('/'))) out.push(file);
  });
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
