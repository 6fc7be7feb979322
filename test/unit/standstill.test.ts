// standstill: stated periods judged by the law the sentence is about, end dates counted as each law
// counts them (bank holidays included), the fixes in the document's own style (applied and re-linted),
// when the rule stays quiet, and the hover on a standstill period or date.

import assert from 'node:assert/strict';
import { applyEdits, lint, type Finding } from '../../server/src/core';
import { hoverAt } from '../../server/src/core/hover';
import { assertFixesRoundTrip, today } from './terminology-fixtures';

const RULE = 'standstill';
const doc = (fm: string, body: string) => `---\ntender-lint:\n${fm}---\n\n# Award\n\n${body}\n`;
const PA = '  regime: pa-2023\n';
const PCR = '  regime: pcr-2015\n  date: 2023-03-01\n';
const PCSR = '  regime: pcsr-2015\n';
const findings = (text: string): Finding[] => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);
const firstSentence = (m: string) => m.split(/(?<=\.)\s/)[0];

describe('standstill: a period shorter than the law is replaced in the document\'s style', () => {
  const cases: Array<[string, string, string]> = [
    [PA, 'The standstill period will be ten calendar days.', 'The standstill period will be eight working days.'],
    [PA, 'The standstill period will be ten (10) calendar days.', 'The standstill period will be eight (8) working days.'],
    [PA, 'There will be a 10 day standstill period.', 'There will be a 8 working day standstill period.'],
    [PA, 'The standstill period will be 5 working days.', 'The standstill period will be 8 working days.'],
    [PCR, 'The standstill period will be seven days.', 'The standstill period will be ten days.'],
    [PCR, 'The standstill period is 5 calendar days.', 'The standstill period is 10 calendar days.'],
    [PCSR, 'A standstill period of 7 days will apply.', 'A standstill period of 10 days will apply.'],
    // Called the statutory period, a longer figure is still the wrong one.
    [PA, 'The statutory standstill period is 10 working days.', 'The statutory standstill period is 8 working days.'],
  ];
  for (const [fm, wrong, right] of cases) {
    it(`"${wrong}"`, () => {
      const text = doc(fm, wrong);
      const [f, ...rest] = findings(text);
      assert.ok(f, 'a finding');
      assert.equal(rest.length, 0);
      assert.ok(firstSentence(f.message).replace(/'[^']*'/g, "''").length <= 100, f.message);
      assert.match(f.detail ?? '', /regulation 8[67]|Section 51/i);
      const fixed = applyEdits(text, f.fixes[0].edits);
      // The engine may polish the article ("a 8" -> "an 8"); the period itself is what the rule writes.
      assert.equal(fixed.replace(/\ban 8\b/, 'a 8'), doc(fm, right));
      assert.deepEqual(findings(fixed), []);
      assertFixesRoundTrip(text, RULE);
    });
  }
});

describe('standstill: the law the sentence is about', () => {
  it('counts as the Act counts, so is judged by the Act in a document dated before go-live, with a fix to read first', () => {
    const body =
      'The standstill period is the period between publishing the contract award notice and entering into the contract. ' +
      'The standstill period lets suppliers raise concerns. It must be at least ten calendar days beginning with the day on which the contract award notice is published.';
    const text = doc(PCR, body);
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), 'ten calendar days');
    assert.match(f.message, /eight working days/);
    assert.equal(f.fixes[0].needsReview, true);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.ok(fixed.includes('at least eight working days beginning'));
    assertFixesRoundTrip(text, RULE);
  });
  it('leaves a correct statement of the Act alone in the same document', () => {
    assert.deepEqual(findings(doc(PCR, "Section 51 provides that the 'mandatory standstill period' is the period of eight working days beginning with the day the contract award notice is published.")), []);
  });
  it('"It" after a sentence that is not about the standstill states nothing', () => {
    assert.deepEqual(findings(doc(PA, 'The standstill letter goes to every bidder. It must be sent within five days.')), []);
    assert.deepEqual(findings(doc(PA, 'Tenders are due on Friday. It must be at least ten days after the briefing.')), []);
  });
});

describe('standstill: quiet where the law sets nothing or the sentence claims nothing', () => {
  const quiet: Array<[string, string, string]> = [
    ['a guessed regime', '', 'The standstill period will be ten calendar days.'],
    ['light touch', '  regime: pa-2023\n  light-touch: true\n', 'The standstill period will be five working days.'],
    ['a light touch contract named in the sentence', PA, 'The light touch contract will have a standstill of 5 working days.'],
    ['the utilities regulations named', PA, 'Under the Utilities Contracts Regulations 2016 the standstill period is 10 days.'],
    ['the Provider Selection Regime named', PA, 'Under the PSR the standstill period is 5 working days.'],
    ['a negation', PA, 'The standstill period is not ten calendar days.'],
    ['history', PA, 'Under the previous rules the standstill period was ten calendar days.'],
    ['a voluntary standstill under the Regulations', PCR, 'A voluntary standstill period of five days will be observed.'],
    ['a longer period the authority chose', PCR, 'The standstill period will be 14 days.'],
    ['the paper-notice period', PCR, 'The standstill period will be 15 days if the notices are sent by post.'],
    ['a period not tied to the standstill', PA, 'Tenders must be returned within ten days.'],
    ['a period that measures what follows the standstill', PCR, 'Following the standstill period, a 5 day mobilisation period will begin.'],
    ['a period of something during the standstill', PA, 'Suppliers may ask questions during the standstill period: 2 working days are allowed for answers.'],
    ['"It" giving a distance from another event', PA, 'The standstill period ends after eight working days. It must be at least five days before contract start.'],
  ];
  for (const [name, fm, body] of quiet) {
    it(name, () => assert.deepEqual(findings(fm ? doc(fm, body) : `# Award\n\n${body}\n`).map((f) => f.message), []));
  }
});

