// Every fix is read in place before it is offered (core/fixText/polish.ts). Each row: a sentence, the
// words a rule replaces, what the rule writes, and the exact sentence a drafter should end with.

import assert from 'node:assert/strict';
import { polishEdit } from '../../server/src/core/fixText/polish';
import { articleFor, articleMismatches } from '../../server/src/core/fixText/articles';
import { applyEdits } from '../../server/src/core';

const rows: Array<[sentence: string, target: string, replacement: string, expected: string]> = [
  ['We will run an open procedure.', 'open procedure', 'competitive flexible procedure', 'We will run a competitive flexible procedure.'],
  ['We will run a competitive procedure.', 'competitive procedure', 'open procedure', 'We will run an open procedure.'],
  ['An OJEU notice will be issued.', 'OJEU', 'Find a Tender', 'A Find a Tender notice will be issued.'],
  ['A Find a Tender notice will be issued.', 'Find a Tender', 'OJEU', 'An OJEU notice will be issued.'],
  ['This is an MEAT evaluation.', 'MEAT', 'most advantageous tender', 'This is a most advantageous tender evaluation.'],
  ['The contract notice will be published in the OJEU.', 'OJEU', 'the Central Digital Platform', 'The contract notice will be published on the Central Digital Platform.'],
  ['The contract notice will be published in the OJEU.', 'the OJEU', 'Find a Tender', 'The contract notice will be published on Find a Tender.'],
  ['Notices appear in the OJEU.', 'OJEU', 'Find a Tender', 'Notices appear on Find a Tender.'],
  ['In the OJEU the notice will appear.', 'OJEU', 'the Central Digital Platform', 'On the Central Digital Platform the notice will appear.'],
  ['It is published in the OJEU and on the Central Digital Platform.', 'OJEU', 'the Central Digital Platform', 'It is published on the Central Digital Platform.'],
  ['It is published on the Central Digital Platform and in the OJEU.', 'OJEU', 'the Central Digital Platform', 'It is published on the Central Digital Platform.'],
  ['It is published in the OJEU or on Find a Tender.', 'OJEU', 'Find a Tender', 'It is published on Find a Tender.'],
  ['It is published in the OJEU/Find a Tender.', 'OJEU', 'Find a Tender', 'It is published on Find a Tender.'],
  ['Notices go to the OJEU.', 'OJEU', 'the Central Digital Platform', 'Notices go to the Central Digital Platform.'],
  ['See the the OJEU.', 'OJEU', 'the Central Digital Platform', 'See the the Central Digital Platform.'],
  ['Read the Public Contracts Regulations.', 'Public Contracts Regulations', 'the Procurement Act 2023', 'Read the Procurement Act 2023.'],
  ['Under the Regulations 2015 the rules apply.', 'Regulations 2015', 'Regulations 2015', 'Under the Regulations 2015 the rules apply.'],
  ['It is regulation 29 of PCR 2015.', '29', '30', 'It is regulation 30 of PCR 2015.'],
  ['It is regulation 29 of PCR 2015.', '29', 'regulation 30', 'It is regulation 30 of PCR 2015.'],
  ['Section 20 of the Act applies.', 'Section 20 of the Act', 'section 20 of the Act applies', 'Section 20 of the Act applies.'],
  ['The MEAT wins.', 'The MEAT', 'the most advantageous tender', 'The most advantageous tender wins.'],
  ['meat is a term. the MEAT wins.', 'the MEAT', 'The most advantageous tender', 'meat is a term. The most advantageous tender wins.'],
  ['We pick the MEAT.', 'the MEAT', 'The most advantageous tender', 'We pick the most advantageous tender.'],
  ['- open procedure', 'open procedure', 'competitive flexible procedure', '- Competitive flexible procedure'],
  ['1. open procedure', 'open procedure', 'competitive flexible procedure', '1. Competitive flexible procedure'],
  ['| open procedure | yes |', 'open procedure', 'competitive flexible procedure', '| open procedure | yes |'.replace('open procedure', 'competitive flexible procedure')],
  ['It ends. alcatel letters follow.', 'alcatel letters', 'award decision notices', 'It ends. Award decision notices follow.'],
  ['The Alcatel period lasts ten days.', 'Alcatel period', 'standstill period', 'The standstill period lasts ten days.'],
  ['Bidders will receive an Alcatel letter.', 'Alcatel letter', 'award decision notice', 'Bidders will receive an award decision notice.'],
  ['Bidders will receive a standstill letter.', 'standstill letter', 'award decision notice', 'Bidders will receive an award decision notice.'],
  ['Bidders will receive an award letter.', 'award letter', 'contract award notice', 'Bidders will receive a contract award notice.'],
  ['This is an innovation partnership.', 'innovation partnership', 'innovative (collaborative) partnership', 'This is an innovative (collaborative) partnership.'],
  ['This is an innovation partnership.', 'innovation partnership', 'collaborative partnership', 'This is a collaborative partnership.'],
  ['It is a Light Touch Regime contract.', 'Light Touch Regime', 'light touch', 'It is a light touch contract.'],
  ['We use an LTR approach.', 'LTR', 'light touch', 'We use a light touch approach.'],
  ['It runs for an 8 week period.', '8', '10', 'It runs for a 10 week period.'],
  ['It runs for a 10 week period.', '10', '8', 'It runs for an 8 week period.'],
  ['It is an hour long.', 'hour', 'day', 'It is a day long.'],
  ['It is a unit of work.', 'unit', 'item', 'It is an item of work.'],
  ['It is an NHS trust.', 'NHS', 'CCS', 'It is a CCS trust.'],
  ['It is a PCR tender.', 'PCR', 'NHS', 'It is an NHS tender.'],
  ['The notice is published .', 'published', 'published ', 'The notice is published .'],
  ['Published in the OJEU.', 'OJEU', 'the Central Digital Platform.', 'Published on the Central Digital Platform.'],
  ['It is free , of course.', 'free', 'free ', 'It is free , of course.'],
  ['Contract award notice notice will follow.', 'Contract award notice', 'Contract award notice', 'Contract award notice will follow.'],
  ['Issue the award decision notice letter now.', 'award decision notice letter', 'contract award notice', 'Issue the contract award notice now.'],
  ['Send the the notice.', 'the notice', 'the contract award notice', 'Send the contract award notice.'],
];

