// Citation recognition: every common way of citing the four instruments, resolved to a provision
// under each regime; other law and internal cross-references left alone; linear time on hostile input.

import assert from 'node:assert/strict';
import { citationsInDocument, findCitations, passageCitations, resolveInstrument } from '../../server/src/core/citations';
import { generateDocument, seeded } from '../fuzz/generate';
import { parse } from '../../server/src/core/parse';
import type { Regime } from '../../server/src/core/types';

type ByRegime = Record<Regime, Regime>;
const PCR: ByRegime = { 'pcr-2015': 'pcr-2015', 'pa-2023': 'pcr-2015', 'pcsr-2015': 'pcr-2015', 'directive-2014-24': 'pcr-2015', 'psr-2023': 'pcr-2015' };
const PA: ByRegime = { 'pcr-2015': 'pa-2023', 'pa-2023': 'pa-2023', 'pcsr-2015': 'pa-2023', 'directive-2014-24': 'pa-2023', 'psr-2023': 'pa-2023' };
const PCSR: ByRegime = { 'pcr-2015': 'pcsr-2015', 'pa-2023': 'pcsr-2015', 'pcsr-2015': 'pcsr-2015', 'directive-2014-24': 'pcsr-2015', 'psr-2023': 'pcsr-2015' };
const DIR: ByRegime = { 'pcr-2015': 'directive-2014-24', 'pa-2023': 'directive-2014-24', 'pcsr-2015': 'directive-2014-24', 'directive-2014-24': 'directive-2014-24', 'psr-2023': 'directive-2014-24' };
/** A bare "regulation N": the regime's Regulations, PCR 2015 when the regime has none. */
const BARE_REG: ByRegime = { 'pcr-2015': 'pcr-2015', 'pa-2023': 'pcr-2015', 'pcsr-2015': 'pcsr-2015', 'directive-2014-24': 'pcr-2015', 'psr-2023': 'psr-2023' };
/** A bare "section N" or "Schedule N": the regime's own instrument. */
const BARE_SECTION: ByRegime = { 'pcr-2015': 'pcr-2015', 'pa-2023': 'pa-2023', 'pcsr-2015': 'pcsr-2015', 'directive-2014-24': 'directive-2014-24', 'psr-2023': 'psr-2023' };
const BARE_SCHEDULE: ByRegime = { ...BARE_SECTION, 'directive-2014-24': 'pcr-2015' };

interface Row {
  text: string;
  kind: string;
  number: string;
  paragraph?: string;
  rangeEnd?: string;
  resolves: ByRegime;
  explicit: boolean;
  /** The citation's own text, when it is not the whole input. */
  cited?: string;
}

