// Hover in the pure core: the provision under the cursor with what it means for the document's regime
// and date, and terms (built-in and the user's own). Table-driven over the four regimes.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { hoverAt, passageAt } from '../../server/src/core/hover';
import type { SettingsLayer } from '../../server/src/core/settings';

const today = '2026-06-01';

function analyse(body: string, frontMatter?: { regime?: string; date?: string }, layers: SettingsLayer[] = []) {
  const fm = frontMatter
    ? `---\ntender-lint:\n${frontMatter.regime ? `  regime: ${frontMatter.regime}\n` : ''}${frontMatter.date ? `  date: ${frontMatter.date}\n` : ''}---\n\n`
    : '';
  const text = `${fm}${body}\n`;
  const r = lint(text, { today, only: [], layers });
  return { text, analysis: { doc: r.doc, context: r.context, settings: r.settings } };
}

function hoverOn(body: string, target: string, frontMatter?: { regime?: string; date?: string }, layers: SettingsLayer[] = []) {
  const { text, analysis } = analyse(body, frontMatter, layers);
  const at = text.indexOf(target);
  assert.ok(at >= 0, `"${target}" in the text`);
  return { hover: hoverAt(analysis, at + Math.floor(target.length / 2)), text };
}

interface Case {
  name: string;
  body: string;
  target: string;
  fm?: { regime?: string; date?: string };
  includes: Array<string | RegExp>;
  excludes?: Array<string | RegExp>;
}

const CASES: Case[] = [
  {
    name: 'PCR reg 31 in a PCR document before go-live',
    body: 'We will use the procedure in regulation 31 for this work.',
    target: 'regulation 31',
    fm: { regime: 'pcr-2015', date: '2024-06-01' },
    includes: ['Innovation partnership', 'Public Contracts Regulations 2015 (SI 2015/102)', '**In force for this document:**', 'https://www.legislation.gov.uk/uksi/2015/102/regulation/31', 'PCSR 2015 [reg 32](https://www.legislation.gov.uk/ssi/2015/446/regulation/32)', 'Directive 2014/24/EU [Art 31]'],
    excludes: ['Revoked'],
  },
  {
    name: 'PCR reg 87 in a document dated after go-live',
    body: 'Standstill follows regulation 87 of the Public Contracts Regulations 2015.',
    target: 'regulation 87',
    fm: { regime: 'pcr-2015', date: '2025-03-01' },
    includes: ['Standstill period', 'PCR 2015 is revoked for procurements starting on or after 24 February 2025; this document is dated 2025-03-01', 'saved', 'SI 2024/716', 'PA 2023 [s.51]'],
  },
  {
    name: 'PA s.51 in a PA document',
    body: 'The standstill under section 51 applies.',
    target: 'section 51',
    fm: { regime: 'pa-2023', date: '2025-03-01' },
    includes: ['Standstill periods on the award of contracts', '8 working days', '**In force for this document:**', 'https://www.legislation.gov.uk/ukpga/2023/54/section/51', 'PCR 2015 [reg 87]'],
  },
  {
    name: 'PA s.12 in a PA document dated before go-live',
    body: 'We will have regard to section 12 of the Procurement Act 2023.',
    target: 'section 12',
    fm: { regime: 'pa-2023', date: '2024-06-01' },
    includes: ['Covered procurement: objectives', '**Not in force yet for this document:**', 'applies from 24 February 2025; this document is dated 2024-06-01'],
  },
  {
    name: 'PCR reg 31 cited in a PA document',
    body: 'This is not regulation 31 of the Public Contracts Regulations 2015.',
    target: 'regulation 31',
    fm: { regime: 'pa-2023', date: '2025-06-01' },
    includes: ['Innovation partnership', 'PCR 2015 is revoked', 'runs under PA 2023', 'no direct counterpart', 'competitive flexible procedure (s.20(2)(b))'],
  },
  {
    name: 'PCSR reg 32 in a Scottish document',
    body: 'The Council will use the procedure in regulation 32 of the Public Contracts (Scotland) Regulations 2015.',
    target: 'regulation 32',
    fm: { regime: 'pcsr-2015', date: '2026-01-10' },
    includes: ['Innovation partnership', 'Public Contracts (Scotland) Regulations 2015 (SSI 2015/446)', 'not be disproportionate', '**In force for this document:**', 'https://www.legislation.gov.uk/ssi/2015/446/regulation/32', 'PCR 2015 [reg 31]'],
  },
  {
    name: 'PCR reg 31 in a Scottish document',
    body: 'See regulation 31 of the Public Contracts Regulations 2015.',
    target: 'regulation 31',
    fm: { regime: 'pcsr-2015', date: '2024-01-10' },
    includes: ['does not extend to Scotland', 'the counterpart there is [reg 32]'],
  },
  {
    name: 'Directive Art 31 in a Directive document',
    body: 'Member States apply Article 31 of Directive 2014/24/EU.',
    target: 'Article 31',
    fm: { regime: 'directive-2014-24', date: '2026-01-10' },
    includes: ['Innovation partnership', 'Directive 2014/24/EU on public procurement', '**In force for this document:**', 'https://www.legislation.gov.uk/eudr/2014/24/article/31'],
    excludes: ['cross-reference'],
  },
  {
    name: 'Directive Art 18 in a UK document after IP completion day',
    body: 'Article 18 of Directive 2014/24/EU sets the principles.',
    target: 'Article 18',
    fm: { regime: 'pcr-2015', date: '2022-01-10' },
    includes: ['Principles of procurement', 'only for cross-reference', 'the counterpart there is [reg 18]'],
  },
  {
    name: 'an undated document says which date it assumed',
    body: 'The Authority relies on regulation 76 of the Public Contracts Regulations 2015.',
    target: 'regulation 76',
    fm: { regime: 'pcr-2015' },
    includes: ['Principles of awarding contracts', 'this document gives no date, so today (2026-06-01) is assumed'],
  },
  {
    name: 'a range lists each provision',
    body: 'The light touch rules in regulations 74 to 77 of the Public Contracts Regulations 2015 apply.',
    target: 'regulations 74 to 77',
    fm: { regime: 'pcr-2015', date: '2024-01-10' },
    includes: ['Regulations 74 to 77', '[reg 74]', '[reg 75]', '[reg 76]', '[reg 77]', 'Reserved contracts for certain services'],
  },
  {
    name: 'a provision with no notes still names its instrument and links the contents',
    body: 'Regulation 99 of the Public Contracts Regulations 2015 is cited here.',
    target: 'Regulation 99',
    fm: { regime: 'pcr-2015', date: '2024-01-10' },
    includes: ['no notes', 'https://www.legislation.gov.uk/uksi/2015/102/contents'],
  },
  {
    name: 'a paragraph reference keeps its paragraphs',
    body: 'Use the competitive flexible procedure under section 20(2)(b) of the Procurement Act 2023.',
    target: '20(2)(b)',
    fm: { regime: 'pa-2023', date: '2025-06-01' },
    includes: ['**Section 20(2)(b)**', 'Competitive tendering procedures'],
  },
  {
    name: 'a schedule',
    body: 'A direct award under Schedule 5 to the Procurement Act 2023 is possible.',
    target: 'Schedule 5',
    fm: { regime: 'pa-2023', date: '2025-06-01' },
    includes: ['Direct award justifications', 'https://www.legislation.gov.uk/ukpga/2023/54/schedule/5'],
  },
];

