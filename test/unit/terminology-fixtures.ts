// Shared harness for the terminology rules (procedure-name, citation, obsolete-reference): fixtures in
// test/fixtures/terminology carry `<!-- expect: <rule> N words… -->`, which counts that rule's findings
// since the previous expectation of the same rule; each word must appear in one of their messages. A
// fixture without expectations for a rule must produce none of its findings. Every fixture also
// round-trips the rule's fixes.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll, lint, type Finding } from '../../server/src/core';

export const today = '2026-06-01';
const dir = join(__dirname, '..', 'fixtures', 'terminology');
export const fixtureNames = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
export const readFixture = (name: string) => readFileSync(join(dir, name), 'utf8');

const key = (f: Finding) => `${f.ruleId}: ${f.message}`;

export function runFixtures(rule: string): void {
  describe(`${rule}: terminology fixtures`, () => {
    for (const name of fixtureNames) {
      const text = readFixture(name);
      for (const [variant, body] of [
        ['LF', text],
        ['CRLF', text.replace(/\r?\n/g, '\r\n')],
      ] as const) {
        it(`${name} (${variant}): findings match the inline expectations`, () => {
          const found = lint(body, { today }).findings.filter((f) => f.ruleId === rule);
          const re = new RegExp(`<!-- expect: ${rule} (\\d+)([^>]*?)-->`, 'g');
          let from = 0;
          let accounted = 0;
          for (let m = re.exec(body); m; m = re.exec(body)) {
            const here = found.filter((f) => f.start >= from && f.start < m!.index);
            assert.equal(here.length, Number(m[1]), `before offset ${m.index}: ${JSON.stringify(here.map((f) => f.message))}`);
            for (const word of m[2].trim().split(/\s+/).filter(Boolean)) {
              assert.ok(here.some((f) => f.message.toLowerCase().includes(word.toLowerCase())), `"${word}" in ${JSON.stringify(here.map((f) => f.message))}`);
            }
            accounted += here.length;
            from = m.index;
          }
          assert.equal(found.length, accounted, `unexpected: ${JSON.stringify(found.filter((f) => f.start >= from).map((f) => f.message))}`);
        });
      }
      it(`${name}: fixing every ${rule} finding leaves none fixable and adds no other finding`, () => {
        const before = lint(text, { today }).findings;
        const fixed = fixAll(text, { today }, [rule]).text;
        const after = lint(fixed, { today }).findings;
        assert.deepEqual(after.filter((f) => f.ruleId === rule && f.fixes.length > 0).map(key), []);
        const previous = new Set(before.map(key));
        assert.deepEqual(after.filter((f) => !previous.has(key(f))).map(key), []);
      });
    }
  });
}

/**
 * The fuzz property for one document, as a regression test: every fix of `rule`, applied alone,
 * removes its finding and adds no finding (of any rule) whose message was not already reported.
 * Returns the rule's findings so that a test can say more about them.
 */
export function assertFixesRoundTrip(text: string, rule: string): Finding[] {
  const before = lint(text, { today }).findings;
  const previous = new Set(before.map(key));
  const mine = before.filter((f) => f.ruleId === rule);
  for (const f of mine) {
    for (const fix of f.fixes) {
      const after = lint(applyEdits(text, fix.edits), { today }).findings;
      assert.ok(!after.some((a) => key(a) === key(f) && a.start === f.start), `fix "${fix.title}" did not remove its finding`);
      assert.deepEqual(after.filter((a) => !previous.has(key(a))).map(key), [], `fix "${fix.title}" added a finding`);
    }
  }
  return mine;
}
