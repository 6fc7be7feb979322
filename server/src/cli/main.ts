// Entry point of the `tender-lint` command (bundled to dist/cli.js).

import { parseArgs, UsageError, USAGE } from './args';
import { runCli } from './run';

declare const TENDER_LINT_VERSION: string | undefined;
const version = typeof TENDER_LINT_VERSION === 'string' ? TENDER_LINT_VERSION : '0.0.0-dev';

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tender-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const result = runCli(options, version);
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  for (const line of result.stderr) process.stderr.write(`${line}\n`);
  return result.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`tender-lint: internal error: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 2;
}
