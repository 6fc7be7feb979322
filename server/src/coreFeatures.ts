// Core features the glue uses beyond lint (hover, completion, clause library, principle checklist),
// reached through this one file so the handlers do not care which core module provides them.

export { hoverAt, type Analysis as CoreAnalysis, type HoverResult as CoreHover } from './core/hover';
export { completeAt, type CompletionItem as CoreCompletionItem } from './core/complete';
export { clauseLibrary } from './core/knowledge';
export { principleChecklist, type PrincipleChecklist } from './core';
