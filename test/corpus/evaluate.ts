// Scores the linter against the corpus labels. A finding is a true positive when a label of the same
// rule overlaps it (for missing-principle, also naming the same principle); a finding that overlaps
// only doubtful labels counts neither way, and a doubtful label that is not found is not a miss.

import { fileLine, LABEL_RULES, resolveLabel, type CorpusDocument, type DocumentLabels, type ResolvedLabel } from './corpus';

export interface EvalFinding {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  data?: Record<string, unknown>;
}

export type Linter = (doc: CorpusDocument) => EvalFinding[];

export interface Located {
  doc: string;
  file: string;
  line: number;
  text: string;
  detail: string;
}

export interface RuleScore {
  rule: string;
  /** False when the linter has no rule of this id yet (labelled ahead of it): its labels count as misses. */
  registered?: boolean;
  /** Findings that overlap a (non-doubtful) label. */
  tp: number;
  fp: number;
  /** Non-doubtful labels some finding overlaps. */
  found: number;
  misses: number;
  /** Findings that touched only doubtful labels. */
  doubtful: number;
  precision: number;
  recall: number;
  fpLocations: Located[];
  missLocations: Located[];
}

export interface EvalReport {
  documents: number;
  synthetic: number;
  labelled: number;
  cleanWords: number;
  rules: RuleScore[];
  total: RuleScore;
  /** False positives in real documents labelled "none", per 10,000 of their words. */
  fpPer10kCleanWords: number;
  labelErrors: string[];
}

function overlaps(f: { start: number; end: number }, l: { start: number; end: number }): boolean {
  if (f.start === f.end) return f.start >= l.start && f.start <= l.end;
  return f.start < l.end && l.start < f.end;
}

function matches(f: EvalFinding, l: ResolvedLabel): boolean {
  if (f.ruleId !== l.rule || !overlaps(f, l)) return false;
  if (l.rule !== 'missing-principle' || !l.missing) return true;
  const missing = f.data?.missing;
  return !Array.isArray(missing) || missing.includes(l.missing);
}

function emptyScore(rule: string): RuleScore {
  return { rule, tp: 0, fp: 0, found: 0, misses: 0, doubtful: 0, precision: 1, recall: 1, fpLocations: [], missLocations: [] };
}

function excerpt(doc: CorpusDocument, start: number, end: number): string {
  return doc.body.slice(start, Math.min(end, start + 80)).replace(/\s+/g, ' ');
}

export function evaluate(corpus: CorpusDocument[], labels: Record<string, DocumentLabels>, linter: Linter, registeredRules?: readonly string[]): EvalReport {
  const scores = new Map<string, RuleScore>(LABEL_RULES.map((r) => [r, emptyScore(r)]));
  if (registeredRules) for (const s of scores.values()) s.registered = registeredRules.includes(s.rule);
  const score = (rule: string) => scores.get(rule) ?? scores.set(rule, emptyScore(rule)).get(rule)!;
  const labelErrors: string[] = [];
  let cleanWords = 0;
  let cleanFps = 0;
  let labelled = 0;
  for (const doc of corpus) {
    const entry = labels[doc.id];
    if (!entry) {
      labelErrors.push(`${doc.id}: no entry in labels.json`);
      continue;
    }
    const resolved: ResolvedLabel[] = [];
    for (const label of entry.findings) {
      const r = resolveLabel(doc.body, label);
      if ('error' in r) labelErrors.push(`${doc.id}: ${r.error}`);
      else resolved.push(r);
    }
    if (resolved.length > 0) labelled++;
    const clean = !doc.synthetic && resolved.every((l) => l.doubtful);
    if (clean) cleanWords += doc.words;
    const findings = linter(doc);
    for (const f of findings) {
      const hit = resolved.filter((l) => matches(f, l));
      const s = score(f.ruleId);
      if (hit.some((l) => !l.doubtful)) s.tp++;
      else if (hit.length > 0) s.doubtful++;
      else {
        s.fp++;
        if (clean) cleanFps++;
        s.fpLocations.push({ doc: doc.id, file: doc.file, line: fileLine(doc, f.start), text: excerpt(doc, f.start, f.end), detail: f.message });
      }
    }
    for (const l of resolved) {
      if (l.doubtful) continue;
      const s = score(l.rule);
      if (findings.some((f) => matches(f, l))) {
        s.found++;
        continue;
      }
      s.misses++;
      s.missLocations.push({ doc: doc.id, file: doc.file, line: fileLine(doc, l.start), text: excerpt(doc, l.start, l.end), detail: l.why + (l.missing ? ` [missing ${l.missing}]` : '') });
    }
  }
  const rules = [...scores.values()];
  for (const s of rules) finish(s);
  const total = finish(rules.reduce((t, s) => ({ ...t, tp: t.tp + s.tp, fp: t.fp + s.fp, found: t.found + s.found, misses: t.misses + s.misses, doubtful: t.doubtful + s.doubtful }), emptyScore('all')));
  return {
    documents: corpus.length,
    synthetic: corpus.filter((d) => d.synthetic).length,
    labelled,
    cleanWords,
    rules,
    total,
    fpPer10kCleanWords: cleanWords === 0 ? 0 : (cleanFps * 10000) / cleanWords,
    labelErrors,
  };
}

function finish(s: RuleScore): RuleScore {
  // Precision counts findings, recall counts labels: two findings on one label are one find.
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  s.recall = s.found + s.misses === 0 ? 1 : s.found / (s.found + s.misses);
  return s;
}
