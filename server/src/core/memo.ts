// Per-passage facts cached across lints of one document. Rules recompute document-level findings
// from these facts, so after an edit only the passages whose text changed are analysed again.
//
// The contract a rule accepts by calling `memo`: the computed value depends only on the passage's
// kind, depth, list membership and text, and on the document context (regime, date, kind, light
// touch) — never on offsets or on other passages. Values must hold text indices, not document
// offsets; map them with sourceRange() after the call.

import type { Passage } from './model';
import type { DocumentContext } from './types';

/** A fact, with the number of the last lint that used it. */
interface Entry {
  value: unknown;
  used: number;
}

/** Facts by passage shape (kind, depth, list membership), then by the passage's text. */
type Facts = Map<number, Map<string, Entry>>;

interface RuleFacts {
  fingerprint: string;
  facts: Facts;
  size: number;
  /** Lints so far, and how many facts the last one used. */
  lints: number;
  usedLast: number;
}

/** Held by whoever lints one document repeatedly (the language server: one per open document). */
export class LintCache {
  private readonly byRule = new Map<string, RuleFacts>();
  hits = 0;
  misses = 0;

  /** How many facts are held, over all rules (tests check that it stays bounded). */
  get size(): number {
    let n = 0;
    for (const r of this.byRule.values()) n += r.size;
    return n;
  }

  /**
   * Starts a lint. Facts the previous lint did not use are dropped once they outnumber the used ones,
   * which bounds memory to about twice the document's facts without rebuilding maps on every lint.
   */
  beginLint(ruleId: string, context: DocumentContext): (passage: Passage, compute: (p: Passage) => unknown) => unknown {
    // Every field of the context: rules may read any of them (e.g. whether the date was stated).
    const fingerprint = JSON.stringify(context);
    let r = this.byRule.get(ruleId);
    if (!r || r.fingerprint !== fingerprint) {
      r = { fingerprint, facts: new Map(), size: 0, lints: 0, usedLast: 0 };
      this.byRule.set(ruleId, r);
    } else if (r.size > 2 * r.usedLast + 64) {
      sweep(r);
    }
    const rule = r;
    const lint = ++rule.lints;
    rule.usedLast = 0;
    return (passage, compute) => {
      // By shape (a handful of them), then by the text itself, whose hash V8 keeps with the string.
      const shape = passageShape(passage);
      let here = rule.facts.get(shape);
      if (!here) rule.facts.set(shape, (here = new Map()));
      const entry = here.get(passage.text);
      if (entry) {
        if (entry.used !== lint) {
          entry.used = lint;
          rule.usedLast++;
          this.hits++;
        }
        return entry.value;
      }
      this.misses++;
      const value = compute(passage);
      here.set(passage.text, { value, used: lint });
      rule.size++;
      rule.usedLast++;
      return value;
    };
  }
}

/** Drops the facts the last lint did not use. */
function sweep(r: RuleFacts): void {
  r.size = 0;
  for (const here of r.facts.values()) {
    for (const [text, entry] of here) {
      if (entry.used === r.lints) r.size++;
      else here.delete(text);
    }
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
