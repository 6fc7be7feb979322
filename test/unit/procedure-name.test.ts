// procedure-name: wrong names and their fixes, claims versus discussion, the informal-arrangement and
// both-terms findings (one finding, related locations, both fixes round-trip), and the Act's procedures.

import assert from 'node:assert/strict';
import { applyEdits, lint, type Finding } from '../../server/src/core';
import { assertFixesRoundTrip, runFixtures, today } from './terminology-fixtures';

const RULE = 'procedure-name';
const doc = (regime: string, body: string, extra = '') => `---\ntender-lint:\n  regime: ${regime}\n${extra}---\n\n# Procedure\n\n${body}\n`;
const findings = (text: string): Finding[] => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);
const preferred = (text: string, f: Finding) => applyEdits(text, (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits);

describe('procedure-name: names that do not exist', () => {
  const cases: Array<[string, string, string]> = [
    ['pcr-2015', 'The Council will run an Innovative Partnership procedure.', 'The Council will run an innovation partnership procedure.'],
    ['pcsr-2015', 'We will follow the innovative partnership procedure.', 'We will follow the innovation partnership procedure.'],
    ['pcr-2015', 'The Authority will use the innovation procedure.', 'The Authority will use the innovation partnership procedure.'],
    ['pcr-2015', 'The Authority will use the competitive negotiation procedure.', 'The Authority will use the competitive procedure with negotiation.'],
    ['directive-2014-24', 'A negotiated procedure without publication is not planned.', 'A negotiated procedure without prior publication is not planned.'],
  ];
  for (const [regime, body, fixed] of cases) {
    it(`${regime}: "${body}"`, () => {
      const text = doc(regime, body);
      const [f, ...rest] = findings(text);
      assert.equal(rest.length, 0);
      // The message names the right words, which the fix writes; why the name is wrong is in the detail.
      assert.ok(f.message.startsWith(`Write "${f.fixes[0].edits[0].text.toLowerCase()}": `), f.message);
      assert.match(f.detail ?? '', /not the name of a procurement procedure/);
      assert.equal(preferred(text, f), doc(regime, fixed));
    });
  }
  it('cites the real provision for the regime', () => {
    const [f] = findings(doc('pcsr-2015', 'We will follow the innovative partnership procedure.'));
    assert.match(f.detail ?? '', /regulation 32 of the Public Contracts \(Scotland\) Regulations 2015\)\. Source: https:\/\/www\.legislation\.gov\.uk\/ssi\/2015\/446\/regulation\/32$/);
  });
});

describe('procedure-name: what stays quiet', () => {
  const quiet = [
    'This is an innovative partnership with local charities.',
    'The INNOVATIVE PARTNERSHIP board meets monthly.',
    "The Children's Innovation Partnership will be procured under the light touch regime.",
    'We want an innovative procedure for engaging residents.',
    'The Plymouth Alliance was procured using a competitive negotiated procedure.',
    'A contracting authority may use the innovation partnership procedure where the market cannot meet the need.',
    'This is an innovative partnership, not the Innovation Partnership procedure.',
  ];
  for (const regime of ['pcr-2015', 'pa-2023']) {
    for (const body of quiet) it(`${regime}: "${body}"`, () => assert.deepEqual(findings(doc(regime, body)).map((f) => f.message), []));
  }
  it('a guidance document discussing the procedure', () => {
    assert.deepEqual(findings(doc('pa-2023', 'The Authority will use the restricted procedure.', '  kind: guidance\n')), []);
  });
});

