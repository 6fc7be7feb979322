// Run as a child process by hostile-regex.test.ts: a pattern with catastrophic backtracking blocks the
// thread it runs on for hours, and a mocha timeout cannot interrupt synchronous code, so the scan runs
// where the test can kill it. Prints "where" of each pattern to stderr before trying it, so the test
// can name the pattern that hung; prints the result as JSON on stdout.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import * as core from '../../server/src/core';

import { fill, GENERIC_UNITS } from './hostile-helpers';

const CORE = resolve(__dirname, '../../server/src/core');
const ADVERSARIAL_LENGTH = 100_000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

export function regexLiterals(): Array<{ where: string; re: RegExp }> {
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
export function vocabularyPatterns(): Array<{ where: string; re: RegExp }> {
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


export interface ScanResult {
  literals: string[];
  vocabulary: string[];
  slow: { literal: string[]; vocabulary: string[] };
}

function scan(patterns: Array<{ where: string; re: RegExp }>): string[] {
  const slow: string[] = [];
  for (const { where, re } of patterns) {
    process.stderr.write(`${where}\n`);
    for (const text of adversarialStrings(re)) {
      const ms = slowestRun(re, text);
      if (ms >= 1000) slow.push(`${where} /${re.source.slice(0, 60)}/ on ${JSON.stringify(text.slice(0, 12))}…: ${Math.round(ms)} ms`);
    }
  }
  return slow;
}

if (require.main === module) {
  const literals = regexLiterals();
  const vocabulary = vocabularyPatterns();
  const result: ScanResult = {
    literals: literals.map((l) => l.where),
    vocabulary: vocabulary.map((v) => v.where),
    slow: { literal: scan(literals), vocabulary: scan(vocabulary) },
  };
  process.stdout.write(JSON.stringify(result));
}
