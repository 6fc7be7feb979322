// Entry point of the `tender-lint` command (bundled to dist/cli.js).

import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, UsageError, USAGE } from './args';
import { runCli } from './run';

declare const TENDER_LINT_VERSION: string | undefined;
const version = typeof TENDER_LINT_VERSION === 'string' ? TENDER_LINT_VERSION : '0.0.0-dev';

/** The exit code the run will have; a closed pipe ends the run with it, quietly. */
let exitCode = 2;

const isClosedPipe = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
};
const quietExit = () => process.exit(exitCode);

// `tender-lint … | head` closes the pipe early: no stack trace, and the exit code of the findings.
process.stdout.on('error', (e) => (isClosedPipe(e) ? quietExit() : undefined));
process.stderr.on('error', (e) => (isClosedPipe(e) ? quietExit() : undefined));

/** Writes all of `text` to a file descriptor, synchronously, so that the exit code follows the output. */
function write(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if (isClosedPipe(e)) quietExit();
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a non-blocking pipe that is full
        continue;
      }
      throw e;
    }
  }
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      exitCode = 2;
      write(2, `tender-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    exitCode = 0;
    write(1, `${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    exitCode = 0;
    write(1, `${version}\n`);
    return 0;
  }
  // dist/cli.js sits beside docs/ in the package; the SARIF links point at the pages installed with it.
  const result = runCli({ ...options, docsDir: resolve(__dirname, '..', 'docs', 'rules') }, version);
  exitCode = result.exitCode;
  if (result.stdout) write(1, `${result.stdout}\n`);
  if (result.stderr.length > 0) write(2, result.stderr.map((line) => `${line}\n`).join(''));
  return result.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (isClosedPipe(e)) quietExit();
  write(2, `tender-lint: internal error: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 2;
}