describe('hover on citations', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { hover, text } = hoverOn(c.body, c.target, c.fm);
      assert.ok(hover, 'a hover');
      for (const s of c.includes) {
        if (typeof s === 'string') assert.ok(hover.markdown.includes(s), `missing "${s}" in:\n${hover.markdown}`);
        else assert.match(hover.markdown, s);
      }
      for (const s of c.excludes ?? []) {
        if (typeof s === 'string') assert.ok(!hover.markdown.includes(s), `unexpected "${s}"`);
        else assert.doesNotMatch(hover.markdown, s);
      }
      assert.ok(text.slice(hover.start, hover.end).includes(c.target.split(' ')[0]), `range covers the citation: "${text.slice(hover.start, hover.end)}"`);
    });
  }

  it('returns the citation\'s source range, through inline markup', () => {
    const { text, hover } = hoverOn('We rely on **regulation 31** here.', 'regulation 31', { regime: 'pcr-2015', date: '2024-01-01' });
    assert.equal(text.slice(hover!.start, hover!.end), 'regulation 31');
  });

  it('reads an unattributed "section" in a PCR document as the Act when the Act has it', () => {
    const { hover } = hoverOn('Compare section 19 with our approach.', 'section 19', { regime: 'pcr-2015', date: '2024-01-01' });
    assert.ok(hover!.markdown.includes('Procurement Act 2023 (2023 c. 54) (assumed: the instrument that numbers its provisions this way)'), hover!.markdown);
    assert.ok(hover!.markdown.includes('the counterpart there is [reg 67]'));
  });

  it('still finds the citation where the passage text differs from the source (trailing spaces, escapes)', () => {
    const fm = { regime: 'pcr-2015', date: '2024-01-01' };
    for (const body of ['See the notes \nShortlisting follows regulation 28 of the Public Contracts Regulations 2015.', 'Costs \\* apply; see regulation 28 for shortlisting.']) {
      const { text, hover } = hoverOn(body, 'regulation 28', fm);
      assert.ok(hover?.markdown.includes('Restricted procedure'), body);
      assert.ok(text.slice(hover!.start, hover!.end).startsWith('regulation 28'), text.slice(hover!.start, hover!.end));
    }
    const { text, hover } = hoverOn('Award on \\*MEAT\\* basis.', 'MEAT', fm);
    assert.equal(text.slice(hover!.start, hover!.end), 'MEAT');
  });

  it('resolves an unnamed "regulation" under the document\'s regime', () => {
    const pcsr = hoverOn('Under regulation 19 we act fairly.', 'regulation 19', { regime: 'pcsr-2015', date: '2024-01-01' }).hover!;
    assert.ok(pcsr.markdown.includes('https://www.legislation.gov.uk/ssi/2015/446/regulation/19'));
    const pcr = hoverOn('Under regulation 18 we act fairly.', 'regulation 18', { regime: 'pcr-2015', date: '2024-01-01' }).hover!;
    assert.ok(pcr.markdown.includes('https://www.legislation.gov.uk/uksi/2015/102/regulation/18'));
  });
});

