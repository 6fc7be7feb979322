// "Fix all" works under one regime from start to finish: a fix that corrects an instrument's title can
// change which regime the document's citations point to, and later passes must not mix in the other
// regime's clauses.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixAll, lint } from '../../server/src/core';

const today = '2026-06-01';
const docs = [
  ...readdirSync(resolve(__dirname, '../../examples')).map((f) => join('examples', f)),
  join('test', 'fixtures', 'fix-all-regime-shift.md'),
];

describe('fix all keeps the regime it started with', () => {
  for (const file of docs) {
    it(file, () => {
      const text = readFileSync(resolve(__dirname, '../..', file), 'utf8');
      const { context } = lint(text, { today });
      const fixed = fixAll(text, { today }).text;
      const pinned = lint(fixed, { today, layers: [{ regime: context.regime }] });
      assert.deepEqual(pinned.findings.filter((f) => f.fixes.length > 0).map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }

  it('does not insert two regimes\' principle clauses into one document', () => {
    const text = readFileSync(resolve(__dirname, '../../test/fixtures/fix-all-regime-shift.md'), 'utf8');
    const fixed = fixAll(text, { today }).text;
    const actTerms = /value for money/.test(fixed);
    const regulationTerms = /act transparently|proportionate to the nature/.test(fixed);
    assert.ok(!(actTerms && regulationTerms), fixed);
  });
});
