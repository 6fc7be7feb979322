// `npm run eval`: lints every corpus document with the core, as a drafter's editor would (no metadata,
// default settings), and prints per-rule precision and recall against the labels.
//   npm run eval                 table, then every false positive and miss with file:line
//   npm run eval -- --json       the whole report as JSON, for tools
//   npm run eval -- --rule citation   only that rule's false positives and misses

import { join } from 'node:path';
import { lint, ruleIds } from '../../server/src/core';
import { loadCorpus, loadLabels, type CorpusDocument } from './corpus';
import { evaluate, type EvalFinding, type EvalReport, type Located } from './evaluate';

/** The eval pins "today" so that a document without a date is judged the same way on every run. */
export const EVAL_TODAY = '2026-12-04';
export const CORPUS_DIR = join(__dirname);

export function lintForEval(doc: CorpusDocument): EvalFinding[] {
  return lint(doc.body, { today: EVAL_TODAY }).findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message, data: f.data }));
}

export function runEval(): EvalReport {
  return evaluate(loadCorpus(CORPUS_DIR), loadLabels(CORPUS_DIR), lintForEval, ruleIds);
}

const pct = (n: number) => n.toFixed(2);

export function formatReport(r: EvalReport, onlyRule?: string): string {
  const out: string[] = [];
  out.push(`Corpus: ${r.documents} documents (${r.synthetic} synthetic), ${r.labelled} with labelled errors; ${r.cleanWords} words of clean real text.`);
  out.push('');
  out.push('| rule | precision | recall | TP | FP | found | misses | doubtful |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const s of [...r.rules, r.total]) out.push(`| ${s.rule}${s.registered === false ? ' (rule not registered)' : ''} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.found} | ${s.misses} | ${s.doubtful} |`);
  out.push('');
  out.push(`False positives per 10,000 words of clean real text: ${r.fpPer10kCleanWords.toFixed(2)}`);
  const list = (title: string, items: Located[]) => {
    if (items.length === 0) return;
    out.push('', title);
    for (const i of items) out.push(`  ${i.file}:${i.line}  "${i.text}"  — ${i.detail}`);
  };
  for (const s of r.rules) {
    if (onlyRule && s.rule !== onlyRule) continue;
    list(`${s.rule}: false positives`, s.fpLocations);
    list(`${s.rule}: misses`, s.missLocations);
  }
  if (r.labelErrors.length > 0) out.push('', 'Label errors:', ...r.labelErrors.map((e) => `  ${e}`));
  return out.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const report = runEval();
  const ruleAt = args.indexOf('--rule');
  process.stdout.write((args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report, ruleAt >= 0 ? args[ruleAt + 1] : undefined)) + '\n');
  process.exitCode = report.labelErrors.length > 0 ? 2 : 0;
}
