// missing-principle: which sentences state which principles, and which passages count as a statement
// of the procurement's principles (split from missing-principle-cases.test.ts to keep files small).

import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../server/src/core';
import { principlesInText } from '../../server/src/core/rules/principles/detect';

const today = '2026-06-01';
const RULE = 'missing-principle';
const mine = (text: string) => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);
const tender = (regime: string, body: string, extra = '') => `---\ntender-lint:\n  regime: ${regime}\n  kind: tender\n${extra}---\n\n# Invitation to tender\n\n${body}`;

describe('missing-principle: recognising statements', () => {
  const cases: Array<[string, string[]]> = [
    ['We will treat all bidders equally and fairly.', ['equal-treatment']],
    ['Suppliers receive fair and equal treatment of all suppliers.', ['equal-treatment']],
    ['There will be equality of treatment between tenderers.', ['equal-treatment']],
    ['The procedure is open and transparent.', ['transparency']],
    ['Requirements are proportionate to the value and complexity of the contract.', ['proportionality']],
    ['The Authority will act without discrimination.', ['non-discrimination']],
    ['Criteria are non-discriminatory.', ['non-discrimination']],
    ['The Authority will not discriminate against any bidder.', ['non-discrimination']],
    ['The Authority will not publish the scores transparently.', []],
    ['The Authority is not required to act proportionately.', []],
    ['If it decides to treat all bidders equally, it will say so.', []],
    ['A disproportionate burden is avoided.', []],
    ['There was a lack of transparency in the last exercise.', []],
    ['The Authority will act without discrimination and with full transparency.', ['non-discrimination', 'transparency']],
  ];
  for (const [sentence, expected] of cases) {
    // "treating suppliers the same" (PA 2023) shares its phrasings with equal treatment; leave it aside here.
    const found = () => [...principlesInText(sentence)].filter((id) => id !== 'treating-suppliers-same').sort();
    it(JSON.stringify(sentence), () => assert.deepEqual(found(), [...expected].sort()));
  }

  it('a principle stated in the same section counts; one stated only elsewhere does not', () => {
    const same = tender('pcr-2015', '## Principles\n\nThe Authority will act in accordance with the principles of equal treatment, non-discrimination and transparency.\n\nAll time limits are proportionate.\n');
    assert.equal(mine(same).length, 0);
    const elsewhere = tender('pcr-2015', '## Principles\n\nThe Authority will act in accordance with the principles of equal treatment, non-discrimination and transparency.\n\n## Timetable\n\nAll time limits are proportionate.\n');
    assert.equal(mine(elsewhere).length, 1);
  });

  it('a numbered clause ("1.2 The Council will …") is a statement like any other sentence', () => {
    const body = '## 1. Introduction\n\n1.2 The Council will treat all suppliers the same and act with integrity, and it will have regard to delivering value for money and maximising public benefit.\n';
    const found = mine(tender('pa-2023', body));
    assert.equal(found.length, 1);
    assert.equal(found[0].message, 'Add sharing information: this statement omits it (section 12(1) of PA 2023).');
  });

  it('a statement anywhere in the document avoids the document-level finding', () => {
    assert.equal(mine(tender('pcr-2015', '## Timetable\n\nAll time limits are proportionate.\n')).length, 0);
  });

  it('the document-level finding sits on the first depth-1 heading, else the first heading', () => {
    const t1 = `---\ntender-lint:\n  kind: tender\n  regime: pcr-2015\n---\n\n## Part A\n\nText.\n\n# Invitation to tender\n\nText.\n`;
    const [f1] = mine(t1);
    assert.equal(t1.slice(f1.start, f1.end), '# Invitation to tender');
    const t2 = `---\ntender-lint:\n  kind: tender\n  regime: pcr-2015\n---\n\n## Part A\n\nText.\n`;
    const [f2] = mine(t2);
    assert.equal(t2.slice(f2.start, f2.end), '## Part A');
  });

  it('a tender-like document without a declared kind is checked; a guide with the same sections is not', () => {
    const body =
      '\n\n## Instructions to bidders\n\nThe Council will conduct this procurement in accordance with the principles of equal treatment, transparency and proportionality.\n\n## Award criteria\n\nPrice.\n';
    const pcr = '---\ntender-lint:\n  regime: pcr-2015\n---\n';
    assert.equal(mine(`${pcr}# Cleaning services${body}`).length, 1);
    assert.equal(mine(`${pcr}# Cleaning services: a guide${body}`).length, 0);
  });

  it('a document that states no principles at all gets the title finding only when its kind is declared', () => {
    const body = '\n\n## Instructions to bidders\n\nReturn by noon.\n\n## Award criteria\n\nPrice.\n';
    assert.equal(mine(`# Cleaning services${body}`).length, 0);
    assert.equal(mine(`---\ntender-lint:\n  kind: tender\n---\n# Cleaning services${body}`).length, 1);
    assert.equal(mine(`---\ntender-lint:\n  kind: guidance\n---\n# Cleaning services${body}`).length, 0);
  });

  it('the front matter can turn light touch off even when the text mentions it', () => {
    const text = tender('pcr-2015', 'This contract is procured under the Light Touch Regime. The Authority will act in accordance with the principles of transparency and equal treatment.\n', '  light-touch: false\n');
    assert.equal(mine(text).length, 2);
  });

  it('a PA 2023 document is not asked for PCR vocabulary', () => {
    const text = tender('pa-2023', 'The Authority will have regard to the procurement objectives: delivering value for money; maximising public benefit; sharing information; and acting with integrity. It will treat all suppliers the same.\n');
    assert.equal(mine(text).length, 0);
  });

  it('with nothing in the document saying which law applies, a statement using PCR principles is not held to the Act', () => {
    const body =
      '# Invitation to tender: grounds maintenance\n\n## Instructions to bidders\n\nReturn by noon.\n\n## Procurement principles\n\n' +
      'The Council will act transparently and proportionately, treat bidders equally and without discrimination, and secure value for money.\n';
    assert.equal(mine(body).length, 0);
    assert.ok(mine(`---\ntender-lint:\n  regime: pa-2023\n---\n${body}`).length > 0, 'held to s.12 once the regime is stated');
  });
});

