// obsolete-reference reports only mentions the sentence asserts as current (core/language): a cue
// word elsewhere in the sentence does not silence a real use, and one mention gives one finding.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';

const FM = '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n---\n# Invitation to tender\n\n';
const count = (sentence: string) => lint(`${FM}${sentence}\n`, { today: '2026-12-04' }).findings.filter((f) => f.ruleId === 'obsolete-reference').length;

describe('obsolete-reference: only current mentions', () => {
  const rows: Array<[string, number]> = [
    ['The contract notice will be published in the OJEU.', 1],
    ['Notices will not be delayed and will be published in the OJEU.', 1],
    ['The notice will appear in the Official Journal of the European Union (OJEU).', 1],
    ['Tenders will be evaluated on MEAT.', 1],
    ['The previous contract was advertised in the OJEU in 2019.', 0],
    ['We will publish on the Central Digital Platform rather than in the OJEU.', 0],
    ['Where the old rules applied, notices went to the OJEU.', 0],
    ['Under the old rules this was MEAT; contracts are now awarded to the most advantageous tender.', 0],
    ['The Council will not advertise in the OJEU.', 0],
    // Past tense about this procurement is its own past, not history; an earlier contract is history.
    ['The contract notice was published in the OJEU and on Find a Tender.', 1],
    ['The previous contract was advertised in the OJEU.', 0],
  ];
  for (const [sentence, n] of rows) it(`${n} finding(s): ${sentence}`, () => assert.equal(count(sentence), n));
});
