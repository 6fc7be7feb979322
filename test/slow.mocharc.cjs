// `npm run test:slow`: the long property and fuzz tests at full size (see test/scale.ts). Kept out of
// `npm test` so that a busy machine never runs a test near its timeout; CI runs both.
process.env.TENDER_LINT_SLOW = '1';

module.exports = {
  spec: ['test/unit/fuzz.test.ts', 'test/unit/chunked-parse.test.ts', 'test/unit/incremental-parse.test.ts'],
  require: ['tsx/cjs'],
  extension: ['ts'],
  timeout: 1_800_000,
  reporter: 'spec',
};