const rows: Row[] = [
  { text: 'regulation 31', kind: 'regulation', number: '31', resolves: BARE_REG, explicit: false },
  { text: 'Regulation 31(2)', kind: 'regulation', number: '31', paragraph: '2', resolves: BARE_REG, explicit: false },
  { text: 'reg. 31', kind: 'regulation', number: '31', resolves: BARE_REG, explicit: false },
  { text: 'reg 31', kind: 'regulation', number: '31', resolves: BARE_REG, explicit: false },
  { text: 'r.31', kind: 'regulation', number: '31', resolves: BARE_REG, explicit: false },
  { text: 'Reg 31(10)', kind: 'regulation', number: '31', paragraph: '10', resolves: BARE_REG, explicit: false },
  { text: 'regs 74 to 77', kind: 'regulation', number: '74', rangeEnd: '77', resolves: BARE_REG, explicit: false },
  { text: 'regulations 74-77', kind: 'regulation', number: '74', rangeEnd: '77', resolves: BARE_REG, explicit: false },
  { text: 'regulations 74–77 of the Public Contracts Regulations 2015', kind: 'regulation', number: '74', rangeEnd: '77', resolves: PCR, explicit: true },
  { text: 'PCR 2015 reg 31', kind: 'regulation', number: '31', resolves: PCR, explicit: true },
  { text: 'PCR 2015, regulation 18', kind: 'regulation', number: '18', resolves: PCR, explicit: true },
  { text: 'Reg. 31 (PCR 2015)', kind: 'regulation', number: '31', resolves: PCR, explicit: true },
  { text: 'reg 31 PCR 2015', kind: 'regulation', number: '31', resolves: PCR, explicit: true },
  { text: 'regulation 31 of the Public Contracts Regulations 2015', kind: 'regulation', number: '31', resolves: PCR, explicit: true },
  { text: 'regulation 86 of SI 2015/102', kind: 'regulation', number: '86', resolves: PCR, explicit: true },
  { text: 'regulation 31(9) of the PCR', kind: 'regulation', number: '31', paragraph: '9', resolves: PCR, explicit: true },
  { text: 'regulation 32 of the Public Contracts (Scotland) Regulations 2015', kind: 'regulation', number: '32', resolves: PCSR, explicit: true },
  { text: 'reg 19 PCSR 2015', kind: 'regulation', number: '19', resolves: PCSR, explicit: true },
  { text: 'regulation 32(3) of the PC(S)R 2015', kind: 'regulation', number: '32', paragraph: '3', resolves: PCSR, explicit: true },
  { text: 'section 12 of the Procurement Act 2023', kind: 'section', number: '12', resolves: PA, explicit: true },
  { text: 's.12 PA 2023', kind: 'section', number: '12', resolves: PA, explicit: true },
  { text: 's. 12(2)', kind: 'section', number: '12', paragraph: '2', resolves: BARE_SECTION, explicit: false },
  { text: 's.20(2)(b)', kind: 'section', number: '20', paragraph: '2(b)', resolves: BARE_SECTION, explicit: false },
  { text: 's 51', kind: 'section', number: '51', resolves: BARE_SECTION, explicit: false },
  { text: 'ss. 16-17', kind: 'section', number: '16', rangeEnd: '17', resolves: BARE_SECTION, explicit: false },
  { text: 'section 19 of the Act', kind: 'section', number: '19', resolves: PA, explicit: true },
  { text: 'section 20(2)(b) of the 2023 Act', kind: 'section', number: '20', paragraph: '2(b)', resolves: PA, explicit: true },
  { text: 'Section 9 (PA 2023)', kind: 'section', number: '9', resolves: PA, explicit: true },
  { text: 'Article 31 of Directive 2014/24/EU', kind: 'article', number: '31', resolves: DIR, explicit: true },
  { text: 'Art. 31', kind: 'article', number: '31', resolves: DIR, explicit: false },
  { text: 'Art 18(1) of the Directive', kind: 'article', number: '18', paragraph: '1', resolves: DIR, explicit: true },
  { text: 'article 76 of the Public Contracts Directive', kind: 'article', number: '76', resolves: DIR, explicit: true },
  { text: 'Schedule 3', kind: 'schedule', number: '3', resolves: BARE_SCHEDULE, explicit: false },
  { text: 'Schedule 5 para 2 to the Act', kind: 'schedule', number: '5', paragraph: '2', resolves: PA, explicit: true },
  { text: 'Sch 11 para 5 PA 2023', kind: 'schedule', number: '11', paragraph: '5', resolves: PA, explicit: true },
  { text: 'Schedule 3 to the Public Contracts Regulations 2015', kind: 'schedule', number: '3', resolves: PCR, explicit: true },
  { text: 'Annex XIV', kind: 'annex', number: 'XIV', resolves: DIR, explicit: false },
  { text: 'Annex XIV of Directive 2014/24/EU', kind: 'annex', number: 'XIV', resolves: DIR, explicit: true },
  {
    text: 'The Council applies the Public Contracts Regulations 2015 (the Regulations). Under regulation 31 it may form a partnership.',
    cited: 'regulation 31',
    kind: 'regulation',
    number: '31',
    resolves: PCR,
    explicit: false,
  },
  {
    text: 'This tender is run under the Public Contracts (Scotland) Regulations 2015. Regulation 32 governs the procedure.',
    cited: 'Regulation 32',
    kind: 'regulation',
    number: '32',
    resolves: PCSR,
    explicit: false,
  },
  { text: 'Under the Act, section 20 allows two procedures.', cited: 'section 20', kind: 'section', number: '20', resolves: PA, explicit: false },
  { text: 'In the Procurement Act 2023 the objectives are in s.12.', cited: 's.12', kind: 'section', number: '12', resolves: PA, explicit: false },
];

describe('citations: forms recognised and resolved under every regime', () => {
  it('covers at least 40 forms', () => assert.ok(rows.length >= 40));
  it('the quick test that skips passages without a provision word never skips a citation', () => {
    const r = seeded(41);
    const texts = [...rows.map((row) => row.text), ...Array.from({ length: 400 }, () => generateDocument(r)).flatMap((d) => parse(d).passages.map((p) => p.text))];
    for (const text of texts) {
      const passage = { kind: 'paragraph' as const, text, start: 0, end: text.length, segments: [], section: -1, depth: 0 };
      const spans = (cs: Array<{ start: number; end: number; number: string }>) => cs.map((c) => [c.start, c.end, c.number]);
      assert.deepEqual(spans(passageCitations(passage).under({})), spans(findCitations(text)), text);
    }
  });
  for (const row of rows) {
    it(`"${row.text}"`, () => {
      const found = findCitations(row.text);
      assert.equal(found.length, 1, JSON.stringify(found));
      const c = found[0];
      assert.equal(c.kind, row.kind);
      assert.equal(c.number, row.number);
      assert.equal(c.paragraph, row.paragraph);
      assert.equal(c.rangeEnd, row.rangeEnd);
      assert.equal(c.instrumentExplicit, row.explicit);
      if (row.cited) assert.equal(row.text.slice(c.start, c.end), row.cited);
      else assert.equal(row.text.slice(c.start, c.end), row.text);
      for (const regime of Object.keys(row.resolves) as Regime[]) {
        assert.equal(resolveInstrument(c, regime), row.resolves[regime], `under ${regime}`);
      }
    });
  }
});

