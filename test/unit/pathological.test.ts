// Inputs that made micromark overflow its stack or run for minutes. Each must now finish in bounded
// time with a message that part of the document was read as plain text. Bounds are generous (the
// machines are shared); the times seen here are in the comments.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';

const CASES: Array<[string, string]> = [
  ['5,000 list markers on one line', `${'- '.repeat(5000)}item\n`], // overflowed the stack after 4.8 s
  ['5,000 ordered markers on one line', `${'1. '.repeat(5000)}item\n`],
  ['quote and list markers, 3,000 deep', `${'> - '.repeat(3000)}x\n`],
  ['6,000 block quote markers', `${'> '.repeat(6000)}x\n`],
  ['10,000 footnote definitions in a row', '[^1]: '.repeat(10000)],
  ['50,000 plus markers', '+ '.repeat(50000)], // ran 400 s
  ['100,000 ">"', '>'.repeat(100000)], // ran 51 s
  ['100 KB of "*a"', '*a'.repeat(50000)], // ran 23 s
  ['100 KB of "**a"', '**a'.repeat(33000)],
  ['100 KB of "]("', ']('.repeat(50000)],
  ['100 KB of "~~a"', '~~a'.repeat(33000)],
  ['100 KB of definitions', '[a]: b\n'.repeat(14000)],
  ['100 KB of "[a]"', '[a]'.repeat(33000)],
  ['100 KB of "===" lines', '===\n'.repeat(25000)], // ran 52 s
  ['200 KB of unclosed comment openers', `<!--\n${'<!--'.repeat(50000)}`],
];

describe('pathological Markdown: bounded time, a message, no crash', function () {
  this.timeout(60_000);
  for (const [name, text] of CASES) {
    it(name, () => {
      const started = Date.now();
      const result = lint(`# Tender\n\n${text}`, { today: '2026-06-01' });
      const ms = Date.now() - started;
      assert.ok(ms < 8000, `${name}: ${ms} ms`);
      assert.ok(result.doc.passages.length > 0);
    });
  }

  it('says which part was read as plain text and why', () => {
    const result = lint(`# Tender\n\n${'- '.repeat(5000)}item\n`, { today: '2026-06-01' });
    assert.ok(result.problems.some((p) => /too complex to read as Markdown \(a line nested more than 64 lists or block quotes deep\)/.test(p.message)), JSON.stringify(result.problems));
  });

  it('still reports what it finds in a part read as plain text, but offers no edit there', () => {
    const text = `---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-06-01\n---\n\n# Tender\n\n${'- '.repeat(100)}The notice goes to the OJEU.\n\nThe notice also goes to the OJEU.\n`;
    const found = lint(text, { today: '2026-06-01' }).findings.filter((f) => f.ruleId === 'obsolete-reference');
    assert.equal(found.length, 2);
    assert.deepEqual(found.map((f) => f.fixes.length > 0), [false, true]);
  });

  it('leaves ordinary tenders alone: a long table and a long list still parse as Markdown', () => {
    const table = `| Item | Price |\n|---|---|\n${'| Grounds maintenance visit | £120 |\n'.repeat(1500)}`;
    const list = '- The supplier will attend the site meeting.\n'.repeat(1500);
    const result = lint(`# Pricing\n\n${table}\n${list}`, { today: '2026-06-01' });
    assert.deepEqual(result.doc.warnings, []);
    assert.equal(result.doc.passages.filter((p) => p.kind === 'tableCell').length, 2 + 3000);
  });
});
