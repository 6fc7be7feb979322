// The language server's pure helpers, tested without a server: clause placement, the minimal edit of
// a whole-document fix, and editor settings normalised at the boundary.

import assert from 'node:assert/strict';
import { minimalEdit } from '../../server/src/convert';
import { clauseInsertion } from '../../server/src/serverCommands';
import { normalizeEditorSettings } from '../../server/src/settings';
import { applyEdits } from '../../server/src/core';

function insert(text: string, cursor: number, body: string): string {
  const { offset, text: added } = clauseInsertion(text, cursor, body);
  return text.slice(0, offset) + added + text.slice(offset);
}

describe('clause insertion', () => {
  it('puts the clause in its own paragraph after the cursor\'s line', () => {
    const text = '# T\n\nFirst sentence. Second sentence.\n\nNext.\n';
    assert.equal(insert(text, text.indexOf('Second'), 'CLAUSE'), '# T\n\nFirst sentence. Second sentence.\n\nCLAUSE\n\nNext.\n');
  });
  it('uses the blank lines already there', () => {
    const text = 'A\n\n\n\nB\n';
    assert.equal(insert(text, 3, 'CLAUSE'), 'A\n\nCLAUSE\n\nB\n');
  });
  it('ends the file with a newline and keeps CRLF documents CRLF', () => {
    assert.equal(insert('A', 1, 'CLAUSE\nline 2\n'), 'A\n\nCLAUSE\nline 2\n');
    assert.equal(insert('A\r\n', 3, 'CLAUSE\nline 2'), 'A\r\n\r\nCLAUSE\r\nline 2\r\n');
  });
  it('inserts at the very start without leading blank lines', () => {
    assert.equal(insert('Body\n', 0, 'CLAUSE'), 'CLAUSE\n\nBody\n');
  });
});

describe('minimal edit', () => {
  const cases: Array<[string, string]> = [
    ['abc', 'abc'],
    ['the quick fox', 'the quick brown fox'],
    ['aaa', 'aa'],
    ['', 'new'],
    ['x😀y', 'x😁y'],
    ['abcabc', 'abc'],
  ];
  for (const [before, after] of cases) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
      const edit = minimalEdit(before, after);
      if (before === after) return assert.equal(edit, undefined);
      assert.ok(edit);
      assert.equal(applyEdits(before, [edit]), after);
      // Never cuts a surrogate pair in two.
      const splitsPair = (i: number) => i > 0 && /[\uD800-\uDBFF]/.test(before[i - 1]) && /[\uDC00-\uDFFF]/.test(before[i] ?? '');
      assert.ok(!splitsPair(edit.start) && !splitsPair(edit.end), JSON.stringify(edit));
    });
  }
  it('touches only the changed middle', () => {
    assert.deepEqual(minimalEdit('the quick fox', 'the quick brown fox'), { start: 10, end: 10, text: 'brown ' });
  });
});

describe('editor settings', () => {
  it('defaults when nothing is set', () => {
    const s = normalizeEditorSettings(undefined);
    assert.deepEqual([s.enable, s.run, s.lintWorkspace, s.layer, s.problems], [true, 'onType', false, {}, []]);
  });
  it('keeps valid values and passes rules and regime to the core', () => {
    const s = normalizeEditorSettings({ enable: false, run: 'onSave', lintWorkspace: true, defaultRegime: 'pa-2023', rules: { 'front-matter': 'off' } });
    assert.deepEqual([s.enable, s.run, s.lintWorkspace, s.problems], [false, 'onSave', true, []]);
    assert.deepEqual(s.layer, { defaultRegime: 'pa-2023', rules: { 'front-matter': 'off' } });
  });
  it('"auto" and empty mean no default regime', () => {
    for (const v of ['auto', '', null]) assert.deepEqual(normalizeEditorSettings({ defaultRegime: v }).layer, {});
  });
  it('reports each invalid value by its setting name and falls back', () => {
    const s = normalizeEditorSettings({ enable: 1, run: 'always', rules: { 'no-such-rule': 'error', 'front-matter': 'loud' }, defaultRegime: 'eu' });
    assert.equal(s.enable, true);
    assert.equal(s.run, 'onType');
    assert.deepEqual(s.layer, { rules: {} });
    const keys = s.problems.map((p) => p.key);
    assert.deepEqual(keys, ['tenderLint.enable', 'tenderLint.run', 'tenderLint.defaultRegime', 'tenderLint.rules.no-such-rule', 'tenderLint.rules.front-matter']);
    for (const p of s.problems) assert.match(p.message, /tenderLint\./);
  });
  it('survives a non-object section', () => {
    for (const raw of [42, 'x', [1]]) {
      const s = normalizeEditorSettings(raw);
      assert.equal(s.enable, true);
      assert.equal(s.problems.length, 1);
    }
  });
});
