// Shared types of the pure analysis core. Offsets are UTF-16 code unit offsets into the
// document text, exactly as JavaScript strings and LSP's TextDocument count them.

import type { DocumentModel, Passage } from './model';
import type { Evidence, Jurisdiction } from './context/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleLevel = Severity | 'off';

/** The legal regimes a document can be drafted under. */
/**
 * The legal regimes a document can be drafted under. `psr-2023` is the NHS Provider Selection Regime:
 * relevant health care services in England procured under it are outside PCR 2015 and the Act.
 */
export const REGIMES = ['pcr-2015', 'pa-2023', 'pcsr-2015', 'directive-2014-24', 'psr-2023'] as const;
export type Regime = (typeof REGIMES)[number];

export const DOCUMENT_KINDS = ['tender', 'specification', 'strategy', 'notice', 'guidance', 'report', 'minutes', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One text replacement. `start === end` inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A neutral fix: front ends turn it into a WorkspaceEdit, the CLI applies it in place. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a drafter most likely wants (LSP `isPreferred`). */
  preferred?: boolean;
  /**
   * A fix to read before applying: offered as a quick fix, never applied by fix-all, `--fix` or
   * `source.fixAll`. Set by the rule when the correction is a judgement, and by the engine when the
   * finding rests on a regime or date the document only implies (see Report.contextual).
   */
  needsReview?: boolean;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong and what to write instead, first sentence at most ~100 characters (the Problems panel). */
  message: string;
  /** The legal explanation behind the message, shown on hover over the finding and in JSON/SARIF output. */
  detail?: string;
  start: number;
  end: number;
  fixes: Fix[];
  /** Plain JSON the rule wants back later (e.g. to rebuild a quick fix statelessly). */
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
}

/** What a rule reports; the engine adds the rule id and the effective severity. */
export interface Report {
  message: string;
  /** See Finding.detail. */
  detail?: string;
  start: number;
  end: number;
  fixes?: Fix[];
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
  /**
   * The finding is right only under the document's regime or date: 'regime' or 'date'. The engine
   * then marks its fixes needsReview unless that fact is certain (front matter, config or the text).
   */
  contextual?: 'regime' | 'date';
}

/** Where the effective regime came from, shown to the drafter (status bar, hover). */
export type RegimeSource = 'front-matter' | 'config' | 'text' | 'citations' | 'date' | 'default';

/** The facts about a document that rules and hovers reason with, after every layer is merged. */
export interface DocumentContext {
  regime: Regime;
  regimeSource: RegimeSource;
  /**
   * 'certain': front matter, config or the text saying which law governs; 'likely': a date or
   * jurisdiction the document gives; 'guess': instruments cited, the configured default or today.
   * Rules must not assert a regime-specific correction on a guess.
   */
  regimeConfidence: 'certain' | 'likely' | 'guess';
  /** ISO date (YYYY-MM-DD) the procurement starts; today when nobody said. */
  date: string;
  /** Someone said the date: front matter, config or the document's own words. */
  dateIsExplicit: boolean;
  dateSource: 'front-matter' | 'config' | 'text' | 'today';
  jurisdiction?: Jurisdiction;
  /** The kind the settings declare, else the one the title or sections give (see context/kind.ts). */
  kind?: DocumentKind;
  /** 'settings': front matter or config declared it; 'text': read from the title or sections. */
  kindSource?: 'settings' | 'text';
  lightTouch?: boolean;
  /** The words each field was read from (see core/context). */
  evidence: Evidence[];
  /** Where the text disagrees with the settings that won. */
  conflicts: string[];
}

export interface RuleContext {
  doc: DocumentModel;
  context: DocumentContext;
  /** Invalid `tender-lint:` keys in the front matter, for the front-matter rule to show. */
  frontMatterProblems: ConfigProblem[];
  report(report: Report): void;
  /**
   * Per-passage facts, cached across lints of one document by the passage's kind and text. `compute`
   * may depend only on the passage (not its offsets) and the document context; see memo.ts.
   */
  memo<T>(passage: Passage, compute: (passage: Passage) => T): T;
}

export interface InvalidExample {
  /** A whole Markdown document (front matter allowed). */
  text: string;
  /** How many findings of this rule the example must produce. */
  count: number;
  /** A phrase every finding message must contain, when it matters. */
  messageIncludes?: string;
}

export interface Rule {
  id: string;
  description: string;
  rationale: string;
  defaultSeverity: Severity;
  fixable: boolean;
  examples: { valid: string[]; invalid: InvalidExample[] };
  check(ctx: RuleContext): void;
}

/** A problem with configuration or input that is not a finding in the document body. */
export interface ConfigProblem {
  source: string;
  key?: string;
  message: string;
}
