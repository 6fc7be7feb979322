// The citation rule's title slips: a title-like phrase one slip from a real title is reported with
// the real one; shortened, prefixed, devolved and unknown titles are left alone.

import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../server/src/core';
import { titleSlipsIn } from '../../server/src/core/rules/terminology/titleNearMiss';

const today = '2026-12-04';

describe('citation: titles one slip from a real title', () => {
  const slips: Array<[string, string]> = [
    ['under the Public Contract Regulations 2006.', 'Public Contracts Regulations 2006'],
    ['under the Public Procurement Regulations 2006.', 'Public Contracts Regulations 2006'],
    ['see the Concessions Contracts Regulations 2016.', 'Concession Contracts Regulations 2016'],
    ['The Public Procurement Contracts Regulations 2015 apply.', 'Public Contracts Regulations 2015'],
    ['in line with the Utilities Contract Regulations 2016.', 'Utilities Contracts Regulations 2016'],
  ];
  for (const [text, title] of slips) {
    it(`"${text}" → ${title}`, () => {
      assert.deepEqual(titleSlipsIn(text).map((s) => s.title), [title]);
    });
  }

  const quiet = [
    'Requests fall under the Freedom of Information Act.',
    'Personal data is processed under the General Data Protection Regulation.',
    'The UK Procurement Act 2023 applies.',
    'In Wales the Procurement (Wales) Regulations 2024 apply.',
    'The Local Government Act 1972 gives the power.',
    'The Council Contract Procedure Rules and Financial Regulations apply.',
    'The Equality Act 2010 and the Modern Slavery Act 2015 apply.',
    'Our Contract Standing Orders Act as a guide.',
  ];
  for (const text of quiet) {
    it(`quiet on "${text}"`, () => assert.deepEqual(titleSlipsIn(text), []));
  }

  it('a slip in a governing instrument\'s title is reported without a fix (fixing it would change the regime read)', () => {
    const f = lint('# Rules\n\nThe Public Contract Regulations require the Council to advertise.\n', { today }).findings.filter((x) => x.ruleId === 'citation');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].fixes, []);
  });

  it('a phrase without a year is corrected without inventing one, and the fix leaves no finding', () => {
    const text = '# Rules\n\nThe Utilities Contract Regulations require the Council to advertise.\n';
    const f = lint(text, { today }).findings.filter((x) => x.ruleId === 'citation');
    assert.equal(f.length, 1);
    const fixed = applyEdits(text, f[0].fixes[0].edits);
    assert.match(fixed, /The Utilities Contracts Regulations require/);
    assert.deepEqual(lint(fixed, { today }).findings.filter((x) => x.ruleId === 'citation'), []);
  });
});
