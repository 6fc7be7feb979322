// The properties every document must satisfy, whatever its content. Used by the bounded run in
// `npm test` and by `npm run fuzz -- --count N`.

import { applyEdits, fixAll, lint, type Finding } from '../../server/src/core';
import { createParser, parse } from '../../server/src/core/parse';

const today = '2026-06-01';
const key = (f: Finding) => `${f.ruleId}|${f.start}|${f.end}|${f.message}`;

function isSurrogateSplit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Returns a description of the first property the document breaks, or undefined. */
export function checkProperties(text: string, parser = createParser()): string | undefined {
  const first = lint(text, { today });
  const crashed = first.problems.filter((p) => / failed on this document/.test(p.message));
  if (crashed.length > 0) return `a rule threw: ${crashed[0].message}`;
  for (const f of first.findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) return `range outside the document: ${key(f)}`;
    if (isSurrogateSplit(text, f.start) || isSurrogateSplit(text, f.end)) return `range splits a surrogate pair: ${key(f)}`;
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) return `fix edit outside the document: ${fix.title}`;
        if (isSurrogateSplit(text, e.start) || isSurrogateSplit(text, e.end)) return `fix edit splits a surrogate pair: ${fix.title}`;
      }
    }
  }
  const again = lint(text, { today });
  if (JSON.stringify(again.findings) !== JSON.stringify(first.findings)) return 'lint is not deterministic';

  const before = new Set(first.findings.map((f) => `${f.ruleId}|${f.message}`));
  for (const f of first.findings) {
    for (const fix of f.fixes) {
      const fixed = applyEdits(text, fix.edits);
      const after = lint(fixed, { today }).findings;
      if (after.some((a) => a.ruleId === f.ruleId && a.message === f.message && a.start === f.start)) return `fix "${fix.title}" did not remove its finding`;
      const added = after.filter((a) => !before.has(`${a.ruleId}|${a.message}`));
      if (added.length > 0) return `fix "${fix.title}" added a finding: ${added[0].ruleId}: ${added[0].message}`;
    }
  }
  const once = fixAll(text, { today }).text;
  if (fixAll(once, { today }).text !== once) return 'fix all is not idempotent (a second run changed the text)';

  const incremental = parser.parse(text);
  const full = parse(text);
  if (JSON.stringify(incremental.passages) !== JSON.stringify(full.passages) || JSON.stringify(incremental.sections) !== JSON.stringify(full.sections)) {
    return 'the incremental parser differs from a full parse';
  }
  return undefined;
}
