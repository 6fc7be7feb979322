// `--print-context`: what the core read from each document about the law that governs it (regime,
// date, jurisdiction, light touch, kind) and the words it read it from, so a drafter can see why a rule
// judged the document as it did, and add front matter where the reading is only a guess.

import { positionAt, type DocumentContext } from '../core';
import { escapeControl } from '../node/configFiles';

export interface ContextSummary {
  regime: string;
  regimeSource: string;
  regimeConfidence: string;
  date: string;
  dateSource: string;
  jurisdiction?: string;
  lightTouch?: boolean;
  kind?: string;
  kindSource?: string;
  conflicts: string[];
  /** Positions are 0-based, as in the findings. */
  evidence: Array<{ field: string; value: string; reason: string; confidence: string; negated?: boolean; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

export function summariseContext(c: DocumentContext, lineStarts: number[]): ContextSummary {
  const s: ContextSummary = { regime: c.regime, regimeSource: c.regimeSource, regimeConfidence: c.regimeConfidence, date: c.date, dateSource: c.dateSource, conflicts: c.conflicts, evidence: [] };
  if (c.jurisdiction) s.jurisdiction = c.jurisdiction;
  if (c.lightTouch !== undefined) s.lightTouch = c.lightTouch;
  if (c.kind) {
    s.kind = c.kind;
    s.kindSource = c.kindSource;
  }
  s.evidence = c.evidence.slice(0, 20).map((e) => ({
    field: e.field,
    value: e.value,
    reason: e.reason,
    confidence: e.confidence,
    ...(e.negated ? { negated: true } : {}),
    range: { start: positionAt(lineStarts, e.start), end: positionAt(lineStarts, e.end) },
  }));
  return s;
}

export function contextLines(s: ContextSummary): string[] {
  const parts = [`regime ${s.regime} (${s.regimeSource}, ${s.regimeConfidence})`, `date ${s.date} (${s.dateSource})`];
  if (s.jurisdiction) parts.push(`jurisdiction ${s.jurisdiction}`);
  if (s.lightTouch) parts.push('light touch');
  if (s.kind) parts.push(`kind ${s.kind} (${s.kindSource === 'settings' ? 'settings' : 'title or sections'})`);
  const lines = [`  context: ${parts.join(' · ')}`];
  for (const e of s.evidence) lines.push(`    ${e.range.start.line + 1}:${e.range.start.character + 1}  ${e.field} ${e.negated ? 'not ' : ''}${e.value}  ${escapeControl(e.reason)} (${e.confidence})`);
  for (const c of s.conflicts) lines.push(`    note: ${escapeControl(c)}`);
  return lines;
}
