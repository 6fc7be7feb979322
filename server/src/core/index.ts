// The pure analysis core's public face: the CLI, the language server and the tests use only this.

import { lint, lintDocument, type LintOptions, type LintResult } from './engine';
import { createParser } from './parse';
import { LintCache } from './memo';
import type { DocumentModel } from './model';
import { applyEdits } from './fixes';
import { runFixPasses } from './fixPasses';

export * from './types';
export * from './model';
export { parse, createParser, type Parser } from './parse';
export { LintCache } from './memo';
export { lint, lintDocument, todayIso, FRONT_MATTER_KEY, type LintOptions, type LintResult } from './engine';
export { applyEdits, compatibleFixes, primaryFix } from './fixes';
export { runFixPasses } from './fixPasses';
export { rules, ruleIds, getRule, ruleDocsUrl } from './rules';
export { normalizeSettings, mergeSettings, isIsoDate, type Settings, type SettingsLayer } from './settings';
export { parseConfigText, CONFIG_FILE_NAMES } from './configFile';
export { PA_2023_GO_LIVE, regimeForDate } from './regime';
export { hoverAt, passageAt, explainCitation, type Analysis, type HoverResult } from './hover';
export { completeAt, type CompletionItem } from './complete';
export {
  INSTRUMENTS, PROVISIONS, TERMS, getProvision, provisionByKey, provisionsOf, counterpartsOf, provisionLabel, provisionKey, applicabilityNotes,
  getTerm, termMatchesAt, builtinClauses, clauseLibrary, getClause, clauseSnippets,
  type Instrument, type InstrumentInfo, type Provision, type ProvisionKind, type Term, type Clause, type TermMatch,
} from './knowledge';
export { principleChecklist, type PrincipleChecklist } from './rules/principles/checklist';
export { principleClauses, PRINCIPLES, PRINCIPLE_SETS, principleSetFor, type Principle, type PrincipleId, type PrincipleSet } from './knowledge/principles';
export { findCitations, citationsInDocument, resolveInstrument, type Citation } from './citations';
export { NAMED_PROVISIONS, WRONG_PROCEDURE_NAMES, formatProvision, type NamedProvision, type ProvisionRef } from './knowledge/procedures';
export { MISSPELT_TITLES, TITLE_FORMS } from './knowledge/citationTitles';
export { OBSOLETE_TERMS } from './knowledge/obsolete';

/**
 * Applies every certain fix of the findings this lint reports, re-linting between passes; see
 * fixPasses.ts for why a finding that only appears after a fix is left alone.
 */
export function fixAll(text: string, options: LintOptions = {}, onlyRules?: readonly string[]): { text: string; applied: number } {
  return runFixPasses(text, options, onlyRules, {
    edits: (_current, fixes) => fixes.flatMap((f) => f.edits),
    apply: applyEdits,
  });
}

/** A linter for one open document: it keeps the document's parsed chunks, so an edit re-parses only
 * what changed. The language server holds one per document. */
export interface DocumentLinter {
  lint(text: string, options?: LintOptions): LintResult;
  parse(text: string): DocumentModel;
}

export function createDocumentLinter(): DocumentLinter {
  const parser = createParser();
  const cache = new LintCache();
  return {
    lint: (text, options = {}) => lintDocument(parser.parse(text), { ...options, cache }),
    parse: (text) => parser.parse(text),
  };
}
