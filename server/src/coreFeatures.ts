// Core features the glue uses beyond lint (hover, completion, clause library, principle checklist),
// reached through this one file so the handlers do not care which core module provides them.
// TEMPORARY part: principleChecklist, until rules/principles/checklist.ts is committed.

import type { DocumentContext, DocumentModel, Fix } from './core';

export { hoverAt, type Analysis as CoreAnalysis, type HoverResult as CoreHover } from './core/hover';
export { completeAt, type CompletionItem as CoreCompletionItem } from './core/complete';
export { clauseLibrary } from './core/knowledge';

export interface PrincipleChecklist {
  provision: string;
  required: Array<{ id: string; name: string }>;
  stated: string[];
  missing: string[];
  anchor: { start: number; end: number };
  fix?: Fix;
}

export function principleChecklist(_doc: DocumentModel, _context: DocumentContext): PrincipleChecklist | undefined {
  return undefined;
}
