// Runs the enabled rules over a parsed document: merges settings layers, resolves the document's
// regime and date, applies severities and inline directives. A rule that throws is reported once as
// a problem and skipped; the others still run.

import { readDirectives } from './directives';
import type { DocumentModel } from './model';
import { parse } from './parse';
import { resolveContext } from './regime';
import { rules as builtinRules } from './rules';
import { mergeSettings, normalizeSettings, type Settings, type SettingsLayer } from './settings';
import { LintCache, noMemo } from './memo';
import { polishFix } from './fixText/polish';
import type { ConfigProblem, DocumentContext, Finding, Report, Rule, RuleContext, RuleLevel } from './types';

export interface LintOptions {
  /** Settings layers below the document's own front matter, lowest priority first (config file, editor). */
  layers?: SettingsLayer[];
  /** Today's date (YYYY-MM-DD); defaults to the clock. Tests pass it to stay deterministic. */
  today?: string;
  /** Restrict to these rules (the others are treated as off). */
  only?: readonly string[];
  /** Per-passage facts kept between lints of the same document (see memo.ts). */
  cache?: LintCache;
}

export interface LintResult {
  findings: Finding[];
  context: DocumentContext;
  settings: Settings;
  problems: ConfigProblem[];
  doc: DocumentModel;
}

export const FRONT_MATTER_KEY = 'tender-lint';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function lintDocument(doc: DocumentModel, options: LintOptions = {}, ruleSet: readonly Rule[] = builtinRules): LintResult {
  const ids = ruleSet.map((r) => r.id);
  const fm = readFrontMatterSettings(doc, ids);
  const settings = mergeSettings([...(options.layers ?? []), fm.settings]);
  const cache = options.cache;
  cache?.startReading();
  const context = resolveContext(doc, {
    settings,
    today: options.today ?? todayIso(),
    regimeFromFrontMatter: fm.settings.regime !== undefined,
    dateFromFrontMatter: fm.settings.date !== undefined,
    ...(cache ? { read: (p, compute) => cache.reading(p, compute) } : {}),
  });
  const suppressions = readDirectives(doc, ids);
  const problems: ConfigProblem[] = [...suppressions.problems, ...doc.warnings.map((w) => ({ source: 'parser', message: w.message }))];
  const findings: Finding[] = [];
  // A lint that runs no rule (hover's quick parse) must not count as a lint that used no facts.
  let cacheStarted = false;

  for (const rule of ruleSet) {
    const level: RuleLevel = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off' || (options.only && !options.only.includes(rule.id))) continue;
    const reports: Report[] = [];
    try {
      if (options.cache && !cacheStarted) {
        options.cache.startLint(context, ruleSet.length, doc.passages);
        cacheStarted = true;
      }
      const memo = (options.cache ? options.cache.memoFor(rule.id) : noMemo) as RuleContext['memo'];
      rule.check({ doc, context, frontMatterProblems: fm.problems, report: (r) => reports.push(r), memo });
    } catch (e) {
      problems.push({ source: rule.id, message: `Rule ${rule.id} failed on this document and was skipped: ${(e as Error)?.message ?? e}` });
      continue;
    }
    for (const r of reports) {
      // Where part of the document could only be read as plain lines, its structure is unknown: report
      // what was found there, but offer no edit that touches it.
      const unsure = r.contextual !== undefined && !contextIsCertain(context, r.contextual);
      const fixes = (r.fixes ?? [])
        .filter((f) => !touchesDegraded(doc, r, f.edits))
        .map((f) => polishFix(doc.text, unsure ? { ...f, needsReview: true } : f));
      const finding: Finding = { ruleId: rule.id, severity: level, message: r.message, start: r.start, end: r.end, fixes };
      if (r.detail) finding.detail = r.detail;
      if (r.data) finding.data = r.data;
      if (r.related) finding.related = r.related;
      if (!suppressions.isSuppressed(finding)) findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, context, settings, problems, doc };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parse(text), options);
}

function readFrontMatterSettings(doc: DocumentModel, ids: string[]): { settings: SettingsLayer; problems: ConfigProblem[] } {
  const data = doc.frontMatter?.data;
  if (typeof data !== 'object' || data === null || !(FRONT_MATTER_KEY in data)) return { settings: {}, problems: [] };
  return normalizeSettings((data as Record<string, unknown>)[FRONT_MATTER_KEY], 'front matter', ids);
}

/** The regime (or date) a finding rests on was said by someone, not inferred. */
function contextIsCertain(context: DocumentContext, on: 'regime' | 'date'): boolean {
  return on === 'regime' ? context.regimeConfidence === 'certain' : context.dateIsExplicit;
}

function touchesDegraded(doc: DocumentModel, at: { start: number; end: number }, edits: Array<{ start: number; end: number }>): boolean {
  if (doc.warnings.length === 0) return false;
  const inside = (start: number, end: number) => doc.warnings.some((w) => start <= w.end && w.start <= end);
  return inside(at.start, at.end) || edits.some((e) => inside(e.start, e.end));
}
