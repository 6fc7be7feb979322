// missing-principle, case by case (statements: missing-principle-statements.test.ts): the quick fix's style, the clause and
// checklist interface, bad input, one-step invocations, clause placement, guessed regimes and the
// regressions the fuzz run found. The fixtures are run in missing-principle.test.ts.

import assert from 'node:assert/strict';
import { applyEdits, lint, principleChecklist, principleClauses, type Finding } from '../../server/src/core';

const today = '2026-06-01';
const RULE = 'missing-principle';
const mine = (text: string) => lint(text, { today }).findings.filter((f) => f.ruleId === RULE);
const key = (f: Finding) => `${f.ruleId}: ${f.message}`;
const tender = (regime: string, body: string, extra = '') => `---\ntender-lint:\n  regime: ${regime}\n  kind: tender\n${extra}---\n\n# Invitation to tender\n\n${body}`;

describe('missing-principle: the quick fix keeps the document style', () => {
  const fixed = (text: string) => applyEdits(text, mine(text)[0].fixes[0].edits);

  it('continues an ordered list with the next number and the same delimiter', () => {
    const text = tender('pcr-2015', 'The Authority follows these principles:\n\n3) Equal treatment\n4) Non-discrimination\n5) Transparency\n');
    assert.ok(fixed(text).endsWith('5) Transparency\n6) Proportionality\n'), fixed(text));
  });

  it('keeps lazy numbering, star markers and nested indentation', () => {
    const lazy = tender('pcr-2015', 'The Authority follows these principles:\n\n1. Equal treatment\n1. Transparency\n1. Non-discrimination\n');
    assert.ok(fixed(lazy).endsWith('1. Non-discrimination\n1. Proportionality\n'));
    const nested = tender('pcr-2015', '- Principles:\n\n  * equal treatment\n  * transparency\n  * non-discrimination\n');
    assert.ok(fixed(nested).includes('  * non-discrimination\n  * proportionality\n'), fixed(nested));
  });

  it('adds to a list inside a block quote with the quote marker', () => {
    const text = tender('pcr-2015', '> The Authority follows these principles:\n>\n> - equal treatment\n> - transparency\n> - non-discrimination\n');
    assert.ok(fixed(text).includes('> - non-discrimination\n> - proportionality'), fixed(text));
  });

  it('adds a sentence item to a list of sentences, in the document\'s names for buyer and bidders', () => {
    const text = tender(
      'pcr-2015',
      'The Council, its tenderers and the tenderers\' advisers agree that the tenderers will be treated as follows:\n\n- The Council will treat all tenderers equally.\n- The Council will act transparently at every stage.\n- The Council will deal with every tenderer without discrimination.\n',
    );
    assert.ok(fixed(text).includes('- The Council will also keep its requirements proportionate to the nature'), fixed(text));
  });

  it('appends one combined sentence to the paragraph when several are missing', () => {
    const text = tender('pcr-2015', 'The Authority will act in accordance with the principles of equal treatment and transparency.\n');
    const findings = mine(text);
    assert.equal(findings.length, 2);
    assert.equal(findings[0].fixes[0].edits[0].text, ' The Authority will also deal with every bidder without discrimination and keep its requirements proportionate to the nature, value and complexity of the contract.');
    assert.equal(findings[0].fixes[1].title, 'Add a statement of non-discrimination');
  });

  it('writes one sentence, no semicolons, in the words of a document that says "providers"', () => {
    const text = tender('pcr-2015', 'The Council will select providers for this service.\n\nThe Council will act in accordance with the principles of transparency and proportionality.\n');
    const inserted = mine(text)[0].fixes[0].edits[0].text;
    assert.equal(inserted, ' The Council will also treat every provider equally and without discrimination.');
  });
});

