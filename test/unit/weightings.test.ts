import assert from 'node:assert/strict';
import { createParser, lint } from '../../server/src/core';
import { readWeight } from '../../server/src/core/rules/weights/weightValue';

// The weightings rule beyond its documented examples: the ways tenders write weights, table shapes the
// rule must read or leave alone, and input that must not break it.

const messages = (text: string) => lint(text, { only: ['weightings'] }).findings.map((f) => f.message);
const under = (heading: string, body: string) => `# ${heading}\n\n${body}\n`;

describe('weightings: reading a weight', () => {
  it('reads percentages, points and fractions in the forms tenders use', () => {
    assert.deepEqual(readWeight('60%'), { kind: 'value', value: 60, unit: 'percent' });
    assert.deepEqual(readWeight('60 %'), { kind: 'value', value: 60, unit: 'percent' });
    assert.deepEqual(readWeight('60 per cent'), { kind: 'value', value: 60, unit: 'percent' });
    assert.deepEqual(readWeight('12.5%'), { kind: 'value', value: 12.5, unit: 'percent' });
    assert.deepEqual(readWeight('60 marks'), { kind: 'value', value: 60, unit: 'points' });
    assert.deepEqual(readWeight('0.6'), { kind: 'value', value: 0.6, unit: 'fraction' });
    assert.deepEqual(readWeight('60'), { kind: 'value', value: 60, unit: 'bare' });
  });

  it('reads pass/fail and dashes as no weight, and ranges or prose as unknown', () => {
    for (const none of ['Pass/Fail', 'pass / fail', 'N/A', '-', '', 'Not scored']) assert.equal(readWeight(none).kind, 'none', none);
    for (const unknown of ['60–70%', 'TBC', 'see section 4', '60% (of which 10% social value)']) assert.equal(readWeight(unknown).kind, 'unknown', unknown);
  });
});

describe('weightings: tables', () => {
  it('sums fractions to 1 and a "per cent" column against its Total row', () => {
    assert.deepEqual(messages(under('Evaluation', '| Criterion | Weighting |\n|---|---|\n| Quality | 0.6 |\n| Price | 0.3 |')), ['The weightings in this table add up to 0.9, not 1.']);
    assert.equal(messages(under('Evaluation', '| Criterion | Weighting |\n|---|---|\n| Quality | 60 per cent |\n| Price | 40 per cent |\n| Total | 100 per cent |')).length, 0);
  });

  it('reads two tables one after the other as two tables', () => {
    const two = '| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Price | 40% |\n\n| Criterion | Weighting |\n|---|---|\n| Quality | 70% |\n| Price | 20% |';
    assert.deepEqual(messages(under('Evaluation', two)), ['The weightings in this table add up to 90%, not 100%.']);
  });

  it('leaves alone a scoring scale, a table of spend shares and a table with a weight and a sub-weight column', () => {
    assert.equal(messages(under('Scoring', '| Score | Description |\n|---|---|\n| 0 | Unacceptable |\n| 3 | Good |\n| 5 | Excellent |')).length, 0);
    assert.equal(messages(under('Lots', '| Lot | % of spend |\n|---|---|\n| Catering services | 40% |\n| Cleaning costs | 30% |')).length, 0);
    const subWeights = '| Criterion | Weighting | Sub-criterion | Sub-weighting |\n|---|---|---|---|\n| Quality | 60% | Method | 30% |\n| Price | 30% | | |';
    assert.equal(messages(under('Evaluation', subWeights)).length, 0);
  });

  it('reports a finding that covers the cells it sums, inside the table', () => {
    const text = under('Evaluation', '| Lot | Quality % | Price % |\n|---|---|---|\n| 1 | 60% | 30% |');
    const [finding] = lint(text, { only: ['weightings'] }).findings;
    assert.equal(text.slice(finding.start, finding.end), '60% | 30%');
  });
});

describe('weightings: lists', () => {
  it('sums the items after a nested list with their own list, not the nested one', () => {
    const text = under('Evaluation', '- Quality: 60%\n  - Approach: 30%\n  - Staffing: 30%\n- Price: 30%');
    assert.deepEqual(messages(text), ['The weightings in this list add up to 90%, not 100%.']);
    const doc = createParser().parse(text);
    const lists = doc.passages.filter((p) => p.listItem).map((p) => `${p.text}@${p.listItem!.list}`);
    assert.deepEqual(lists, ['Quality: 60%@0', 'Approach: 30%@1', 'Staffing: 30%@1', 'Price: 30%@0']);
  });

  it('needs the list to be introduced as weightings', () => {
    assert.equal(messages(under('Staff mix', '- Quality assurance staff: 60%\n- Pricing analysts: 30%')).length, 0);
  });
});

describe('weightings: bad input', () => {
  it('copes with run-on text, huge tables and long lists without a finding it cannot justify', () => {
    const runOn = under('Evaluation', 'quality 10%, '.repeat(5000));
    const spaces = under('Evaluation', `ratio 60${' '.repeat(50_000)}:30`);
    const table = under('Evaluation', '| Ref | Criterion | Weighting |\n|---|---|---|\n' + Array.from({ length: 1000 }, (_, i) => `| ${i % 40}.${i} | Q | 1% |`).join('\n'));
    const list = under('Evaluation', Array.from({ length: 2000 }, (_, i) => `- Quality ${i}: 1%`).join('\n'));
    for (const text of [runOn, spaces, table, list, under('Evaluation', '| Weighting |\n|---|\n| 60% |'), under('Evaluation', '| | |\n|---|---|\n| | |')]) {
      assert.deepEqual(messages(text), []);
    }
  });
});
