// obsolete-reference: each outdated term judged against the document's regime and date, the fixes
// that are certain (with articles kept grammatical), and the references that were right at the time.

import assert from 'node:assert/strict';
import { applyEdits, lint, type Finding } from '../../server/src/core';
import { assertFixesRoundTrip, runFixtures, today } from './terminology-fixtures';

const RULE = 'obsolete-reference';
const doc = (fm: string, body: string) => `---\ntender-lint:\n${fm}---\n\n# Tender\n\n${body}\n`;
const PCR_2023 = '  regime: pcr-2015\n  date: 2023-03-01\n';
const PA = '  regime: pa-2023\n';
const findings = (text: string): Finding[] => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);

const fixes: Array<[string, string, string]> = [
  [PCR_2023, 'The contract notice will be published in the OJEU.', 'The contract notice will be published on Find a Tender.'],
  [PCR_2023, 'An OJEU notice will be published.', 'A Find a Tender notice will be published.'],
  [PCR_2023, 'Notices are published in the Official Journal of the European Union.', 'Notices are published on Find a Tender.'],
  [PA, 'The tender notice will be published in the OJEU.', 'The tender notice will be published on the Central Digital Platform.'],
  [PA, 'We will publish an OJEU notice.', 'We will publish a Central Digital Platform notice.'],
  [PA, 'The contract goes to the most economically advantageous tender.', 'The contract goes to the most advantageous tender.'],
  [PA, 'Awards go to the Most Economically Advantageous Tender (MEAT).', 'Awards go to the most advantageous tender.'],
  [PA, 'We will identify the MEAT.', 'We will identify the most advantageous tender.'],
  [PA, 'These services are awarded under the Light Touch Regime.', 'These services are awarded under the rules for light touch contracts.'],
  ['  regime: pcr-2015\n', 'The Alcatel period lasts ten days.', 'The standstill period lasts ten days.'],
  ['  regime: pcr-2015\n', 'Bidders will receive an Alcatel letter.', 'Bidders will receive an award decision notice.'],
  [PA, 'Bidders will receive Alcatel letters.', 'Bidders will receive contract award notices.'],
];

