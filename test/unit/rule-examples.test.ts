// Every rule's documented examples run as tests: valid ones produce no finding of that rule, invalid
// ones exactly the stated number, and every fix round-trips (applied, re-linted: the rule's findings
// are gone and no new finding appears).

import assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, primaryFix, rules } from '../../server/src/core';
import { eolOf, withEol } from '../../server/src/preservingFix';

const today = '2026-06-01';

for (const rule of rules) {
  describe(`rule ${rule.id}: documented examples`, () => {
    rule.examples.valid.forEach((text, i) => {
      it(`valid example ${i + 1} produces no finding`, () => {
        const found = lint(text, { today }).findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(found.map((f) => f.message), []);
      });
    });
    rule.examples.invalid.forEach((example, i) => {
      it(`invalid example ${i + 1} produces ${example.count} finding(s)`, () => {
        const found = lint(example.text, { today }).findings.filter((f) => f.ruleId === rule.id);
        assert.equal(found.length, example.count, JSON.stringify(found.map((f) => f.message)));
        if (example.messageIncludes) for (const f of found) assert.ok(f.message.includes(example.messageIncludes), f.message);
        for (const f of found) {
          assert.ok(f.start >= 0 && f.end <= example.text.length && f.start <= f.end, 'range inside the document');
          if (!rule.fixable) assert.equal(f.fixes.length, 0, 'a rule marked not fixable offers no fix');
        }
      });
      it(`invalid example ${i + 1}: each fix removes its finding and adds none`, () => {
        const before = lint(example.text, { today }).findings;
        for (const finding of before.filter((f) => f.ruleId === rule.id)) {
          for (const fix of finding.fixes) {
            const after = lint(applyEdits(example.text, fix.edits), { today }).findings;
            const key = (f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`;
            assert.ok(!after.some((f) => key(f) === key(finding) && f.start === finding.start), `"${fix.title}" left its finding`);
            const previous = new Set(before.map(key));
            assert.deepEqual(after.filter((f) => !previous.has(key(f))).map(key), [], `"${fix.title}" added findings`);
          }
        }
      });
    });
    it('every example reads the same with CRLF line endings, and its fixes keep them', () => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      for (const text of rule.examples.valid) {
        assert.deepEqual(lint(crlf(text), { today }).findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), [], text);
      }
      for (const example of rule.examples.invalid) {
        const text = crlf(example.text);
        const found = lint(text, { today }).findings.filter((f) => f.ruleId === rule.id);
        assert.equal(found.length, example.count, `${JSON.stringify(example.text)}: ${JSON.stringify(found.map((f) => f.message))}`);
        // The core writes fixes with "\n"; the editor and the CLI put them in the document's style.
        for (const f of found) {
          for (const fix of f.fixes) {
            const fixed = applyEdits(text, fix.edits.map((e) => withEol(e, eolOf(text))));
            assert.ok(!/(?<!\r)\n/.test(fixed), `"${fix.title}" wrote a bare LF into a CRLF document`);
          }
        }
      }
    });
    if (rule.fixable) {
      it('fix all removes every finding of the rule in its invalid examples that has a fix safe to apply unread', () => {
        for (const example of rule.examples.invalid) {
          const fixed = fixAll(example.text, { today }, [rule.id]).text;
          const left = lint(fixed, { today }).findings.filter((f) => f.ruleId === rule.id && primaryFix(f));
          assert.deepEqual(left.map((f) => f.message), []);
        }
      });
      it('fix all leaves a finding alone when its fix must be read first', () => {
        for (const example of rule.examples.invalid) {
          const review = lint(example.text, { today }).findings.filter((f) => f.ruleId === rule.id && f.fixes.length > 0 && !primaryFix(f));
          if (review.length === 0) continue;
          const fixed = fixAll(example.text, { today }, [rule.id]).text;
          const left = lint(fixed, { today }).findings.filter((f) => f.ruleId === rule.id).map((f) => f.message);
          for (const f of review) assert.ok(left.includes(f.message), `fix all applied "${f.fixes[0].title}" unread`);
        }
      });
    }
  });
}
