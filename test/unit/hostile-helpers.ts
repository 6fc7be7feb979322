// Shared by the hostile-input tests.

import assert from 'node:assert/strict';
import { lint, type LintResult } from '../../server/src/core';

export const today = '2025-06-01';
export const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** Markdown punctuation, citation fragments and awkward Unicode: each is repeated into an adversarial string. */
export const GENERIC_UNITS = [
  'a', ' ', '\t', '\n', ' \n', '\r\n', '1', '1.', '(1)', '(', ')', '-', '–', '.', ',', '#', '*', '_', '[', '](', '<!--', '`', '|', '> ', '- ',
  'a ', 'a-', 'A.', 'Aa ', 'reg ', 'regulation 1 ', 's.', 'section ', 'Art ', 'the ', 'and ', 'of ', '1(1)', '2015/', 'é', '😀', 'e\u0301', '\u00a0',
];
export const PROSE = 'Under regulation 18 of the Public Contracts Regulations 2015 the innovative partnership procedure is advertised in the OJEU. ';

export function timedLint(text: string): { result: LintResult; ms: number } {
  const t0 = performance.now();
  const result = lint(text, { today });
  return { result, ms: performance.now() - t0 };
}

export function assertRangesInside(result: LintResult, text: string): void {
  for (const f of result.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
}
