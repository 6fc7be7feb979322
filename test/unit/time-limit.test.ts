import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { hoverAt } from '../../server/src/core/hover';

// The time-limit rule beyond its documented examples: which number in a sentence is the period, the
// detail a drafter reads, table rows, and input that must not break it.

const PCR = '---\ntender-lint:\n  regime: pcr-2015\n  date: 2023-03-01\n---\n\n# Timetable\n\n';
const PA = '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Timetable\n\n';
const findings = (text: string) => lint(text, { only: ['time-limit'] }).findings;
const spans = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('time-limit', () => {
  it('judges the period tied to "tenders", not an offset in the same sentence', () => {
    const text = `${PCR}In this open procedure the time limit for receipt of tenders is 20 days, and clarification questions close 10 days before it.\n`;
    assert.deepEqual(spans(text), ['20 days']);
  });

  it('lists every minimum for the procedure in the detail, with its provision', () => {
    const [f] = findings(`${PCR}The time limit for receipt of tenders in this open procedure is 20 days.\n`);
    for (const part of ['35 days (regulation 27(2))', '30 days (regulation 27(6))', '15 days (regulation 27(4))', '15 days (regulation 27(5))']) assert.ok(f.detail?.includes(part), part);
    assert.deepEqual(f.fixes, []);
  });

  it('reads a table row with its column header, and leaves a row without a procedure alone', () => {
    const table = `${PCR}| Procedure | Minimum time limit for receipt of tenders |\n|---|---|\n| Open procedure | 28 days |\n| Restricted procedure | 25 days |\n`;
    assert.deepEqual(spans(table), ['28 days']);
    assert.deepEqual(spans(`${PCR}| Stage | Period |\n|---|---|\n| Receipt of tenders | 10 days |\n`), []);
  });

  it('judges a sentence that names the Act under the Act, in a PCR-era document', () => {
    const text = `${PCR}Under the Procurement Act 2023, the tender period in an open procedure will be 20 days.\n`;
    assert.match(findings(text)[0].message, /25 days, not 20.*s\.54\(4\) of the Act/);
  });

  it('stays quiet on a participation period under PCR 2015 (the Act\'s term) and on an open procedure\'s requests', () => {
    assert.deepEqual(spans(`${PA}In the open procedure requests to participate are not used; tenders are due within 30 days.\n`), []);
  });

  it('copes with a run-on passage of periods and a table of thousands of rows', () => {
    const runOn = `${PCR}In the open procedure the tender period is ${'30 days, '.repeat(3000)}end.\n`;
    const rows = Array.from({ length: 2000 }, (_, i) => `| Open procedure lot ${i} | 35 days |`).join('\n');
    assert.deepEqual(spans(runOn), []);
    assert.deepEqual(spans(`${PCR}| Lot | Time limit for receipt of tenders |\n|---|---|\n${rows}\n`), []);
  });
});

describe('time-limit: hover', () => {
  const hover = (text: string, target: string) => {
    const r = lint(text, { only: [] });
    return hoverAt({ doc: r.doc, context: r.context, settings: r.settings }, text.indexOf(target) + 2);
  };

  it('explains every minimum for the procedure and judges the stated figure', () => {
    const short = hover(`${PCR}The time limit for receipt of tenders in this open procedure is 20 days.\n`, '20 days');
    assert.match(short!.markdown, /\*\*Time limit for tenders: open procedure\*\*, Public Contracts Regulations 2015/);
    assert.match(short!.markdown, /35 days \(regulation 27\(2\)\)/);
    assert.match(short!.markdown, /Allow at least 30 days, not 20/);
    assert.match(short!.markdown, /legislation\.gov\.uk\/uksi\/2015\/102\/regulation\/27/);
    const fine = hover(`${PA}In this open procedure the tender period is 30 days.\n`, '30 days');
    assert.match(fine!.markdown, /It meets the 25-day minimum/);
  });

  it('says nothing on a period the rule does not read', () => {
    assert.equal(hover(`${PCR}Suppliers will have 10 days to submit their tenders.\n`, '10 days'), undefined);
  });
});