describe('standstill: end dates', () => {
  it('the Act: eight working days beginning with publication, Easter bank holidays skipped', () => {
    const text = doc(PA, '| Event | Date |\n|---|---|\n| Contract award notice published | 17 April 2025 |\n| Standstill period ends | 29 April 2025 |');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), '29 April 2025');
    assert.match(f.message, /^Write 30 April 2025 or later/);
    assert.match(f.detail ?? '', /gov\.uk\/bank-holidays/);
    assert.deepEqual(findings(text.replace('29 April 2025', '30 April 2025')), []);
  });
  it('the Regulations: ten days after sending; a first day of the standstill means the notice went the day before', () => {
    assert.match(findings(doc(PCR, 'The award decision notice will be sent on 3 March 2025. The standstill period ends at midnight on 12 March 2025.'))[0].message, /13 March 2025/);
    assert.deepEqual(findings(doc(PCR, 'The standstill period will begin on 4 March 2025 and end at midnight on 13 March 2025.')), []);
    assert.match(findings(doc(PCR, 'The standstill period will begin on 4 March 2025 and end at midnight on 12 March 2025.'))[0].message, /13 March 2025/);
  });
  it('a timetable row giving the first and last day, the year written once', () => {
    const table = (cell: string) => doc(PCR, `| Stage | Dates |\n|---|---|\n| Standstill period | ${cell} |`);
    const [f] = findings(table('27th April - 5th May 2022'));
    assert.match(f.message, /^Write 6 May 2022 or later/);
    assert.deepEqual(findings(table('27th April - 6th May 2022')), []);
    assert.match(findings(table('28 December – 5 January 2026'))[0].message, /6 January 2026/);
    assert.deepEqual(findings(table('TBC')), []);
  });
  it('a timetable row giving the length in the next cell', () => {
    const text = doc(PA, '| Stage | Length |\n|---|---|\n| Standstill period | 10 calendar days |\n| Clarification period | 5 days |');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), '10 calendar days');
    assertFixesRoundTrip(text, RULE);
  });
  it('an end date in a conditional or past sentence is not this procurement\'s', () => {
    assert.deepEqual(findings(doc(PA, 'The contract award notice will be published on 3 March 2025. If no challenge is made, the standstill period ends on 11 March 2025.')), []);
  });
});

function hover(fm: string, body: string, target: string) {
  const text = doc(fm, body);
  const r = lint(text, { today, only: [] });
  const at = text.indexOf(target);
  assert.ok(at >= 0);
  return hoverAt({ doc: r.doc, context: r.context, settings: r.settings }, at + 1);
}

describe('standstill: hover', () => {
  const timetable = 'The contract award notice will be published on 3 March 2025. The standstill period ends at midnight on 11 March 2025.';
  it('on an end date: the rule and the computed figure', () => {
    const h = hover(PA, timetable, '11 March 2025');
    assert.ok(h);
    assert.match(h.markdown, /8 working days from 3 March 2025 ends on 12 March 2025/);
    assert.match(h.markdown, /too early/);
    assert.match(h.markdown, /gov\.uk\/bank-holidays/);
    assert.match(h.markdown, /2024–2027/);
    assert.match(h.markdown, /legislation\.gov\.uk\/ukpga\/2023\/54\/section\/51/);
  });
  it('on a stated period: what the law requires and what the document says', () => {
    const h = hover(PA, 'The standstill period will be ten calendar days.', 'ten calendar days');
    assert.ok(h);
    assert.match(h.markdown, /Standstill: 8 working days/);
    assert.match(h.markdown, /\*\*This document:\*\* ten calendar days\. Use 'eight working days'/);
  });
  it('under the Regulations: calendar days, no bank holidays, reg 87', () => {
    const h = hover(PCR, 'The award decision notice will be sent on 3 March 2025. The standstill period ends at midnight on 13 March 2025.', '13 March 2025');
    assert.ok(h);
    assert.match(h.markdown, /10 days after 3 March 2025 ends on 13 March 2025/);
    assert.match(h.markdown, /regulation\/87/);
    assert.doesNotMatch(h.markdown, /bank holidays/);
  });
  it('not on a period or date that has nothing to do with the standstill', () => {
    assert.equal(hover(PA, 'Tenders must be returned within 30 days of 3 March 2025.', '30 days'), undefined);
    assert.equal(hover(PA, 'Tenders must be returned by 3 March 2025.', '3 March 2025'), undefined);
  });
});
