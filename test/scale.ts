// How much work the long property and fuzz tests do. `npm test` runs a small, quick sample so that it
// stays well inside mocha's timeouts on a busy 2-core machine; `npm run test:slow` (TENDER_LINT_SLOW=1,
// also run by CI) runs the large one. An explicit count in the environment wins over both.

export const SLOW = process.env.TENDER_LINT_SLOW === '1';

/** `quick` in `npm test`, `slow` in `npm run test:slow`; `envName` overrides both. */
export function scaled(quick: number, slow: number, envName?: string): number {
  const explicit = envName ? Number(process.env[envName]) : NaN;
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  return SLOW ? slow : quick;
}

/** A timeout for a scaled test: generous for the slow run, mocha's default otherwise. */
export function scaledTimeout(quickMs: number, slowMs: number): number {
  return SLOW ? slowMs : quickMs;
}
