// Linting one document again and again with its cached parse and facts (as the language server does)
// must give exactly the findings of a fresh lint, after any sequence of edits: typing, deleting across
// blocks, pasting clauses that add or fix findings, changing the regime in the front matter.

import assert from 'node:assert/strict';
import { createDocumentLinter, lint } from '../../server/src/core';
import { generateTender } from '../../bench/generate';
import { seeded } from '../fuzz/generate';

const today = '2026-06-01';
const PASTES = [
  'x',
  '\n',
  '\n\n',
  '## New section\n\n',
  '- a new list item\n',
  'The Authority will treat all bidders equally and without discrimination.',
  'A contract notice will be published in the OJEU.',
  'We will use the Innovative Partnership procedure under regulation 30.',
  'Under the Public Contract Regulations 2015, regulation 18 applies.',
  'The Alcatel period applies.',
  '```\ncode\n',
  '<!-- tender-lint-disable-next-line citation -->\n',
  '| Criterion | Weight |\n|---|---|\n| Quality | 60% |\n',
  '\n\n[^1]: The Regulations mean the Public Contracts Regulations 2015, regulation 30.\n\n',
  'as the note says[^1].',
  '\n\n[pcr]: https://www.legislation.gov.uk/uksi/2015/102\n\n',
  'see [the Regulations][pcr].',
];

const comparable = (findings: ReturnType<typeof lint>['findings']) => JSON.stringify(findings);

describe('incremental lint equals a fresh lint', () => {
  it('over 200 random edits of a realistic tender, footnotes and link definitions included', function () {
    this.timeout(120_000);
    const r = seeded(20261126);
    let text = generateTender(40_000, 7);
    const linter = createDocumentLinter();
    let findings = 0;
    for (let i = 0; i < 200; i++) {
      if (i % 60 === 59) {
        // The regime changes: every fact cached under the old context must be recomputed.
        text = text.includes('regime: pcr-2015') ? text.replace('regime: pcr-2015', 'regime: pa-2023') : text.replace('regime: pa-2023', 'regime: pcr-2015');
      } else {
        const at = Math.floor(r() * (text.length + 1));
        const removed = r() < 0.3 ? Math.floor(r() * (r() < 0.1 ? 2000 : 20)) : 0;
        const pasted = r() < 0.8 ? PASTES[Math.floor(r() * PASTES.length)] : '';
        text = text.slice(0, at) + pasted + text.slice(at + removed);
      }
      const incremental = linter.lint(text, { today });
      const fresh = lint(text, { today });
      assert.equal(comparable(incremental.findings), comparable(fresh.findings), `edit ${i}`);
      findings += fresh.findings.length;
    }
    assert.ok(findings > 200, `the edits gave the rules something to find (${findings} findings)`);
  });
});