describe('hover on terms', () => {
  it('explains a term with its regimes and sources', () => {
    const { hover } = hoverOn('This is an Innovation Partnership.', 'Innovation Partnership', { regime: 'pcr-2015', date: '2024-01-01' });
    assert.ok(hover!.markdown.includes('**Innovation Partnership**'));
    assert.ok(hover!.markdown.includes('**Used under:** PCR 2015, PCSR 2015, Directive 2014/24/EU.'));
    assert.ok(hover!.markdown.includes('[reg 31](https://www.legislation.gov.uk/uksi/2015/102/regulation/31)'));
    assert.ok(!hover!.markdown.includes('Not a term of'));
  });

  it('says when a term does not belong to the document\'s regime', () => {
    const { hover } = hoverOn('Tenders are scored on MEAT.', 'MEAT', { regime: 'pa-2023', date: '2025-06-01' });
    assert.ok(hover!.markdown.includes('Not a term of PA 2023, which governs this document.'));
    const lt = hoverOn('This is a light touch contract.', 'light touch contract', { regime: 'pa-2023', date: '2025-06-01' }).hover!;
    assert.ok(lt.markdown.includes('Procurement Regulations 2024') && !lt.markdown.includes('Not a term of'));
  });

  it('explains "innovative partnership" as informal', () => {
    const { hover } = hoverOn('A community innovative partnership starts here.', 'innovative partnership');
    assert.match(hover!.markdown, /not a term of any procurement statute/);
  });

  it('shows the user\'s own terms from settings, with their source', () => {
    const layers: SettingsLayer[] = [{ terms: [{ term: 'Alliance Board', definition: 'The group that governs the alliance.', source: 'Alliance Agreement cl. 4' }] }];
    const { hover, text } = hoverOn('The Alliance Board meets monthly.', 'Alliance Board', undefined, layers);
    assert.ok(hover!.markdown.includes('**Alliance Board** (your glossary)'));
    assert.ok(hover!.markdown.includes('The group that governs the alliance.'));
    assert.ok(hover!.markdown.includes('Source: Alliance Agreement cl. 4'));
    assert.equal(text.slice(hover!.start, hover!.end), 'Alliance Board');
  });
});

describe('hover elsewhere', () => {
  it('returns nothing on plain prose, front matter or code', () => {
    const body = 'Plain words here.\n\n```\nregulation 31\n```';
    const { text, analysis } = analyse(body, { regime: 'pcr-2015', date: '2024-01-01' });
    assert.equal(hoverAt(analysis, text.indexOf('words')), undefined);
    assert.equal(hoverAt(analysis, text.indexOf('regime')), undefined);
    assert.equal(hoverAt(analysis, text.indexOf('regulation 31') + 3), undefined);
    assert.equal(hoverAt(analysis, text.length + 10), undefined);
    assert.equal(hoverAt(analysis, -1), undefined);
  });

  it('finds the passage by binary search, passage end included', () => {
    const { text, analysis } = analyse('# Title\n\nFirst paragraph.\n\nSecond paragraph.');
    const i = passageAt(analysis.doc, text.indexOf('Second'));
    assert.equal(analysis.doc.passages[i].text, 'Second paragraph.');
    assert.equal(passageAt(analysis.doc, analysis.doc.passages[1].end), 1);
    assert.equal(passageAt(analysis.doc, text.indexOf('\n\nSecond') + 1), -1);
  });

  it('stays fast on a large document: only the passage under the cursor is scanned', () => {
    const para = 'The Authority applies regulation 31 and regulation 18, treating bidders equally, and the standstill period.\n\n';
    const { text, analysis } = analyse(para.repeat(5000), { regime: 'pcr-2015', date: '2024-01-01' });
    const at = text.lastIndexOf('regulation 18') + 2;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) assert.ok(hoverAt(analysis, at));
    const perHoverMs = Number(process.hrtime.bigint() - started) / 1e6 / 100;
    assert.ok(perHoverMs < 5, `${perHoverMs.toFixed(2)} ms per hover`);
  });
});
