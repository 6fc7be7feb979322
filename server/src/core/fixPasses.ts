// Fix-all as passes: apply every compatible fix, re-lint, repeat (a fix can move text another fix
// targets). Only the findings the first lint reported are ever fixed: a finding that appears only
// after an earlier fix (or that a directive, a setting or severity "off" hid) is never fixed unseen,
// so "--fix" cannot change what the drafter was never told about. Each reported finding, keyed by
// rule and message, can be fixed once.

import { lint, type LintOptions, type LintResult } from './engine';
import { compatibleFixes } from './fixes';
import type { Finding, Fix, TextEdit } from './types';

const MAX_FIX_PASSES = 10;

export interface FixPassSteps {
  /** The edits of the fixes one pass chose, as the front end writes them (line endings). */
  edits(text: string, fixes: Fix[]): TextEdit[];
  apply(text: string, edits: TextEdit[]): string;
}

const findingKey = (f: Finding) => `${f.ruleId}\u0000${f.message}`;

export function runFixPasses(text: string, options: LintOptions, onlyRules: readonly string[] | undefined, steps: FixPassSteps, first?: LintResult): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  let passOptions = options;
  const reported = new Map<string, number>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const result = pass === 0 && first ? first : lint(current, passOptions);
    const wanted = onlyRules ? result.findings.filter((f) => onlyRules.includes(f.ruleId)) : result.findings;
    if (pass === 0) {
      // Every pass works under the regime the document had when fixing began: a fix that corrects an
      // instrument's title must not switch the inferred regime half-way and mix two regimes' clauses.
      passOptions = { ...options, layers: [...(options.layers ?? []), { regime: result.context.regime }] };
      for (const f of wanted) reported.set(findingKey(f), (reported.get(findingKey(f)) ?? 0) + 1);
    }
    const allowed = takeReported(wanted, reported);
    const chosen = compatibleFixes(allowed);
    if (chosen.length === 0) break;
    const next = steps.apply(current, steps.edits(current, chosen));
    if (next === current) break;
    // The findings whose fixes went in are used up; the others may be fixed in a later pass.
    const went = new Set(chosen);
    for (const f of allowed) {
      const k = findingKey(f);
      if (f.fixes.some((fix) => went.has(fix))) reported.set(k, (reported.get(k) ?? 1) - 1);
    }
    applied += chosen.length;
    current = next;
  }
  return { text: current, applied };
}

/** The findings of this pass that the first lint reported, each at most as often as it was reported. */
function takeReported(findings: Finding[], reported: Map<string, number>): Finding[] {
  const left = new Map(reported);
  const out: Finding[] = [];
  for (const f of findings) {
    const k = findingKey(f);
    const n = left.get(k) ?? 0;
    if (n <= 0) continue;
    left.set(k, n - 1);
    out.push(f);
  }
  return out;
}