describe('procedure-name: procedures named under the Procurement Act 2023', () => {
  for (const name of ['restricted procedure', 'competitive procedure with negotiation', 'competitive dialogue', 'innovation partnership procedure']) {
    it(`"${name}" claimed is replaced by the competitive flexible procedure`, () => {
      const text = doc('pa-2023', `The Authority will use the ${name} for this contract.`);
      const [f, ...rest] = findings(text);
      assert.equal(rest.length, 0);
      assert.equal(f.message, `Use the competitive flexible procedure: the Procurement Act 2023 has no "${name}".`);
      assert.match(f.detail ?? '', /s\.20\(2\)\(b\)/);
      assert.equal(preferred(text, f), doc('pa-2023', 'The Authority will use the competitive flexible procedure for this contract.'));
    });
  }
  it('labels and passives are claims too', () => {
    assert.equal(findings(doc('pa-2023', 'Procedure: restricted procedure')).length, 1);
    assert.equal(findings(doc('pa-2023', 'The restricted procedure will be used.')).length, 1);
  });
  it('the negotiated procedure without prior publication points to direct award, without a fix', () => {
    const [f] = findings(doc('pa-2023', 'We will use the negotiated procedure without prior publication.'));
    assert.match(f.message, /^Use a direct award: /);
    assert.match(f.detail ?? '', /s\.41 and Schedule 5/);
    assert.equal(f.fixes.length, 0);
  });
  it('the open and competitive flexible procedures, comparisons and PCR sentences are quiet', () => {
    for (const body of [
      'We will use the open procedure.',
      'We will use the competitive flexible procedure, modelled on the restricted procedure.',
      'The Authority will use the competitive dialogue procedure under the Public Contracts Regulations 2015.',
      'The previous contract was let in 2019 using the restricted procedure.',
    ]) {
      assert.deepEqual(findings(doc('pa-2023', body)).map((f) => f.message), [], body);
    }
  });
});

describe('procedure-name: the innovation partnership claimed for something else', () => {
  const informal = doc(
    'pcr-2015',
    'Our innovative partnership has grown over ten years.\n\nThe Council will use the Innovation Partnership procedure to agree a memorandum of understanding with providers.',
  );
  it('reports one finding, at the claim, with the informal name and the description as related locations', () => {
    const [f, ...rest] = findings(informal);
    assert.equal(rest.length, 0);
    assert.equal(informal.slice(f.start, f.end), 'Innovation Partnership procedure');
    assert.match(f.message, /^Call it an "innovative \(collaborative\) partnership": /);
    assert.match(f.detail ?? '', /informal collaboration/);
    const related = (f.related ?? []).map((r) => informal.slice(r.start, r.end));
    assert.deepEqual(related.sort(), ['innovative partnership', 'memorandum of understanding']);
  });
  it('offers the wording and the clause; each removes the finding and adds none', () => {
    const [f] = findings(informal);
    assert.deepEqual(f.fixes.map((x) => x.title.split(' ')[0]), ['Call', 'Add']);
    for (const fix of f.fixes) {
      const after = lint(applyEdits(informal, fix.edits), { today }).findings;
      assert.deepEqual(after.filter((x) => x.ruleId === RULE), [], fix.title);
    }
    assert.match(applyEdits(informal, f.fixes[1].edits), /do not refer to the innovation partnership procedure/);
  });
  it('stays quiet when the document describes research and development and buying the result', () => {
    const genuine = doc('pcr-2015', 'The Council will use the Innovation Partnership procedure with an alliance board, research and development phases and the purchase of the resulting service.');
    assert.deepEqual(findings(genuine), []);
  });
  it('both terms for one genuine arrangement: one finding, no fix', () => {
    const text = doc('pcr-2015', 'This innovative partnership starts in May.\n\nWe will use the innovation partnership procedure under regulation 31.\n\nThe innovative partnership will run for five years.');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(f.related?.length, 2);
    assert.equal(f.fixes.length, 0);
  });
});