describe('citations: lists, spans and positions', () => {
  it('splits "regulations 29, 30 and 31" into three citations', () => {
    assert.deepEqual(findCitations('regulations 29, 30 and 31 apply').map((c) => c.number), ['29', '30', '31']);
  });
  it('reports where the instrument is named', () => {
    const [c] = findCitations('See reg 31 of the Public Contracts Regulations 2015.');
    assert.deepEqual(c.instrumentSpan, { start: 18, end: 51, text: 'Public Contracts Regulations 2015' });
  });
  it('finds several citations in order', () => {
    const text = 'Regulation 29 (competitive procedure with negotiation) and regulation 30 (competitive dialogue), unlike s.20 PA 2023.';
    assert.deepEqual(findCitations(text).map((c) => `${c.kind} ${c.number}`), ['regulation 29', 'regulation 30', 'section 20']);
  });
  it('maps passage citations to document offsets, front matter and emphasis included', () => {
    const text = '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nWe use the *innovation partnership* under regulation 31(2).\n';
    const [c] = citationsInDocument(parse(text));
    assert.equal(text.slice(c.docStart, c.docEnd), 'regulation 31(2)');
    assert.equal(c.passage, 1);
  });
  it('leaves out headings that number the document\'s own sections and schedules', () => {
    const text = '# Section 4 Evaluation\n\n## Schedule 2 Pricing\n\n# Regulation 31 of the Public Contracts Regulations 2015\n';
    assert.deepEqual(citationsInDocument(parse(text)).map((c) => `${c.kind} ${c.number}`), ['regulation 31']);
  });
  it('resolves "the Regulations" from a definition in another passage', () => {
    const text = '# Terms\n\nThe Public Contracts (Scotland) Regulations 2015 (the Regulations) apply.\n\n# Procedure\n\nSee regulation 32 of the Regulations.\n';
    const [c] = citationsInDocument(parse(text));
    assert.equal(c.instrument, 'pcsr-2015');
    assert.equal(c.instrumentExplicit, true);
  });
});

describe('citations: other law and internal references are not citations', () => {
  const quiet = [
    'section 149 of the Equality Act 2010',
    'The Equality Act 2010 applies. Section 149 requires due regard.',
    'regulation 5 of the Utilities Contracts Regulations 2016',
    'Article 6 of Regulation (EU) 2016/679',
    'Article 346 of TFEU',
    'Article 5 of Directive 2014/25/EU',
    'see section 4 of this document',
    'Schedule 2 of the Contract sets out the prices',
    'Section 4: Evaluation',
    'the requirements in section 2.3',
    'a schedule 3 times a week',
    'Annex A and Annex 1',
    "the Council's 12 month review",
    'S 12 is a table label; R.31 too',
    'Section 3 below explains',
    'Schedule 3 (Pricing) and Section 2 – Specification',
    'The Equality Act 2010 (the Act) applies. Section 149 of the Act requires due regard.',
  ];
  for (const text of quiet) it(`"${text}"`, () => assert.deepEqual(findCitations(text), []));
});

describe('citations: hostile input', () => {
  const cases: Record<string, string> = {
    'repeated provision words': 'regulation '.repeat(10_000),
    'endless paragraph brackets': 'reg 1' + '(1)'.repeat(30_000),
    'endless list': 'regulations 1' + ', 2'.repeat(30_000),
    'capitalised words before Act': 'Section 1 of the ' + 'Aaa '.repeat(25_000) + 'Act 2010',
    'many defined terms': 'the Act (the Act) '.repeat(6_000),
    'many titles and citations': 'Public Contracts Regulations 2015 reg 31 Equality Act 2010 s.5 '.repeat(1_600),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name} (${Math.round(text.length / 1024)} KB) completes fast`, () => {
      assert.ok(text.length >= 90_000);
      const t0 = performance.now();
      findCitations(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
    });
  }
});