describe('missing-principle: clauses and checklist interface', () => {
  it('exports the clause ids the clause library expects, with the authority as tab stop 1', () => {
    const clauses = principleClauses();
    assert.deepEqual(
      clauses.map((c) => c.id),
      [
        'tender-principles',
        'tender-principles-light-touch',
        'tender-principles-pa-2023',
        'tender-principle-equal-treatment',
        'tender-principle-non-discrimination',
        'tender-principle-transparency',
        'tender-principle-proportionality',
      ],
    );
    for (const c of clauses) {
      assert.match(c.snippet!, /\$\{1:[Tt]he Authority\}/, c.id);
      assert.ok(c.sources.length > 0 && c.body.length > 20, c.id);
      assert.equal(c.snippet!.replace(/\$\{1:([^}]*)\}/, '$1'), c.body.replace(/^In conducting this procurement the Authority/, 'In conducting this procurement the Authority'), c.id);
    }
  });

  it('each full clause, inserted into an empty tender of its regime, satisfies the rule', () => {
    const clauses = principleClauses();
    const empty = (regime: string, extra = '') => tender(regime, '## Award criteria\n\nPrice.\n', extra);
    const cases: Array<[string, string, string]> = [
      ['tender-principles', 'pcr-2015', ''],
      ['tender-principles', 'pcsr-2015', ''],
      ['tender-principles', 'directive-2014-24', ''],
      ['tender-principles-light-touch', 'pcr-2015', '  light-touch: true\n'],
      ['tender-principles-pa-2023', 'pa-2023', ''],
    ];
    for (const [id, regime, extra] of cases) {
      const text = empty(regime, extra);
      assert.equal(mine(text).length, 1, `${id} starts with a finding`);
      const body = clauses.find((c) => c.id === id)!.body;
      assert.deepEqual(mine(text.replace('## Award criteria', `${body}\n\n## Award criteria`)).map(key), [], `${id} under ${regime}`);
    }
  });

  it('the checklist reports 3 of 4 with proportionality missing, and nothing for guidance', () => {
    const text = tender('pcr-2015', 'The Authority will act in accordance with the principles of equal treatment, non-discrimination and transparency.\n');
    const { doc, context } = lint(text, { today });
    const c = principleChecklist(doc, context)!;
    assert.equal(c.provision, 'pcr-2015:regulation:18');
    assert.deepEqual(c.required.map((r) => r.id), ['equal-treatment', 'non-discrimination', 'transparency', 'proportionality']);
    assert.deepEqual(c.stated, ['equal-treatment', 'non-discrimination', 'transparency']);
    assert.deepEqual(c.missing, ['proportionality']);
    assert.ok(text.slice(c.anchor.start, c.anchor.end).startsWith('The Authority will act'));
    const guide = lint('# Guide to regulation 18\n\nTransparency matters.\n', { today });
    assert.equal(principleChecklist(guide.doc, guide.context), undefined);
  });
});

