import assert from 'node:assert/strict';
import { lintDocument, parse, sourceRange, type Rule } from '../../server/src/core';

// A throwaway rule that flags the word FLAG, so directives can be tested apart from real rules.
const flagRule: Rule = {
  id: 'flag-word',
  description: 'test rule',
  rationale: 'test rule',
  defaultSeverity: 'warning',
  fixable: false,
  examples: { valid: [], invalid: [] },
  check({ doc, report }) {
    for (const p of doc.passages) {
      for (const m of p.text.matchAll(/FLAG/g)) report({ message: 'flagged', ...sourceRange(p, m.index!, m.index! + 4) });
    }
  },
};
const throwing: Rule = { ...flagRule, id: 'throws', check: () => { throw new Error('boom'); } };
const run = (text: string, ruleSet = [flagRule]) => lintDocument(parse(text), { today: '2026-06-01' }, ruleSet);
const lines = (text: string, ruleSet = [flagRule]) => {
  const r = run(text, ruleSet);
  return r.findings.map((f) => r.doc.lineStarts.filter((s) => s <= f.start).length);
};

describe('inline directives', () => {
  it('disable … enable silences the named rule in between, and only there', () => {
    const text = 'FLAG one\n\n<!-- tender-lint-disable flag-word -->\n\nFLAG two\n\n<!-- tender-lint-enable flag-word -->\n\nFLAG three\n';
    assert.deepEqual(lines(text), [1, 9]);
  });

  it('a bare disable silences every rule to the end', () => {
    assert.deepEqual(lines('FLAG a\n\n<!-- tender-lint-disable -->\n\nFLAG b\n\nFLAG c\n'), [1]);
  });

  it('disable-next-line silences the next non-blank line and takes a reason', () => {
    const text = '<!-- tender-lint-disable-next-line flag-word -- quoted from the statute -->\nFLAG one\n\nFLAG two\n';
    assert.deepEqual(lines(text), [4]);
    assert.deepEqual(lines('<!-- tender-lint-disable-next-line -->\n\nFLAG one\nFLAG two\n'), [4]);
  });

  it('ignores directives inside code blocks and reports unknown rule names', () => {
    const text = '```\n<!-- tender-lint-disable -->\n```\n\nFLAG\n\n<!-- tender-lint-disable no-such-rule -->\n\nFLAG\n';
    const result = run(text);
    assert.equal(result.findings.length, 2);
    assert.match(result.problems[0].message, /unknown rule\(s\) no-such-rule/);
  });

  it('a rule that throws is reported once and the other rules still run', () => {
    const result = run('FLAG\n', [throwing, flagRule]);
    assert.equal(result.findings.length, 1);
    assert.deepEqual(result.problems.map((p) => p.source), ['throws']);
    assert.match(result.problems[0].message, /boom/);
  });
});
