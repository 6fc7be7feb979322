// Per-passage facts cached across lints of one document. Rules recompute document-level findings
// from these facts, so after an edit only the passages whose text changed are analysed again.
//
// The contract a rule accepts by calling `memo`: the computed value depends only on the passage's
// kind, depth, list membership and text, and on the document context (regime, date, kind, light
// touch) — never on offsets or on other passages. Values must hold text indices, not document
// offsets; map them with sourceRange() after the call.

import type { Passage } from './model';
import type { DocumentContext } from './types';

/** The facts of one passage text, one per rule, with the number of the last lint that used them. */
interface Slot {
  used: number;
  /** By rule number; `computed` has bit k set once rule k's fact is in values[k]. */
  values: unknown[];
  computed: number;
}

/**
 * Held by whoever lints one document repeatedly (the language server: one per open document). One
 * table serves every rule: a passage's text is looked up once per rule, but stored once.
 */
export class LintCache {
  /** By passage shape (kind, depth, list membership), then by the passage's text. */
  private facts = new Map<number, Map<string, Slot>>();
  private fingerprint = '';
  private readonly ruleNumbers = new Map<string, number>();
  private lints = 0;
  /** Texts held, and how many of them the last lint used. */
  private held = 0;
  private usedLast = 0;
  /** Rules in the lint: each slot is sized for them (an empty array would reserve room for 17 on its first write). */
  private ruleCount = 0;
  /** The passages of the current lint, and their slots once looked up. */
  private passages: readonly Passage[] = [];
  private slots: Array<Slot | undefined> = [];
  hits = 0;
  misses = 0;
  /**
   * What the context step read from each passage text: it does not depend on the context, so it is
   * kept when the context changes, and swept by the same rule as the facts.
   */
  private readings = new Map<number, Map<string, { used: number; value: unknown }>>();
  private readingsHeld = 0;
  private readingsUsed = 0;
  private readingLints = 0;

  /** How many passage texts have facts (tests check that it stays bounded). */
  get size(): number {
    return this.held;
  }

  /**
   * Starts a lint. Facts depend on the whole document context (rules may read any of its fields), so
   * a different context starts afresh. Texts the previous lint did not use are dropped once they
   * outnumber the used ones: memory stays within about twice the document's facts, and maps are not
   * rebuilt on every lint.
   */
  startLint(context: DocumentContext, ruleCount: number, passages: readonly Passage[]): void {
    this.ruleCount = ruleCount;
    this.passages = passages;
    this.slots = new Array(passages.length);
    // The evidence carries offsets that move with every edit; what rules decide on is the rest.
    const { evidence: _evidence, conflicts: _conflicts, ...decided } = context;
    const fingerprint = JSON.stringify(decided);
    if (fingerprint !== this.fingerprint) {
      this.fingerprint = fingerprint;
      this.facts = new Map();
      this.held = 0;
    } else if (this.held > 2 * this.usedLast + 64) {
      this.sweep();
    }
    this.lints++;
    this.usedLast = 0;
  }

  /** Starts the context step of a lint (before startLint: the context is not known yet). */
  startReading(): void {
    if (this.readingsHeld > 2 * this.readingsUsed + 64) {
      this.readingsHeld = 0;
      for (const here of this.readings.values()) {
        for (const [text, slot] of here) {
          if (slot.used === this.readingLints) this.readingsHeld++;
          else here.delete(text);
        }
      }
    }
    this.readingLints++;
    this.readingsUsed = 0;
  }

  /** The context step's reading of a passage, computed once per passage text. */
  reading<T>(passage: Passage, compute: (p: Passage) => T): T {
    const shape = passageShape(passage);
    let here = this.readings.get(shape);
    if (!here) this.readings.set(shape, (here = new Map()));
    let slot = here.get(passage.text);
    if (!slot) {
      here.set(passage.text, (slot = { used: this.readingLints, value: compute(passage) }));
      this.readingsHeld++;
      this.readingsUsed++;
      this.misses++;
    } else {
      if (slot.used !== this.readingLints) {
        slot.used = this.readingLints;
        this.readingsUsed++;
      }
      this.hits++;
    }
    return slot.value as T;
  }

  /** The memo function of one rule for the current lint. */
  memoFor(ruleId: string): (passage: Passage, compute: (p: Passage) => unknown) => unknown {
    let k = this.ruleNumbers.get(ruleId);
    if (k === undefined) this.ruleNumbers.set(ruleId, (k = this.ruleNumbers.size));
    if (k > 30) return (passage, compute) => compute(passage); // more rules than bits: no caching for the rest
    const rule = k;
    const bit = 1 << k;
    const { passages, slots } = this;
    // Rules read the passages in document order: the slot found for passage i by the first rule is
    // kept at slots[i], so the other rules skip the two map lookups.
    let next = 0;
    return (passage, compute) => {
      let slot: Slot;
      if (passages[next] === passage) {
        slot = slots[next] ??= this.slotOf(passage);
        next++;
      } else {
        slot = this.slotOf(passage);
      }
      if (slot.computed & bit) {
        this.hits++;
        return slot.values[rule];
      }
      this.misses++;
      const value = compute(passage);
      slot.values[rule] = value;
      slot.computed |= bit;
      return value;
    };
  }

  /** The passage text's slot, created if new, marked as used by this lint. */
  private slotOf(passage: Passage): Slot {
    // By shape (a handful of them), then by the text itself, whose hash V8 keeps with the string.
    const shape = passageShape(passage);
    let here = this.facts.get(shape);
    if (!here) this.facts.set(shape, (here = new Map()));
    let slot = here.get(passage.text);
    if (!slot) {
      here.set(passage.text, (slot = { used: this.lints, values: new Array(Math.max(this.ruleCount, this.ruleNumbers.size)), computed: 0 }));
      this.held++;
      this.usedLast++;
    } else if (slot.used !== this.lints) {
      slot.used = this.lints;
      this.usedLast++;
    }
    return slot;
  }

  /** Drops the texts the last lint did not use. */
  private sweep(): void {
    this.held = 0;
    for (const here of this.facts.values()) {
      for (const [text, slot] of here) {
        if (slot.used === this.lints) this.held++;
        else here.delete(text);
      }
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
