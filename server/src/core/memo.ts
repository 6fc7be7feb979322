// Per-passage facts cached across lints of one document. Rules recompute document-level findings
// from these facts, so after an edit only the passages whose text changed are analysed again.
//
// The contract a rule accepts by calling `memo`: the computed value depends only on the passage's
// kind, depth, list membership and text, and on the document context (regime, date, kind, light
// touch) — never on offsets or on other passages. Values must hold text indices, not document
// offsets; map them with sourceRange() after the call.

import type { Passage } from './model';
import type { DocumentContext } from './types';

/** Facts by passage shape (kind, depth, list membership), then by the passage's text. */
type Facts = Map<number, Map<string, unknown>>;

interface Generation {
  fingerprint: string;
  current: Facts;
  previous: Facts;
}

/** Held by whoever lints one document repeatedly (the language server: one per open document). */
export class LintCache {
  private readonly byRule = new Map<string, Generation>();
  hits = 0;
  misses = 0;

  /** Starts a lint: entries not used since the previous lint are dropped, bounding memory. */
  beginLint(ruleId: string, context: DocumentContext): (passage: Passage, compute: (p: Passage) => unknown) => unknown {
    // Every field of the context: rules may read any of them (e.g. whether the date was stated).
    const fingerprint = JSON.stringify(context);
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
      // By shape (a handful of them), then by the text itself, whose hash V8 keeps with the string.
      const shape = passageShape(passage);
      let here = g.current.get(shape);
      if (!here) g.current.set(shape, (here = new Map()));
      const key = passage.text;
      if (here.has(key)) return here.get(key);
      const before = g.previous.get(shape);
      let value: unknown;
      if (before?.has(key)) {
        this.hits++;
        value = before.get(key);
      } else {
        this.misses++;
        value = compute(passage);
      }
      here.set(key, value);
      return value;
    };
  }
}

const KIND_CODE: Record<Passage['kind'], number> = { heading: 0, paragraph: 1, tableCell: 2 };

/** A small number per shape: building a string key for every passage of every lint was measurable. */
function passageShape(p: Passage): number {
  return (KIND_CODE[p.kind] * 8 + p.depth) * 2 + (p.listItem ? 1 : 0);
}

/** Without a cache (the CLI, one-off lints) memo simply computes. */
export function noMemo<T>(passage: Passage, compute: (p: Passage) => T): T {
  return compute(passage);
}