describe('procedure-name: fuzz regressions', () => {
  it('offers no replacement where the words cannot be found in the source', () => {
    const text = doc('pcr-2015', 'See [www.example.com] and the Innovative Partnership procedure.');
    const [f, ...rest] = assertFixesRoundTrip(text, RULE);
    assert.equal(rest.length, 0);
    for (const fix of f.fixes) for (const e of fix.edits) assert.equal(text.slice(e.start, e.end), 'Innovative Partnership procedure');
  });
  it('a wrong name claimed for an informal collaboration: the rewording is the only fix, and the clause does not uncover the name', () => {
    const text = doc('pcr-2015', 'The Council will use the Innovative Partnership procedure under the Public Contracts Regulations 2015 for an informal collaboration.');
    const [f, ...rest] = assertFixesRoundTrip(text, RULE);
    assert.equal(rest.length, 0);
    assert.match(f.detail ?? '', /informal collaboration/);
    assert.deepEqual(f.fixes.map((x) => x.title), ['Call it an "innovative (collaborative) partnership"']);
  });
  it('a wrong name that is not the claim is reported on its own, so the rewording of the claim uncovers nothing', () => {
    const text = doc(
      'pcr-2015',
      'The Council will use the Innovative Partnership procedure for an informal collaboration with providers.\n\nAn Innovative Partnership procedure suits such work.',
    );
    const found = assertFixesRoundTrip(text, RULE);
    assert.deepEqual(found.map((f) => f.data?.kind), ['informal-arrangement', 'wrong-name']);
  });
  it('fixing the provision word of a citation of regulation 31 does not change what the document is read to cite', () => {
    const text = doc('pcr-2015', 'See Article 31 of the Public Contracts Regulations 2015.\n\nThe Council will use the Innovative Partnership procedure under the light touch regime.');
    assertFixesRoundTrip(text, 'citation');
    assert.deepEqual(findings(text).map((f) => f.data?.kind), ['wrong-name']);
  });
  it('a citation tied to another procedure is not a citation of the innovation partnership, before or after its number is fixed', () => {
    const text = doc(
      'pcr-2015',
      'The competitive dialogue (regulation 31) is not used.\n\nThe Council will use the Innovative Partnership procedure under the light touch regime.',
    );
    assertFixesRoundTrip(text, 'citation');
    assert.deepEqual(findings(text).map((f) => f.data?.kind), ['informal-arrangement']);
  });
  it('quotes a name split over lines on one line', () => {
    const [f] = findings(doc('pcr-2015', 'The Council will run an Innovative\nPartnership procedure.'));
    assert.match(f.detail ?? '', /^"Innovative Partnership procedure" is not/);
  });
});

runFixtures(RULE);

describe('procedure-name: "the negotiated procedure" under PCR 2015', () => {
  const text = (body: string, fm = '  regime: pcr-2015\n  date: 2022-06-01\n') => `---\ntender-lint:\n${fm}---\n\n# Route\n\n${body}\n`;
  const found = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'procedure-name');
  it('names both real procedures and offers no fix (only the drafter knows which)', () => {
    const [f, ...rest] = found(text('The Council intends to use a negotiated procedure.'));
    assert.equal(rest.length, 0);
    assert.match(f.message, /reg 29\).*reg 32\)/);
    assert.equal(f.fixes.length, 0);
    assert.match(f.detail ?? '', /legislation\.gov\.uk\/uksi\/2015\/102\/regulation\/29/);
  });
  it('stays quiet for history, negation, other laws and a regime that is only guessed', () => {
    assert.equal(found(text('In 2012 the contract was let by the negotiated procedure under the Public Contracts Regulations 2006.')).length, 0);
    assert.equal(found(text('The Council will not use a negotiated procedure.')).length, 0);
    assert.equal(found(text('Defence and security contracts may use the negotiated procedure.')).length, 0);
    assert.equal(found('# Route\n\nThe Council will use the negotiated procedure.\n').length, 0);
  });
  it('a Procurement Act document is left to the Act checks', () => {
    assert.ok(found(text('The Council will use the negotiated procedure.', '  regime: pa-2023\n')).every((f) => !/Say which/.test(f.message)));
  });
});
