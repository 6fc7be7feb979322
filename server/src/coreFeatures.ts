// Core features written by other helpers (hover, completion, clause library, principle checklist),
// reached through this one file so the glue does not change when they land.
// TEMPORARY until server/src/core/{hover,complete}.ts and knowledge/clauses.ts exist.

import type { DocumentContext, DocumentModel, Fix, Settings } from './core';
import type { UserClause } from './core/settings';

export interface CoreAnalysis {
  doc: DocumentModel;
  context: DocumentContext;
  settings: Settings;
}

export interface CoreHover {
  markdown: string;
  start: number;
  end: number;
}

export interface CoreCompletionItem {
  label: string;
  detail?: string;
  documentation?: string;
  insertText: string;
  isSnippet?: boolean;
  kind: 'provision' | 'clause' | 'term';
  replaceStart: number;
  replaceEnd: number;
}

export interface CoreClause {
  id: string;
  title: string;
  body: string;
}

export interface PrincipleChecklist {
  provision: unknown;
  required: Array<{ id: string; name: string }>;
  stated: Array<{ id: string; name: string }> | string[];
  missing: Array<{ id: string; name: string }> | string[];
  anchor: { start: number; end: number };
  fix?: Fix;
}

export function hoverAt(_analysis: CoreAnalysis, _offset: number): CoreHover | undefined {
  return undefined;
}

export function completeAt(_analysis: CoreAnalysis, _offset: number): CoreCompletionItem[] {
  return [];
}

export function clauseLibrary(userClauses: UserClause[]): CoreClause[] {
  return userClauses;
}

export function principleChecklist(_doc: DocumentModel, _context: DocumentContext): PrincipleChecklist | undefined {
  return undefined;
}