describe('missing-principle: commitments spread over consecutive sentences', () => {
  const para =
    '1.2 This procurement is being conducted under the Procurement Act 2023. The Council will treat all suppliers the same and will act with integrity ' +
    'throughout the procurement. It will have regard to the importance of delivering value for money and maximising public benefit.\n';

  it('two commitment sentences naming four of the Act\'s objectives between them are one statement, and the one left out is reported', () => {
    const found = mine(tender('pa-2023', para));
    assert.deepEqual(found.map((f) => f.data?.missing), [['sharing-information']]);
    const fixed = applyEdits(tender('pa-2023', para), found[0].fixes[0].edits);
    assert.deepEqual(mine(fixed), [], 'the fix completes the statement');
  });

  it('the inserted sentence uses the document\'s word for suppliers, not a capital from a sentence start', () => {
    const text = tender('pa-2023', `${para}\nBidders must confirm that they are not excluded.\n`);
    const [f] = mine(text);
    const after = applyEdits(text, f.fixes[0].edits);
    assert.match(after, /so that suppliers and others/);
  });

  it('sentences naming two each stay quiet when they are not the authority\'s commitments', () => {
    const text = tender('pa-2023', 'Bidders often ask whether the process is fair and transparent. Feedback shows that value for money and public benefit matter to residents.\n');
    assert.deepEqual(mine(text), []);
  });

  it('one sentence naming two stays quiet: the run needs three of the regime\'s between them', () => {
    const text = tender('pcr-2015', 'The Council will treat all bidders equally and transparently. Questions are answered within five days.\n');
    assert.deepEqual(mine(text), []);
  });
});

describe('missing-principle: quoted and conditional mentions neither state nor omit (shared assertion analysis)', () => {
  const statement = '## Principles\n\nThe Council will treat all bidders equally and without discrimination and will act transparently.\n\n';
  it('a principle in someone else\'s quoted words or under a condition is not stated', () => {
    for (const extra of ['One bidder said "the Council should also act proportionately".\n', 'Where the contract is above threshold, the Council will act proportionately.\n']) {
      const found = mine(tender('pcr-2015', statement + extra));
      assert.deepEqual(found.map((f) => f.data?.missing), [['proportionality']], extra);
    }
  });
  it('"will not discriminate" still states non-discrimination, and a plain sentence still states proportionality', () => {
    assert.deepEqual(mine(tender('pcr-2015', '## Principles\n\nThe Council will treat all bidders equally, will not discriminate, and will act transparently and proportionately.\n')), []);
    assert.deepEqual(mine(tender('pcr-2015', `${statement}The Council will act proportionately.\n`)), []);
  });
});
