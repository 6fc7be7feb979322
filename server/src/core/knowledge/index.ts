// The knowledge base as one queryable set: the instruments, their provisions, terms and clauses.
// Everything here is data with sources and dates (see types.ts).

export * from './types';
export { INSTRUMENTS, IP_COMPLETION_DAY, instrumentInfo, shortName, type InstrumentInfo } from './instruments';
export { PROVISIONS, getProvision, provisionByKey, provisionsOf, counterpartsOf, provisionLabel, provisionWord } from './lookup';
export { applicabilityNotes, counterpartLinks, provisionLink, longDate } from './applicability';
export { TERMS, getTerm, termMatchesAt, type TermMatch } from './terms';
export { builtinClauses, clauseLibrary, clauseSnippets, escapeSnippetText, getClause, snippetToText, type SnippetEntry } from './clauses';
