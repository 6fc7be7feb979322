// missing-principle on its fixtures: inline expectations (`<!-- expect: missing-principle N words… -->`
// counts the rule's findings between the previous expectation and this one; every following word must
// appear in one of their messages), the fix round-trip and the code-lens checklist on every fixture,
// each run LF, CRLF and hard-wrapped. Case-by-case tests are in missing-principle-cases.test.ts.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll, lint, parse, principleChecklist, type Finding } from '../../server/src/core';

const today = '2026-06-01';
const RULE = 'missing-principle';
const dir = join(__dirname, '..', 'fixtures', 'principles');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

const mine = (text: string) => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);
const key = (f: Finding) => `${f.ruleId}: ${f.message}`;

interface Expectation {
  at: number;
  count: number;
  words: string;
}

function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  const re = /<!-- expect: missing-principle (\d+)([^>]*?)-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, count: Number(m[1]), words: m[2].trim() });
  return out;
}

describe('missing-principle fixtures', () => {
  it('there are fixtures for every regime, with expectations', () => {
    assert.ok(fixtures.length >= 15);
    const all = fixtures.map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const regime of ['pcr-2015', 'pcsr-2015', 'pa-2023', 'directive-2014-24']) assert.ok(all.some((t) => t.includes(`regime: ${regime}`)), regime);
    for (const [i, t] of all.entries()) assert.ok(expectations(t).length > 0, `${fixtures[i]} has no expectation`);
  });

  for (const name of fixtures) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const [variant, body] of [
      ['LF', text],
      ['CRLF', text.replace(/\r?\n/g, '\r\n')],
      ['hard-wrapped', hardWrap(text)],
    ] as const) {
      it(`${name} (${variant}): findings match the inline expectations`, () => {
        const found = mine(body);
        const expected = expectations(body);
        let from = 0;
        let accounted = 0;
        for (const e of expected) {
          const here = found.filter((f) => f.start >= from && f.start < e.at);
          assert.equal(here.length, e.count, `before offset ${e.at}: ${JSON.stringify(here.map((f) => f.message))}`);
          // Every word after the count appears in one of these messages.
          for (const word of e.words.split(/\s+/).map((w) => w.replace(/,$/, '')).filter(Boolean)) {
            assert.ok(here.some((f) => f.message.toLowerCase().includes(word.toLowerCase())), `"${word}" in ${JSON.stringify(here.map((f) => f.message))}`);
          }
          accounted += here.length;
          from = e.at;
        }
        assert.equal(found.length, accounted, `findings after the last expectation: ${JSON.stringify(found.map((f) => f.message))}`);
      });
    }

    it(`${name}: every fix removes its finding and adds no finding of any rule`, () => {
      const before = lint(text, { today }).findings;
      for (const finding of before.filter((f) => f.ruleId === RULE)) {
        assert.ok(finding.fixes.length > 0, 'every finding offers a fix');
        assert.ok(finding.fixes.some((f) => f.preferred), 'one fix is preferred');
        for (const fix of finding.fixes) {
          for (const e of fix.edits) assert.equal(e.start, e.end, 'fixes only insert');
          const fixed = applyEdits(text, fix.edits);
          const after = lint(fixed, { today }).findings;
          assert.ok(!after.some((f) => key(f) === key(finding) && f.start === finding.start), `"${fix.title}" left its finding`);
          const previous = new Set(before.map(key));
          assert.deepEqual(after.filter((f) => !previous.has(key(f))).map(key), [], `"${fix.title}" added findings`);
          // The drafter's text is all still there, in order.
          assertContainsInOrder(fixed, text, fix.edits[0].start, fix.edits[0].text);
        }
      }
    });

    it(`${name}: fix all leaves no finding of the rule and adds none of any rule`, () => {
      const before = lint(text, { today }).findings;
      const fixed = fixAll(text, { today }).text;
      const after = lint(fixed, { today }).findings;
      assert.deepEqual(after.filter((f) => f.ruleId === RULE).map(key), []);
      const previous = new Set(before.map(key));
      assert.deepEqual(after.filter((f) => !previous.has(key(f))).map(key), []);
    });

    it(`${name}: the checklist agrees with the rule, and its fix completes the document`, () => {
      const doc = parse(text);
      const { context } = lint(text, { today });
      const checklist = principleChecklist(doc, context);
      const findings = mine(text);
      if (!checklist) {
        assert.equal(findings.length, 0, 'a document the checklist skips has no findings');
        return;
      }
      assert.equal(checklist.stated.length + checklist.missing.length, checklist.required.length);
      // Whatever the rule reports missing, the lens reports missing too.
      for (const f of findings) for (const id of f.data?.missing as string[]) assert.ok(checklist.missing.includes(id), id);
      if (checklist.missing.length === 0) {
        assert.equal(checklist.fix, undefined);
        assert.equal(findings.length, 0);
        return;
      }
      // Clicking the lens until it has nothing to add completes the document (each click adds something).
      let current = text;
      let lens = checklist;
      for (let click = 0; click < 5 && lens.fix; click++) {
        current = applyEdits(current, lens.fix.edits);
        const next = principleChecklist(parse(current), lint(current, { today }).context)!;
        assert.ok(next.missing.length < lens.missing.length, `a click added nothing:\n${current}`);
        lens = next;
      }
      assert.deepEqual(lens.missing, []);
      assert.deepEqual(mine(current).map(key), []);
    });
  }
});

/** Wraps long paragraph lines at 60 columns, as many drafters' editors do (front matter, headings, lists and tables untouched). */
function hardWrap(text: string): string {
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const body = text.slice(bodyStart).split('\n').map((line) => {
    if (line.length <= 60 || /^\s*(?:#|\||[-*+] |\d+[.)] |>|<!--)/.test(line)) return line;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + word.length + 1 > 60) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out.join('\n');
  });
  return text.slice(0, bodyStart) + body.join('\n');
}

/** `fixed` is `original` with `inserted` added at `at`: nothing deleted or reflowed. */
function assertContainsInOrder(fixed: string, original: string, at: number, inserted: string): void {
  assert.equal(fixed, original.slice(0, at) + inserted + original.slice(at));
}