describe('fix text reads well in place', () => {
  for (const [sentence, target, replacement, expected] of rows) {
    it(`"${sentence}": ${target} → ${replacement}`, () => {
      const start = sentence.indexOf(target);
      assert.ok(start >= 0, 'target in sentence');
      const { edit } = polishEdit(sentence, { start, end: start + target.length, text: replacement });
      assert.equal(applyEdits(sentence, [edit]), expected);
    });
  }

  it('has at least 40 rows', () => assert.ok(rows.length >= 40));

  it('a fix that would name the replacement twice in one sentence is marked for review', () => {
    const s = 'Notices go to the OJEU; copies go to the Central Digital Platform.';
    const start = s.indexOf('OJEU');
    assert.equal(polishEdit(s, { start, end: start + 4, text: 'the Central Digital Platform' }).repeats, true);
  });
});

describe('a or an', () => {
  const cases: Array<[string, 'a' | 'an']> = [
    ['hour', 'an'], ['honest', 'an'], ['unit', 'a'], ['European', 'a'], ['one-off', 'a'], ['NHS', 'an'], ['MEAT', 'a'],
    ['PCR', 'a'], ['OJEU', 'an'], ['UKAS', 'a'], ['8-week', 'an'], ['11', 'an'], ['18', 'an'], ['10', 'a'], ['open', 'an'], ['SME', 'an'],
  ];
  for (const [word, article] of cases) it(`${article} ${word}`, () => assert.equal(articleFor(word), article));

  it('finds mismatches and leaves labels alone', () => {
    assert.deepEqual(articleMismatches('an competitive procedure and a open one').map((m) => m.wanted), ['a', 'an']);
    assert.deepEqual(articleMismatches('Lot A includes everything. Schedule A applies.'), []);
  });
});