describe('obsolete-reference: certain swaps', () => {
  for (const [fm, wrong, right] of fixes) {
    it(`"${wrong}"`, () => {
      const text = doc(fm, wrong);
      const [f, ...rest] = findings(text);
      assert.equal(rest.length, 0);
      assert.match(f.detail ?? '', /Source: .*legislation\.gov\.uk/);
      // The words quoted from the document do not count against the Problems-panel budget.
      assert.ok(f.message.replace(/"[^"]*"/, '""').length <= 100, f.message);
      const after = applyEdits(text, f.fixes[0].edits);
      assert.equal(after, doc(fm, right));
      assert.deepEqual(findings(after), []);
    });
  }
});

describe('obsolete-reference: explained without a fix', () => {
  const explained: Array<[string, string]> = [
    [PA, 'Tenders are scored on a MEAT basis.'],
    [PA, 'Light Touch Regime services are listed in the annex.'],
    ['  date: 2025-06-01\n', 'This tender is run under the Public Contracts Regulations 2015.'],
  ];
  for (const [fm, body] of explained) {
    it(`"${body}"`, () => {
      const [f, ...rest] = findings(doc(fm, body));
      assert.equal(rest.length, 0);
      assert.equal(f.fixes.length, 0);
    });
  }
  it('reports PCR 2015 as governing law once, with the other places related', () => {
    const [f, ...rest] = findings(doc('  date: 2025-06-01\n', 'This tender is run under PCR 2015.\n\nBidders must comply with the Public Contracts Regulations 2015.'));
    assert.equal(rest.length, 0);
    assert.equal(f.related?.length, 1);
  });
  it('an Alcatel letter in a document whose regime is only guessed from today is explained, not rewritten', () => {
    const [f] = findings('# Tender\n\nBidders will receive an Alcatel letter.\n');
    assert.equal(f.fixes.length, 0);
  });
});

describe('obsolete-reference: right at the time, or not a use', () => {
  const quiet: Array<[string, string]> = [
    ['  regime: pcr-2015\n  date: 2020-12-01\n', 'The contract notice will be published in the OJEU.'],
    ['  regime: pcr-2015\n', 'The contract notice will be published in the OJEU.'],
    ['  regime: directive-2014-24\n  date: 2024-01-01\n', 'The contract notice will be published in the OJEU.'],
    [PCR_2023, 'The previous contract was advertised in the OJEU in 2019.'],
    [PCR_2023, 'Our TED talk series continues.'],
    [PCR_2023, 'The Directive was published in the Official Journal (OJ L 94).'],
    [PA, 'The catering lots cover MEAT, fish and dairy products.'.replace('MEAT', 'meat')],
    [PA, 'Unlike MEAT under the old rules, the Act looks for the most advantageous tender.'],
    ['  date: 2025-01-10\n', 'This tender is run under the Public Contracts Regulations 2015.'],
    ['  regime: pcsr-2015\n  date: 2025-06-01\n', 'The Public Contracts Regulations 2015 do not apply in Scotland; this tender is run under the Public Contracts (Scotland) Regulations 2015.'],
    ['  date: 2025-06-01\n', 'This devolved Scottish authority applies the Public Contracts (Scotland) Regulations 2015 and cites PCR 2015 for comparison.'],
    ['  date: 2025-03-03\n', 'Commenced before 24 February 2025, this procurement continues to be governed by PCR 2015.'],
  ];
  for (const [fm, body] of quiet) it(`"${body}" (${fm.trim().replace(/\n\s*/g, ', ')})`, () => assert.deepEqual(findings(doc(fm, body)).map((f) => f.message), []));
  it('MEAT and the Light Touch Regime are quiet when the Act regime is only a guess from today', () => {
    assert.deepEqual(findings('# Tender\n\nAwards go to the MEAT under the Light Touch Regime.\n'), []);
  });
});

describe('obsolete-reference: fuzz regressions', () => {
  it('offers no replacement where the words cannot be found in the source', () => {
    const text = doc('  regime: pcr-2015\n', 'See [www.example.com]. The Alcatel period lasts ten days.');
    const [f, ...rest] = assertFixesRoundTrip(text, RULE);
    assert.equal(rest.length, 0);
    for (const fix of f.fixes) for (const e of fix.edits) assert.equal(text.slice(e.start, e.end), 'Alcatel period');
  });
  it('keeps markup out of an OJEU fix that takes the article with it', () => {
    const text = doc(PCR_2023, 'The contract notice will be published in *the* OJEU.');
    for (const f of assertFixesRoundTrip(text, RULE)) for (const fix of f.fixes) assert.doesNotMatch(applyEdits(text, fix.edits), /\*/);
  });
  it('reads the governing verb of a sentence whose list piece ends at a semicolon', () => {
    const text = doc('  date: 2025-03-01\n', 'All procurement is carried out in compliance with relevant legal frameworks, such as; the Public Contracts Regulations 2015; and good practice.');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^Name the Procurement Act 2023/);
    assert.ok(f.message.length <= 100, f.message);
    // The same list under a full stop that denies it stays quiet.
    assert.equal(findings(doc('  date: 2025-03-01\n', 'Procurement is not carried out in compliance with old frameworks such as; the Public Contracts Regulations 2015; or others.')).length, 0);
  });
  it('quotes words split over lines on one line', () => {
    const wrapped = findings(doc('  date: 2025-06-01\n', 'This tender is run under the Public Contracts\r\nRegulations 2015.'));
    assert.equal(wrapped.length, 1);
    assert.match(wrapped[0].detail ?? '', /so the Public Contracts Regulations 2015 are not/); // the title, whatever the line breaks
    const [alcatel] = findings(doc('  regime: pcr-2015\n', 'The Alcatel\n  period lasts ten days.'));
    assert.match(alcatel.message, /^Write "standstill period": "Alcatel period" is out of date/);
  });
});

runFixtures(RULE);

describe('obsolete-reference: with the citation rule', () => {
  it('flags the 2015 Regulations under a misspelt title as governing law, so correcting the title changes nothing here', () => {
    const text = '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n---\n\n# Law\n\nThis tender is run under the Public Contract Regulations 2015.\n';
    const before = lint(text, { today: '2026-01-01' }).findings;
    const obsolete = before.filter((f) => f.ruleId === 'obsolete-reference');
    assert.equal(obsolete.length, 1);
    const titleFix = before.find((f) => f.ruleId === 'citation')!.fixes[0];
    const after = lint(applyEdits(text, titleFix.edits), { today: '2026-01-01' }).findings.filter((f) => f.ruleId === 'obsolete-reference');
    assert.deepEqual(after.map((f) => f.message), obsolete.map((f) => f.message));
  });
});
