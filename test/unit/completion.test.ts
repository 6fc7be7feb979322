// Completion in the pure core: provision numbers after each trigger word, for the document's regime,
// and the clause library after a clause prefix. The cursor is marked "|" in each case.

import assert from 'node:assert/strict';
import { completeAt, type CompletionItem } from '../../server/src/core/complete';
import { lint } from '../../server/src/core/engine';
import type { SettingsLayer } from '../../server/src/core/settings';

function completeIn(regime: string, withCursor: string, layers: SettingsLayer[] = []): { items: CompletionItem[]; text: string; offset: number } {
  const prefix = `---\ntender-lint:\n  regime: ${regime}\n  date: 2024-06-01\n---\n\n`;
  const source = prefix + withCursor;
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const r = lint(text, { today: '2026-06-01', only: [], layers });
  return { items: completeAt({ doc: r.doc, context: r.context, settings: r.settings }, offset), text, offset };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion after a provision trigger', () => {
  const table: Array<{ regime: string; typed: string; includes: string[]; excludes?: string[]; detail?: [string, string] }> = [
    { regime: 'pcr-2015', typed: 'as set out in regulation |', includes: ['31', '18', '87'], excludes: ['XIV'], detail: ['31', 'Innovation partnership'] },
    { regime: 'pcr-2015', typed: 'under reg |', includes: ['31', '76'] },
    { regime: 'pcr-2015', typed: 'under Reg. |', includes: ['31'] },
    { regime: 'pcr-2015', typed: 'under REGULATIONS |', includes: ['74', '77'] },
    { regime: 'pcsr-2015', typed: 'under regulation |', includes: ['19', '32', '76'], excludes: ['31', '18'], detail: ['32', 'Innovation partnership'] },
    { regime: 'pa-2023', typed: 'under section |', includes: ['12', '19', '51'], excludes: ['31', '1'], detail: ['51', 'Standstill periods on the award of contracts'] },
    { regime: 'pa-2023', typed: 'see s.|', includes: ['12', '20'] },
    { regime: 'pa-2023', typed: 'see s. |', includes: ['12', '20'] },
    { regime: 'pa-2023', typed: 'see Schedule |', includes: ['1', '5', '11'], excludes: ['12'] },
    { regime: 'directive-2014-24', typed: 'under Article |', includes: ['18', '31', '76'], detail: ['31', 'Innovation partnership'] },
    { regime: 'directive-2014-24', typed: 'under Art. |', includes: ['4', '26'] },
    { regime: 'directive-2014-24', typed: 'see Annex |', includes: ['XIV'] },
  ];
  for (const row of table) {
    it(`${row.regime}: "${row.typed}"`, () => {
      const { items, offset } = completeIn(row.regime, row.typed);
      const got = labels(items);
      for (const l of row.includes) assert.ok(got.includes(l), `${l} in ${got.join(',')}`);
      for (const l of row.excludes ?? []) assert.ok(!got.includes(l), `${l} not offered`);
      for (const item of items) {
        assert.equal(item.kind, 'provision');
        assert.deepEqual([item.replaceStart, item.replaceEnd], [offset, offset]);
        assert.ok(item.documentation?.includes('https://www.legislation.gov.uk/'));
      }
      if (row.detail) assert.ok(items.find((i) => i.label === row.detail![0])!.detail!.startsWith(row.detail[1]));
    });
  }

  it('filters by the number typed so far and replaces it', () => {
    const { items, offset } = completeIn('pcr-2015', 'as in regulation 3|');
    assert.deepEqual(labels(items), ['30', '31', '32', '33', '34', '35', '36', '37', '38']);
    assert.deepEqual([items[0].replaceStart, items[0].replaceEnd], [offset - 1, offset]);
    assert.equal(items[0].insertText, '30');
  });

  it('offers the regime\'s provisions with the right word when the regime has none of the kind typed', () => {
    const { items, text } = completeIn('pa-2023', 'as in regulation 5|');
    const s51 = items.find((i) => i.label === 'section 51')!;
    assert.ok(s51, labels(items).join(','));
    assert.equal(s51.insertText, 'section 51');
    assert.equal(text.slice(s51.replaceStart, s51.replaceEnd), 'regulation 5');
    assert.ok(items.some((i) => i.label === 'Schedule 5'));
  });

  it('works inside text the parser left out, such as an unfinished list item', () => {
    const { items } = completeIn('pcr-2015', '- see reg |');
    assert.ok(labels(items).includes('31'));
  });

  it('does not trigger on ordinary words', () => {
    for (const typed of ['regular |', 'the sections of this report |', 'as.|', 'Articles of association|', 'a word |']) {
      const got = completeIn('pcr-2015', typed).items.filter((i) => i.kind === 'provision');
      assert.deepEqual(labels(got), [], typed);
    }
  });
});

describe('completion of clauses', () => {
  it('offers the clause library after "tender", the regime\'s clauses first', () => {
    const { items, offset } = completeIn('pa-2023', 'tender|');
    const got = labels(items);
    for (const id of ['tender-standstill-pa-2023', 'tender-evaluation-pa-2023', 'tender-principles-pa-2023', 'tender-innovation-partnership', 'tender-informal-partnership']) {
      assert.ok(got.includes(id), id);
    }
    assert.ok(got.indexOf('tender-standstill-pa-2023') < got.indexOf('tender-standstill'), 'PA clause before the PCR one');
    const ip = items.find((i) => i.label === 'tender-innovation-partnership')!;
    assert.match(ip.detail!, /written for PCR 2015/);
    assert.ok(ip.isSnippet && ip.insertText.includes('${1:'));
    assert.deepEqual([ip.replaceStart, ip.replaceEnd], [offset - 'tender'.length, offset]);
    for (const item of items) assert.equal(item.kind, 'clause');
  });

  it('narrows as the prefix grows', () => {
    const got = labels(completeIn('pcr-2015', 'tender-stand|').items);
    assert.deepEqual(got.sort(), ['tender-standstill', 'tender-standstill-pa-2023']);
  });

  it('inserts plain text for a clause without tab stops', () => {
    const item = completeIn('pcr-2015', 'tender-standstill|').items.find((i) => i.label === 'tender-standstill')!;
    assert.equal(item.isSnippet, false);
    assert.match(item.insertText, /regulation 87/);
  });

  it('includes the user\'s clauses from settings', () => {
    const layers: SettingsLayer[] = [{ clauses: [{ id: 'tender-our-tupe', title: 'Our TUPE wording', body: 'TUPE may apply.' }, { id: 'house-style', title: 'House', body: 'Ours.' }] }];
    assert.ok(labels(completeIn('pcr-2015', 'tender-our|', layers).items).includes('tender-our-tupe'));
    assert.deepEqual(labels(completeIn('pcr-2015', 'hou|', layers).items), ['house-style']);
  });

  it('stays quiet on "Tender" in a sentence and on other words', () => {
    assert.deepEqual(labels(completeIn('pcr-2015', 'Tender|').items), []);
    assert.deepEqual(labels(completeIn('pcr-2015', 'the bidders|').items), []);
    assert.deepEqual(labels(completeIn('pcr-2015', 'within ten|').items), []);
    assert.deepEqual(labels(completeIn('pcr-2015', 'tend|').items), []);
  });
});
