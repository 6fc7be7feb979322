// The issue's acceptance: every knowledge entry has a URL and dates (this file checks it), counterparts
// and sources resolve, keys and ids are unique, and the instruments' dates match the transition rules.

import assert from 'node:assert/strict';
import { isIsoDate } from '../../server/src/core/settings';
import {
  INSTRUMENTS,
  PROVISIONS,
  TERMS,
  builtinClauses,
  clauseLibrary,
  counterpartsOf,
  getClause,
  getProvision,
  provisionByKey,
  provisionKey,
  provisionsOf,
  snippetToText,
  termMatchesAt,
  type Instrument,
} from '../../server/src/core/knowledge';
import { REGIMES } from '../../server/src/core/types';

const URL_PREFIX: Record<Instrument, string> = {
  'pcr-2015': 'https://www.legislation.gov.uk/uksi/2015/102/',
  'pa-2023': 'https://www.legislation.gov.uk/ukpga/2023/54/',
  'pcsr-2015': 'https://www.legislation.gov.uk/ssi/2015/446/',
  'directive-2014-24': 'https://www.legislation.gov.uk/eudr/2014/24/',
  'psr-2023': 'https://www.legislation.gov.uk/uksi/2023/1348/',
};

describe('knowledge base: provisions', () => {
  for (const p of PROVISIONS) {
    const key = provisionKey(p);
    it(`${key} has a title, a summary, a primary-source URL and valid dates`, () => {
      assert.ok(p.title.length > 2 && p.summary.length > 30, 'title and summary');
      assert.ok(p.url.startsWith(URL_PREFIX[p.instrument]), p.url);
      assert.ok(p.url.endsWith(`/${p.kind}/${p.number}`), `URL names the ${p.kind}: ${p.url}`);
      assert.ok(isIsoDate(p.appliesFrom), `appliesFrom ${p.appliesFrom}`);
      if (p.appliesTo !== undefined) {
        assert.ok(isIsoDate(p.appliesTo), `appliesTo ${p.appliesTo}`);
        assert.ok(p.appliesTo > p.appliesFrom, 'applies to after from');
      }
      assert.ok(p.appliesFrom >= INSTRUMENTS[p.instrument].appliesFrom || p.instrument === 'pa-2023', 'not before its instrument');
    });
    it(`${key}: counterparts resolve to other instruments' entries`, () => {
      for (const other of p.counterparts ?? []) {
        const q = provisionByKey(other);
        assert.ok(q, `${other} is not in the knowledge base`);
        assert.notEqual(q.instrument, p.instrument, `${other} is in the same instrument`);
      }
    });
  }

  it('has unique keys', () => {
    const keys = PROVISIONS.map(provisionKey);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('covers the provisions the issue asks for', () => {
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
    const wanted: Array<[Instrument, 'regulation' | 'section' | 'article', string[]]> = [
      ['pcr-2015', 'regulation', ['2', '5', '18', ...range(26, 38), '40', '41', '46', '67', '68', '69', '72', ...range(74, 77), '84', '86', '87', '113']],
      ['pcsr-2015', 'regulation', ['19', '21', '27', '28', '32', '41', '42', '51', '74', '75', '76']],
      ['pa-2023', 'section', ['3', '9', '12', '13', ...range(15, 24), '33', '41', '44', '50', '51', '53', '54', '55', '93', '95', '119']],
      ['directive-2014-24', 'article', ['4', '18', ...range(26, 32), ...range(74, 77)]],
    ];
    const missing = wanted.flatMap(([i, k, ns]) => ns.filter((n) => !getProvision(i, k, n)).map((n) => `${i} ${k} ${n}`));
    assert.deepEqual(missing, []);
    for (const n of ['1', '2', '5', '11']) assert.ok(getProvision('pa-2023', 'schedule', n), `PA Schedule ${n}`);
    assert.ok(getProvision('pcr-2015', 'schedule', '3'));
    assert.ok(getProvision('directive-2014-24', 'annex', 'XIV'));
    assert.ok(getProvision('directive-2014-24', 'annex', 'xiv'), 'annex numerals in any case');
  });

  it('leaves out Scottish numbers law-facts marks UNCONFIRMED (restricted, CPN, dialogue, NPWPP, standstill)', () => {
    for (const n of ['29', '30', '31', '33', '88']) assert.equal(getProvision('pcsr-2015', 'regulation', n), undefined, `PCSR reg ${n}`);
  });

  it('makes counterparts symmetric: declared on one side, found from both', () => {
    const reg31 = getProvision('pcr-2015', 'regulation', '31')!;
    const pcsr32 = getProvision('pcsr-2015', 'regulation', '32')!;
    const art31 = getProvision('directive-2014-24', 'article', '31')!;
    assert.ok(counterpartsOf(pcsr32).includes(reg31));
    assert.ok(counterpartsOf(art31).includes(pcsr32));
    assert.deepEqual(counterpartsOf(reg31).filter((p) => p.instrument === 'pa-2023'), [], 'PA 2023 has no innovation partnership');
    for (const p of PROVISIONS) for (const q of counterpartsOf(p)) assert.ok(counterpartsOf(q).includes(p), `${provisionKey(q)} → ${provisionKey(p)}`);
  });

  it('states the facts drafters get wrong the right way round', () => {
    assert.match(getProvision('pcr-2015', 'regulation', '87')!.summary, /10th day/);
    assert.match(getProvision('pa-2023', 'section', '51')!.summary, /8 working days/);
    assert.match(getProvision('pa-2023', 'section', '16')!.title, /^Preliminary market engagement$/);
    assert.match(getProvision('pa-2023', 'section', '17')!.title, /notices$/);
    assert.match(getProvision('pcr-2015', 'regulation', '86')!.title, /decisions to award/);
    assert.match(getProvision('pcr-2015', 'regulation', '50')!.title, /^Contract award notices$/);
  });

  it('lists an instrument\'s provisions by kind', () => {
    assert.ok(provisionsOf('pa-2023', 'section').every((p) => p.kind === 'section'));
    assert.equal(provisionsOf('pa-2023', 'regulation').length, 0);
  });
});

describe('knowledge base: instruments', () => {
  it('has one entry per regime with citation, contents URL and ISO dates', () => {
    assert.deepEqual(Object.keys(INSTRUMENTS).sort(), [...REGIMES].sort());
    for (const info of Object.values(INSTRUMENTS)) {
      assert.ok(info.url.startsWith('https://www.legislation.gov.uk/') && info.url.endsWith('/contents'), info.url);
      assert.ok(isIsoDate(info.appliesFrom));
      if (info.made) assert.ok(isIsoDate(info.made));
      if (info.appliesTo) assert.ok(isIsoDate(info.appliesTo));
    }
  });

  it('dates the PCR 2015 / PA 2023 switch at 24 February 2025, PCSR 2015 from 18 April 2016', () => {
    assert.equal(INSTRUMENTS['pcr-2015'].appliesFrom, '2015-02-26');
    assert.equal(INSTRUMENTS['pcr-2015'].appliesTo, '2025-02-24');
    assert.equal(INSTRUMENTS['pa-2023'].appliesFrom, '2025-02-24');
    assert.equal(INSTRUMENTS['pcsr-2015'].appliesFrom, '2016-04-18');
    assert.equal(INSTRUMENTS['pcsr-2015'].appliesTo, undefined);
    assert.equal(INSTRUMENTS['pcr-2015'].citation, 'SI 2015/102');
    assert.equal(INSTRUMENTS['pa-2023'].citation, '2023 c. 54');
    assert.equal(INSTRUMENTS['pcsr-2015'].citation, 'SSI 2015/446');
  });

  it('commences PA 2023 s.9, s.13 and Schedule 1 early, the rest at go-live', () => {
    for (const [kind, n] of [['section', '9'], ['section', '13'], ['schedule', '1']] as const) assert.equal(getProvision('pa-2023', kind, n)!.appliesFrom, '2024-03-12');
    assert.equal(getProvision('pa-2023', 'section', '12')!.appliesFrom, '2025-02-24');
  });
});

describe('knowledge base: terms', () => {
  it('have unique ids, names, a definition, and sources that resolve', () => {
    assert.equal(new Set(TERMS.map((t) => t.id)).size, TERMS.length);
    const names = TERMS.flatMap((t) => t.names.map((n) => n.toLowerCase()));
    assert.equal(new Set(names).size, names.length, 'a name belongs to one term');
    for (const t of TERMS) {
      assert.ok(t.names.length > 0 && t.definition.length > 30, t.id);
      for (const s of t.sources) assert.ok(provisionByKey(s), `${t.id}: ${s}`);
      for (const r of t.regimes ?? []) assert.ok((REGIMES as readonly string[]).includes(r), `${t.id}: ${r}`);
    }
  });

  it('put each term under the regimes where it is correct', () => {
    const regimes = (id: string) => TERMS.find((t) => t.id === id)!.regimes;
    assert.ok(!regimes('innovation-partnership')!.includes('pa-2023'));
    assert.deepEqual(regimes('competitive-flexible-procedure'), ['pa-2023']);
    assert.deepEqual(regimes('most-advantageous-tender'), ['pa-2023']);
    assert.ok(!regimes('meat')!.includes('pa-2023'));
    assert.ok(!regimes('light-touch-regime')!.includes('pa-2023'));
    assert.deepEqual(regimes('light-touch-contracts'), ['pa-2023']);
    assert.equal(regimes('innovative-partnership'), undefined, 'informal: fine anywhere');
  });

  const cases: Array<[string, string, string | undefined]> = [
    ['We run an Innovation Partnership here.', 'Innovation Partnership', 'innovation-partnership'],
    ['an innovative partnership with providers', 'innovative partnership', 'innovative-partnership'],
    ['the standstill period ends', 'standstill period', 'standstill'],
    ['award on MEAT basis', 'MEAT', 'meat'],
    ['the meat supplier', 'meat', undefined],
    ['the best  price-quality ratio', 'price', 'best-price-quality-ratio'],
    ['published in the OJEU', 'OJEU', 'ojeu'],
    ['on Find a Tender Service', 'Tender', 'find-a-tender'],
    ['non-discrimination applies', 'discrimination', 'non-discrimination'],
    ['a tender under the Alcatel rules', 'Alcatel', 'alcatel-period'],
    ['the most advantageous tender wins', 'advantageous', 'most-advantageous-tender'],
    ['the most economically advantageous tender wins', 'advantageous', 'meat'],
  ];
  for (const [text, at, id] of cases) {
    it(`finds ${id ?? 'no term'} at "${at}" in "${text}"`, () => {
      const found = termMatchesAt(text, text.indexOf(at) + 1);
      assert.equal(found[0]?.term?.id, id);
    });
  }

  it('finds user terms first, matching the whole term', () => {
    const text = 'The Alliance Board meets monthly.';
    const found = termMatchesAt(text, text.indexOf('Board'), [{ term: 'Alliance Board', definition: 'The governing group.' }]);
    assert.equal(found[0]?.user?.term, 'Alliance Board');
    assert.deepEqual([found[0].start, found[0].end], [4, 18]);
  });

  it('treats regex characters in user terms as text', () => {
    assert.equal(termMatchesAt('see a+b here', 5, [{ term: 'a+b', definition: 'x' }]).length, 1, 'literal "+"');
    assert.equal(termMatchesAt('see aab here', 5, [{ term: 'a+b', definition: 'x' }]).length, 0, '"+" is not a quantifier');
    assert.equal(termMatchesAt('a.b.c', 1, [{ term: 'a*', definition: 'x' }]).length, 0);
  });
});

describe('knowledge base: clauses', () => {
  const clauses = builtinClauses();

  it('have unique ids prefixed "tender-", a title, a body and sources that resolve', () => {
    assert.equal(new Set(clauses.map((c) => c.id)).size, clauses.length);
    for (const c of clauses) {
      assert.match(c.id, /^tender-[a-z0-9-]+$/);
      assert.ok(c.title.length > 5 && c.body.length > 40, c.id);
      assert.ok(!c.body.includes('${'), `${c.id}: body has no snippet syntax`);
      for (const s of c.sources) assert.ok(provisionByKey(s), `${c.id}: ${s}`);
    }
  });

  it('include the required clauses and the principle statements', () => {
    for (const id of ['tender-innovation-partnership', 'tender-light-touch-procedure', 'tender-informal-partnership', 'tender-evaluation', 'tender-evaluation-pa-2023', 'tender-standstill', 'tender-standstill-pa-2023', 'tender-principles', 'tender-principles-pa-2023']) {
      assert.ok(getClause(id), id);
    }
  });

  it('say what each regime requires', () => {
    const body = (id: string) => getClause(id)!.body;
    assert.match(body('tender-innovation-partnership'), /regulation 31/);
    assert.match(body('tender-innovation-partnership'), /intermediate targets/);
    assert.match(body('tender-innovation-partnership'), /instalments/);
    assert.match(body('tender-innovation-partnership'), /performance levels and maximum costs/);
    assert.match(body('tender-innovation-partnership'), /terminate the partnership or, where there are several partners, to reduce their number/);
    assert.match(body('tender-light-touch-procedure'), /regulation 76[\s\S]*transparency and equal treatment/);
    assert.match(body('tender-informal-partnership'), /do not refer to the innovation partnership procedure under regulation 31/);
    assert.match(body('tender-evaluation'), /most economically advantageous tender[\s\S]*best price-quality ratio/);
    assert.match(body('tender-evaluation-pa-2023'), /most advantageous tender/);
    assert.doesNotMatch(body('tender-evaluation-pa-2023'), /MEAT|economically/);
    assert.match(body('tender-standstill'), /regulation 87[\s\S]*10th day/);
    assert.match(body('tender-standstill-pa-2023'), /section 51: 8 working days/);
    assert.deepEqual(getClause('tender-standstill-pa-2023')!.regimes, ['pa-2023']);
  });

  it('keep the snippet and the body in step (the body is the snippet with its default text)', () => {
    for (const c of clauses) if (c.snippet && !c.id.startsWith('tender-principle')) assert.equal(snippetToText(c.snippet), c.body, c.id);
  });

  it('append user clauses, and let a user clause replace a built-in one with the same id', () => {
    const lib = clauseLibrary([
      { id: 'my-clause', title: 'Mine', body: 'Our own words.' },
      { id: 'tender-standstill', title: 'House standstill', body: 'Our standstill text.' },
    ]);
    assert.equal(lib.length, clauses.length + 1);
    assert.equal(lib[lib.length - 1].id, 'my-clause');
    assert.equal(lib.find((c) => c.id === 'tender-standstill')!.title, 'House standstill');
    assert.equal(getClause('my-clause', [{ id: 'my-clause', title: 'Mine', body: 'x' }])!.body, 'x');
    assert.equal(getClause('my-clause'), undefined);
  });
});