describe('missing-principle: bad input', () => {
  it('stays fast on long and hostile text', () => {
    const hostile = tender('pcr-2015', `${'treat '.repeat(20000)}\n\n${'The Authority will act transparently and '.repeat(3000)}\n\n${'- equal treatment\n'.repeat(3000)}`);
    const started = Date.now();
    mine(hostile);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  it('copes with an empty document, a lone heading and no body', () => {
    for (const text of ['', '# Invitation to tender', '---\ntender-lint:\n  kind: tender\n---\n', '---\ntender-lint:\n  kind: tender\n---\nText without a heading.']) {
      const found = mine(text);
      for (const f of found) for (const fix of f.fixes) assert.doesNotThrow(() => applyEdits(text, fix.edits));
    }
    const noHeading = '---\ntender-lint:\n  kind: tender\n---\nText without a heading.';
    const [f] = mine(noHeading);
    const fixed = applyEdits(noHeading, f.fixes[0].edits);
    assert.ok(fixed.endsWith('Text without a heading.'));
    assert.deepEqual(mine(fixed), []);
  });
});

describe('missing-principle: principles invoked for one step are not the governing statement', () => {
  for (const sentence of [
    'The Authority may extend the deadline, in accordance with the principles of equal treatment and transparency.',
    'Responses to clarification questions are shared with all bidders in line with the principles of equal treatment, non-discrimination and transparency.',
    'The Authority reserves the right to amend this invitation in accordance with the principles of equal treatment and transparency.',
  ]) {
    it(JSON.stringify(sentence.slice(0, 60)), () => {
      const text = tender('pcr-2015', `## Clarifications\n\n${sentence}\n`);
      assert.deepEqual(mine(text).map(key), []);
    });
  }

  it('a statement of values that names other ideals is not held to regulation 18', () => {
    const text = tender('pcr-2015', '## Our approach\n\nThe Council is committed to value for money, transparency, integrity and social value.\n');
    assert.deepEqual(mine(text).map(key), []);
  });

  it('the same principles as the governing statement are held to the full list', () => {
    const text = tender('pcr-2015', '## Clarifications\n\nThis procurement is governed by the principles of equal treatment and transparency.\n');
    assert.equal(mine(text).length, 2);
  });
});

describe('missing-principle: where the full clause goes', () => {
  const fixOf = (text: string) => {
    const [f] = mine(text);
    return { at: f.fixes[0].edits[0].start, fixed: applyEdits(text, f.fixes[0].edits) };
  };

  it('at the end of a Principles section that names none, not in Design principles', () => {
    const text = tender('pcr-2015', '## Design principles\n\nSimple forms.\n\n## General principles\n\nThe Authority will comply with the law.\n\n## Award criteria\n\nPrice.\n');
    const { fixed } = fixOf(text);
    assert.ok(fixed.includes('The Authority will comply with the law.\n\nThe Authority will conduct this procurement in line with the principles of'), fixed);
  });

  it('at the end of the Procurement procedure section, before its subsections', () => {
    const text = tender('pcr-2015', '## Procurement procedure\n\nOpen procedure.\n\n### Timetable\n\nBy May.\n');
    const { fixed } = fixOf(text);
    assert.ok(fixed.includes('Open procedure.\n\nThe Authority will conduct'), fixed);
  });

  it('after the title when there is no such section', () => {
    const text = tender('pcr-2015', '## Award criteria\n\nPrice.\n');
    assert.ok(fixOf(text).fixed.includes('# Invitation to tender\n\nThe Authority will conduct'));
  });
});

describe('missing-principle: a regime guessed from today\'s date', () => {
  const body = '# Invitation to tender\n\nThe Authority will act in accordance with the principles of equal treatment, non-discrimination and transparency.\n';
  it('leaves a document in the other regime\'s vocabulary alone', () => {
    assert.deepEqual(mine(body).map(key), []);
  });
  it('holds it to the Act once the document gives its date', () => {
    const dated = `---\ntender-lint:\n  date: 2026-03-01\n---\n\n${body}`;
    assert.equal(mine(dated).length, 3);
  });
  it('holds it to regulation 18 once it cites the Regulations', () => {
    assert.equal(mine(`${body}\nThis is an open procedure under the Public Contracts Regulations 2015.\n`).length, 1);
  });
});

describe('missing-principle: fuzz regressions', () => {
  const roundTrip = (text: string) => {
    const before = lint(text, { today }).findings;
    const previous = new Set(before.map(key));
    for (const f of before.filter((x) => x.ruleId === RULE)) {
      for (const fix of f.fixes) {
        const after = lint(applyEdits(text, fix.edits), { today }).findings;
        assert.deepEqual(after.filter((a) => !previous.has(key(a))).map(key), [], fix.title);
      }
    }
    return before.filter((x) => x.ruleId === RULE);
  };

  it('a new list item goes after the last flat item, not after nested content where it would join the inner list', () => {
    const text = tender('pcr-2015', '## Principles\n\n- equal treatment\n- non-discrimination\n- transparency\n- other points\n  - nested\n    - deeper\nlazy continuation line\n');
    const found = mine(text);
    assert.equal(found.length, 1);
    const fixed = applyEdits(text, found[0].fixes[0].edits);
    assert.ok(fixed.includes('- transparency\n- proportionality\n- other points'), fixed);
    assert.deepEqual(mine(fixed).map(key), []);
    roundTrip(text);
  });

  it('a Principles section of values only is not held to the list once the clause is inserted elsewhere', () => {
    // Two Principles sections: the clause goes into the first; the second names value for money and public benefit.
    const text = tender(
      'pcr-2015',
      '## Principles\n\n1. First\n2. Second\n\n## Principles\n\nIn carrying out\r\n the procurement the Council will have regard to delivering value for money and maximising public benefit.\n',
      '  light-touch: true\n',
    );
    const [f, ...rest] = roundTrip(text);
    assert.equal(rest.length, 0);
    assert.equal(f.message, 'No statement of principles: add transparency and equal treatment.');
    assert.match(f.detail ?? '', /does not state the procurement principles that regulation 76 of the Public Contracts Regulations 2015 requires/);
  });

  it('a new paragraph keeps a blank line before the text that follows it', () => {
    // A heading naming two objectives, underlined (setext) and followed at once by the next heading.
    const text = tender('pa-2023', 'Value for money and public benefit\n-\nSpecification\n-\n## Procurement procedure\n');
    const found = roundTrip(text);
    assert.equal(found.length, 3);
    for (const fix of found.flatMap((f) => f.fixes)) assert.match(applyEdits(text, fix.edits), /\.\n\nSpecification\n-\n/);
    // The full clause after a title followed directly by text does not swallow that text.
    const none = '---\ntender-lint:\n  regime: pcr-2015\n  kind: tender\n---\n# Invitation to tender\nThe Council invites tenders.\n';
    const [f] = roundTrip(none);
    assert.match(applyEdits(none, f.fixes[0].edits), /contract\.\n\nThe Council invites tenders\.\n$/);
  });

  it('the full clause goes before a code fence or HTML comment left open to the end, not inside it', () => {
    const head = '---\ntender-lint:\n  regime: pcr-2015\n  kind: specification\n---\n# Procurement procedure\n\n';
    for (const open of ['```\nregulation 31 in code\n', '<!-- draft note\n\nstill in the comment\n']) {
      const text = head + open;
      const [f] = roundTrip(text);
      assert.ok(applyEdits(text, f.fixes[0].edits).endsWith(`proportionate to the nature, value and complexity of the contract.\n\n${open}`), open);
    }
    // A closed fence is left where it is: the clause follows it.
    const closed = `${head}\`\`\`\ncode\n\`\`\`\n`;
    const [f] = roundTrip(closed);
    assert.ok(applyEdits(closed, f.fixes[0].edits).includes('```\ncode\n```\n\nThe Authority will conduct'));
  });

  it('a section named by the old word for the standstill period counts as a tender section, as its new name does', () => {
    const text = '# Invitation\n\n## Procurement procedure\n\nOpen. The Council will conduct this procurement in accordance with the principles of equal treatment and transparency.\n\n## Alcatel period\n\nTen days.\n';
    const before = mine(text).length;
    assert.ok(before > 0);
    const old = lint(text, { today }).findings.find((f) => f.ruleId === 'obsolete-reference');
    assert.ok(old);
    assert.equal(mine(applyEdits(text, old.fixes[0].edits)).length, before);
  });

  it('a statement that names some required principles is still held to the rest', () => {
    const text = tender('pcr-2015', '## Principles\n\nThe Council will act with transparency and deliver value for money and public benefit.\n');
    assert.deepEqual(mine(text).map((f) => f.message), [
      'Add equal treatment: this statement omits it (regulation 18 of PCR 2015).',
      'Add non-discrimination: this statement omits it (regulation 18 of PCR 2015).',
      'Add proportionality: this statement omits it (regulation 18 of PCR 2015).',
    ]);
  });
});

describe('missing-principle: summaries of a named principles provision', () => {
  const found = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'missing-principle');
  it('judges the summary against the provision it names, not the guessed regime', () => {
    const [f, ...rest] = found('# Guidance\n\nRegulation 18(1) of the Public Contracts Regulations 2015 requires authorities to treat suppliers equally and without discrimination and to act proportionately.\n');
    assert.equal(rest.length, 0);
    assert.match(f.message, /^Add transparency: this summary of regulation 18 of PCR 2015 omits it\.$/);
    assert.match(f.detail ?? '', /legislation\.gov\.uk\/uksi\/2015\/102\/regulation\/18/);
  });
  it('the light touch regulation 76 summary needs only transparency and equal treatment', () => {
    assert.equal(found('# Light touch\n\nRegulation 76 of the PCR 2015 requires authorities to ensure compliance with the principles of transparency and equal treatment.\n').length, 0);
  });
  it('stays quiet for another regulation, one principle only, and a quotation', () => {
    assert.equal(found('# Guide\n\nRegulation 57 of the Public Contracts Regulations 2015 requires authorities to exclude suppliers, treating them equally.\n').length, 0);
    assert.equal(found('# Guide\n\nRegulation 18 of the Public Contracts Regulations 2015 requires transparency.\n').length, 0);
    assert.equal(found('# Reg 18 (PCR 2015)\n\n> This regulation requires authorities to treat suppliers equally and act transparently.\n').length, 0);
  });
});
