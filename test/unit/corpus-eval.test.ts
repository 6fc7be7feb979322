// The development corpus as a test: the labels resolve, the corpus keeps its size, and no rule's
// precision or recall falls below what test/corpus/thresholds.json records (raise it when a rule improves).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, runEval } from '../corpus/eval';
import { evaluate } from '../corpus/evaluate';
import { parseCorpusFile } from '../corpus/corpus';

interface Thresholds {
  minDocuments: number;
  minSynthetic: number;
  maxFpPer10kCleanWords: number;
  rules: Record<string, { precision: number; recall: number }>;
}

describe('development corpus: eval against thresholds', function () {
  this.timeout(120_000);
  const thresholds = JSON.parse(readFileSync(join(CORPUS_DIR, 'thresholds.json'), 'utf8')) as Thresholds;
  const report = runEval();

  it('every document has labels and every label resolves to its text', () => {
    assert.deepEqual(report.labelErrors, []);
  });

  it(`holds at least ${thresholds.minDocuments} documents, ${thresholds.minSynthetic} of them synthetic`, () => {
    assert.ok(report.documents >= thresholds.minDocuments, `${report.documents} documents`);
    assert.ok(report.synthetic >= thresholds.minSynthetic, `${report.synthetic} synthetic`);
  });

  for (const [rule, min] of Object.entries(thresholds.rules)) {
    it(`${rule}: precision ≥ ${min.precision} and recall ≥ ${min.recall}`, () => {
      const s = report.rules.find((r) => r.rule === rule);
      assert.ok(s, `no score for ${rule}`);
      const where = [...s.fpLocations.map((l) => `FP ${l.file}:${l.line}`), ...s.missLocations.map((l) => `miss ${l.file}:${l.line}`)].join('\n');
      assert.ok(s.precision >= min.precision, `precision ${s.precision.toFixed(3)}\n${where}`);
      assert.ok(s.recall >= min.recall, `recall ${s.recall.toFixed(3)}\n${where}`);
    });
  }

  it(`at most ${thresholds.maxFpPer10kCleanWords} false positives per 10,000 words of clean real text`, () => {
    assert.ok(report.fpPer10kCleanWords <= thresholds.maxFpPer10kCleanWords, report.fpPer10kCleanWords.toFixed(2));
  });
});

describe('development corpus: scoring', () => {
  const doc = parseCorpusFile('t-01', 't-01.md', '<!-- tender-lint-corpus\ndate: 2023\nsynthetic: false\n-->\nNotices go in the OJEU.\nSee regulation 29 and the OJEU again.\n');
  const labels = {
    't-01': {
      note: '',
      findings: [
        { rule: 'obsolete-reference' as const, text: 'OJEU', occurrence: 2, doubtful: false, why: 'x' },
        { rule: 'citation' as const, text: 'regulation 29', doubtful: true, why: 'y' },
      ],
    },
  };

  it('counts an overlapping finding of the same rule as found, others as false positives, and skips doubtful labels', () => {
    const second = doc.body.lastIndexOf('OJEU');
    const r = evaluate([doc], labels, () => [
      { ruleId: 'obsolete-reference', start: second, end: second + 4, message: 'm' },
      { ruleId: 'obsolete-reference', start: 16, end: 20, message: 'first OJEU, unlabelled' },
      { ruleId: 'citation', start: doc.body.indexOf('regulation'), end: doc.body.indexOf('regulation') + 5, message: 'doubtful' },
    ]);
    const o = r.rules.find((s) => s.rule === 'obsolete-reference')!;
    assert.deepEqual([o.tp, o.fp, o.found, o.misses], [1, 1, 1, 0]);
    assert.equal(o.fpLocations[0].line, 5, 'lines count the header');
    const c = r.rules.find((s) => s.rule === 'citation')!;
    assert.deepEqual([c.tp, c.fp, c.doubtful, c.misses], [0, 0, 1, 0]);
  });

  it('reports a miss with its file line, and a label whose text is absent as a label error', () => {
    const r = evaluate([doc], { 't-01': { note: '', findings: [...labels['t-01'].findings, { rule: 'citation', text: 'absent', doubtful: false, why: 'z' }] } }, () => []);
    const o = r.rules.find((s) => s.rule === 'obsolete-reference')!;
    assert.equal(o.missLocations[0].line, 6);
    assert.equal(o.recall, 0);
    assert.match(r.labelErrors.join(), /"absent"/);
  });

  it('scores a labelled rule the linter does not register yet as "not registered", its labels as misses, without crashing', () => {
    const r = evaluate([doc], { 't-01': { note: '', findings: [{ rule: 'standstill', text: 'regulation 29', doubtful: false, why: 's' }] } }, () => [], ['citation', 'obsolete-reference']);
    const s = r.rules.find((x) => x.rule === 'standstill')!;
    assert.equal(s.registered, false);
    assert.deepEqual([s.tp, s.fp, s.found, s.misses], [0, 0, 0, 1]);
    assert.equal(r.rules.find((x) => x.rule === 'citation')!.registered, true);
    assert.deepEqual(r.labelErrors, []);
  });
});
