// Per-document lint state: debounced runs while typing, superseded runs dropped, results cached by
// document version so that code actions, hover and completion never wait for a fresh lint.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createDocumentLinter, type DocumentLinter as CoreLinter, type LintOptions, type LintResult } from './core';
import type { DocumentEnvironment } from './environment';

export interface Analysis {
  version: number;
  result: LintResult;
  options: LintOptions;
}

export interface LinterHost {
  getDocument(uri: string): TextDocument | undefined;
  environment(uri: string): Promise<DocumentEnvironment>;
  /** Called only with a result for the document's current version. */
  publish(doc: TextDocument, result: LintResult | undefined): void;
  lintFailed(uri: string, error: unknown): void;
}

interface DocumentState {
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every scheduled or started run; a run that sees a newer one gives up. */
  generation: number;
  analysis?: Analysis;
  /** A parse of a version newer than the last lint, made for hover or completion. */
  parsed?: { version: number; result: LintResult | undefined };
  /** The document's cached chunks and per-passage facts: an edit re-analyses only what changed. */
  core: CoreLinter;
}

export const DEFAULT_DEBOUNCE_MS = 200;

/** Why a lint runs: typing is skipped in "onSave" mode; everything else lints. */
export type LintReason = 'open' | 'type' | 'save' | 'settings';

export class DocumentLinter {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly host: LinterHost,
    /** Set from the client's initializationOptions (tests use a short one). */
    public debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** Whether the document has been seen since it was opened (its first change is its opening). */
  has(uri: string): boolean {
    return this.states.has(uri);
  }

  /** Typing: lint once the drafter pauses. */
  schedule(uri: string): void {
    const state = this.stateOf(uri);
    if (state.timer) clearTimeout(state.timer);
    const generation = ++state.generation;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (state.generation === generation) void this.lintNow(uri, 'type');
    }, this.debounceMs);
  }

  async lintNow(uri: string, reason: LintReason): Promise<void> {
    const state = this.stateOf(uri);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const generation = ++state.generation;
    let env: DocumentEnvironment;
    try {
      env = await this.host.environment(uri);
    } catch (e) {
      this.host.lintFailed(uri, e);
      return;
    }
    const doc = this.host.getDocument(uri);
    // Superseded while the settings were being fetched, or closed: the newer run will publish.
    if (state.generation !== generation || !doc || this.states.get(uri) !== state) return;
    if (reason === 'type' && env.settings.run === 'onSave') return;
    if (reason === 'save' && state.analysis?.version === doc.version) return; // linted while typing
    if (!env.settings.enable) {
      state.analysis = undefined;
      this.host.publish(doc, undefined);
      return;
    }
    // A code action may already have linted this version on demand; typing changes no settings.
    const reuse = reason === 'type' && state.analysis?.version === doc.version ? state.analysis : undefined;
    const analysis = reuse ?? this.analyse(doc, env.options);
    if (!analysis) return;
    state.analysis = analysis;
    if (this.host.getDocument(uri)?.version === analysis.version) this.host.publish(doc, analysis.result);
  }

  /** The full lint of the document's current version: cached, or computed now (code actions). */
  async current(doc: TextDocument): Promise<Analysis | undefined> {
    const cached = this.states.get(doc.uri)?.analysis;
    if (cached && cached.version === doc.version) return cached;
    const env = await this.host.environment(doc.uri);
    if (!env.settings.enable) return undefined;
    const analysis = this.analyse(doc, env.options);
    if (analysis && this.states.has(doc.uri)) this.stateOf(doc.uri).analysis = analysis;
    return analysis;
  }

  /**
   * What hover and completion need: the parse of the current text with the context and settings of
   * the last lint. It parses without running rules when the last lint is older than the text.
   * Undefined when the core cannot read this version (the full lint reports why): hover, completion
   * and code lens then offer nothing rather than fail the request.
   */
  quick(doc: TextDocument): LintResult | undefined {
    const state = this.stateOf(doc.uri);
    if (state.analysis?.version === doc.version) return state.analysis.result;
    if (state.parsed?.version === doc.version) return state.parsed.result;
    const options = state.analysis?.options ?? {};
    let result: LintResult | undefined;
    try {
      result = state.core.lint(doc.getText(), { ...options, only: [] });
    } catch {
      result = undefined;
    }
    state.parsed = { version: doc.version, result };
    return result;
  }

  cachedAnalysis(uri: string): Analysis | undefined {
    return this.states.get(uri)?.analysis;
  }

  forget(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
  }

  openUris(): string[] {
    return [...this.states.keys()];
  }

  private analyse(doc: TextDocument, options: LintOptions): Analysis | undefined {
    try {
      // A document not tracked (yet) gets a throwaway linter rather than a state it would leak.
      const core = this.states.get(doc.uri)?.core ?? createDocumentLinter();
      return { version: doc.version, result: core.lint(doc.getText(), options), options };
    } catch (e) {
      this.host.lintFailed(doc.uri, e);
      return undefined;
    }
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { generation: 0, core: createDocumentLinter() };
      this.states.set(uri, state);
    }
    return state;
  }
}
