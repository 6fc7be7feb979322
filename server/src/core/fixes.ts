// Applying neutral fixes: edits sorted, overlapping ones dropped, applied right to left so that
// earlier offsets stay valid.

import type { Finding, Fix, TextEdit } from './types';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) continue;
    if (e.start < lastEnd) continue; // overlaps a kept edit
    kept.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) out = out.slice(0, kept[i].start) + kept[i].text + out.slice(kept[i].end);
  return out;
}

/**
 * The fix a batch "fix all" applies for a finding: its preferred one, else its only one; never one
 * that must be read first (needsReview).
 */
export function primaryFix(finding: Finding): Fix | undefined {
  const fix = finding.fixes.find((f) => f.preferred) ?? (finding.fixes.length === 1 ? finding.fixes[0] : undefined);
  return fix && !fix.needsReview ? fix : undefined;
}

/**
 * Picks whole fixes (all their edits or none) that do not overlap each other, in document order.
 */
export function compatibleFixes(findings: Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: Array<[number, number]> = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = primaryFix(f);
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some(([s, t]) => overlaps(e.start, e.end, s, t)));
    if (clash) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.push([e.start, e.end]);
  }
  return chosen;
}

/** Ranges overlap, or touch at one insertion point (two inserts there would interleave). */
function overlaps(a: number, b: number, c: number, d: number): boolean {
  if (a < d && c < b) return true;
  return a === c && (a === b || c === d);
}
