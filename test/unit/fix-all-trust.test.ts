// Fix-all changes only what the drafter was told about, and only where the fix can be applied
// unread: every example, fixture and corpus document is fixed, re-linted and compared.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint } from '../../server/src/core';
import { rules } from '../../server/src/core/rules';
import { articleMismatches } from '../../server/src/core/fixText/articles';

const PA = '---\ntender-lint:\n  regime: pa-2023\n  kind: tender\n---\n\n# Invitation to tender\n\n';

describe('fix-all fixes only what was reported', () => {
  it('leaves a finding alone whose rule is off', () => {
    const text = '---\ntender-lint:\n  regime: pa-2023\n  rules:\n    obsolete-reference: off\n---\n\n# Tender\n\nThe notice will be published in the OJEU.\n';
    assert.equal(fixAll(text).text, text);
  });

  it('applies a fix whose regime the document states', () => {
    const text = `${PA}The notice will be published in the OJEU.\n`;
    assert.ok(fixAll(text).text.includes('published on the Central Digital Platform.'), fixAll(text).text);
  });

  it('offers, but does not apply, a fix whose regime is only implied by a date', () => {
    const text = '# Invitation to tender\n\nIssued: 3 March 2026\n\nThe notice will be published in the OJEU.\n';
    const finding = lint(text).findings.find((f) => f.ruleId === 'obsolete-reference');
    assert.ok(finding, 'the outdated reference is reported');
    assert.ok(finding.fixes.length > 0 && finding.fixes.every((f) => f.needsReview), 'its fix must be read first');
    assert.equal(fixAll(text).text, text);
  });
});

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

const keys = (text: string) => lint(text).findings.map((f) => `${f.ruleId}\u0000${f.message}`);

function documents(): Array<[string, string]> {
  const docs: Array<[string, string]> = [];
  for (const rule of rules) rule.examples.invalid.forEach((e, i) => docs.push([`${rule.id} example ${i + 1}`, e.text]));
  for (const dir of ['examples', 'test/fixtures', 'test/corpus/docs']) for (const file of markdownFiles(dir)) docs.push([file, readFileSync(file, 'utf8')]);
  return docs;
}

describe('fix-all on every example, fixture and corpus document', () => {
  for (const [name, text] of documents()) {
    it(name, () => {
      const fixed = fixAll(text).text;
      if (fixed === text) return;
      const before = new Map<string, number>();
      for (const k of keys(text)) before.set(k, (before.get(k) ?? 0) + 1);
      for (const k of keys(fixed)) {
        const n = before.get(k) ?? 0;
        assert.ok(n > 0, `fix-all brought a new finding: ${k.replace('\u0000', ': ')}`);
        before.set(k, n - 1);
      }
      assert.ok(articleMismatches(fixed).length <= articleMismatches(text).length, 'fix-all wrote a wrong "a"/"an"');
      assert.doesNotMatch(diffWords(text, fixed), /\b(\w{2,})\s+\1\b/i, 'fix-all doubled a word');
      assert.equal(fixAll(fixed).text, fixed, 'a second fix-all still changed the text');
    });
  }
});

/** The changed stretch of the fixed text with a few characters either side. */
function diffWords(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return after.slice(Math.max(0, start - 30), after.length - tail + 30);
}
