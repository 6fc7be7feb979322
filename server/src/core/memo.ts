// Per-passage facts cached across lints of one document. Rules recompute document-level findings
// from these facts, so after an edit only the passages whose text changed are analysed again.
//
// The contract a rule accepts by calling `memo`: the computed value depends only on the passage's
// kind, depth, list membership and text, and on the document context (regime, date, kind, light
// touch) — never on offsets or on other passages. Values must hold text indices, not document
// offsets; map them with sourceRange() after the call.

import type { Passage } from './model';
import type { DocumentContext } from './types';

interface Generation {
  fingerprint: string;
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}

/** Held by whoever lints one document repeatedly (the language server: one per open document). */
export class LintCache {
  private readonly byRule = new Map<string, Generation>();
  hits = 0;
  misses = 0;

  /** Starts a lint: entries not used since the previous lint are dropped, bounding memory. */
  beginLint(ruleId: string, context: DocumentContext): (passage: Passage, compute: (p: Passage) => unknown) => unknown {
    const fingerprint = `${context.regime}|${context.date}|${context.kind ?? ''}|${context.lightTouch ?? ''}`;
    let gen = this.byRule.get(ruleId);
    if (!gen || gen.fingerprint !== fingerprint) {
      gen = { fingerprint, current: new Map(), previous: new Map() };
      this.byRule.set(ruleId, gen);
    } else {
      gen.previous = gen.current;
      gen.current = new Map();
    }
    const g = gen;
    return (passage, compute) => {
      const key = passageKey(passage);
      if (g.current.has(key)) return g.current.get(key);
      if (g.previous.has(key)) {
        this.hits++;
        const value = g.previous.get(key);
        g.current.set(key, value);
        return value;
      }
      this.misses++;
      const value = compute(passage);
      g.current.set(key, value);
      return value;
    };
  }
}

function passageKey(p: Passage): string {
  return `${p.kind}|${p.depth}|${p.listItem ? 1 : 0}|${p.text}`;
}

/** Without a cache (the CLI, one-off lints) memo simply computes. */
export function noMemo<T>(passage: Passage, compute: (p: Passage) => T): T {
  return compute(passage);
}
