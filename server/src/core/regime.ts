// Which law governs a document: see context/resolve.ts, which reads it from the document itself.
// Kept as the stable import path for the engine, the CLI and the front ends.

export { PA_2023_GO_LIVE, regimeForDate, resolveContext, type ContextInputs } from './context/resolve';
