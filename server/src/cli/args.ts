// Command-line arguments of `tender-lint`. Parsing never exits the process; main.ts decides.

import { REGIMES, isIsoDate, type Regime } from '../core';
import { parseBytes } from '../node/readBounded';
import { closest } from './didYouMean';

/** Files larger than this are refused with a message rather than linted (raise it with --max-file-size). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  format: OutputFormat;
  regime?: Regime;
  date?: string;
  config?: string;
  fix: boolean;
  /** Print the fixes as a unified diff and change nothing. */
  fixDryRun: boolean;
  /** Report a config file that cannot be used as a warning (exit code unchanged) instead of an error. */
  configErrorsAreWarnings: boolean;
  quiet: boolean;
  /** Print what was read about the governing law of each file, with its evidence. */
  printContext: boolean;
  /** Refuse files larger than this many bytes. */
  maxFileBytes: number;
  /** Read the document from standard input (`--stdin`, or `-` / `/dev/stdin` as a file). */
  stdin: boolean;
  /** The name standard input is reported (and its config looked up) under. */
  stdinFilename?: string;
  /** Globs of files not to check, added to .tender-lintignore. */
  ignore: string[];
  help: boolean;
  version: boolean;
  /** The folder of the rule pages (docs/rules beside the installed CLI); set by main.ts, not an option. */
  docsDir?: string;
  patterns: string[];
}

export const USAGE = `Usage: tender-lint [options] <files | directories | globs>

Checks procurement documents written in Markdown (tenders, specifications, strategies).

Options:
  --format <text|json|sarif>  Output format (default: text)
  --regime <regime>           Assume this regime: ${REGIMES.join(' | ')}
  --date <YYYY-MM-DD>         The date the procurement starts (decides what law is in force)
  --config <file>             Use this .tender-lint.json/.yaml instead of the nearest one
  --fix                       Apply every certain fix in place, then report what is left
  --fix-dry-run               Print the fixes --fix would make as a unified diff; change nothing
  --no-config-error           A config file with problems is a warning, not exit code 2
  --quiet                     Report errors only
  --print-context             Show the regime, date and jurisdiction read from each file, with the
                              words they came from (JSON: {"findings": [...], "contexts": [...]})
  --ignore <glob>             Do not check files matching this glob (repeatable; also .tender-lintignore)
  --max-file-size <size>      Refuse files larger than this (default 50MB; e.g. 200KB, 100MB)
  --stdin                     Read the document from standard input (so do "-" and /dev/stdin)
  --stdin-filename <name>     The name to report standard input under
  -h, --help                  Show this help
  -v, --version               Show the version

Directories are searched for .md and .markdown files (node_modules and dot-folders are skipped).
Only regular files are read; FIFOs, devices and sockets are named and skipped.
Exit codes: 0 no errors, 1 error-severity findings, 2 usage or file errors.`;

export class UsageError extends Error {}

/** Every option the parser takes, read from the usage text so that the two cannot drift apart. */
const KNOWN_OPTIONS: readonly string[] = [...new Set(USAGE.match(/--[a-z][a-z-]*/g) ?? [])];

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    format: 'text', fix: false, fixDryRun: false, configErrorsAreWarnings: false, quiet: false, printContext: false, maxFileBytes: DEFAULT_MAX_FILE_BYTES, stdin: false, ignore: [], help: false, version: false, patterns: [],
  };
  const takeValue = (i: number, name: string): string => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = (name: string) => {
      if (inline !== undefined) return inline;
      const v = takeValue(i, name);
      i++;
      return v;
    };
    switch (arg) {
      case '--format': {
        const v = value(arg);
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}".`);
        options.format = v;
        break;
      }
      case '--regime': {
        const v = value(arg);
        if (!(REGIMES as readonly string[]).includes(v)) throw new UsageError(`--regime must be one of ${REGIMES.join(', ')}, not "${v}".`);
        options.regime = v as Regime;
        break;
      }
      case '--date': {
        const v = value(arg);
        if (!isIsoDate(v)) throw new UsageError(`--date must be a date written YYYY-MM-DD, not "${v}".`);
        options.date = v;
        break;
      }
      case '--config':
        options.config = value(arg);
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--fix-dry-run':
        options.fixDryRun = true;
        break;
      case '--no-config-error':
        options.configErrorsAreWarnings = true;
        break;
      case '--ignore':
        options.ignore.push(value(arg));
        break;
      case '--max-file-size': {
        const v = value(arg);
        const bytes = parseBytes(v);
        if (bytes === undefined) throw new UsageError(`--max-file-size must be a size such as 50MB, 200KB or 1000000, not "${v}".`);
        options.maxFileBytes = bytes;
        break;
      }
      case '--stdin':
        options.stdin = true;
        break;
      case '--stdin-filename':
        options.stdinFilename = value(arg);
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--print-context':
        options.printContext = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      case '--':
        options.patterns.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') {
          const guess = closest(arg, KNOWN_OPTIONS);
          throw new UsageError(`Unknown option ${arg}.${guess ? ` Did you mean ${guess}?` : ''}`);
        }
        if (arg === '-' || arg === '/dev/stdin') options.stdin = true;
        else options.patterns.push(argv[i]);
    }
  }
  if (options.help || options.version) return options;
  if (options.fix && options.fixDryRun) throw new UsageError('Use --fix or --fix-dry-run, not both.');
  if (options.fixDryRun && options.format !== 'text') throw new UsageError('--fix-dry-run prints a diff; use it without --format json or sarif.');
  if (options.stdin && options.fix) throw new UsageError('--fix cannot write to standard input; name the file instead.');
  if (options.stdin && options.patterns.length > 0) throw new UsageError('Read either standard input or files, not both.');
  if (!options.stdin && options.patterns.length === 0) throw new UsageError('Name at least one file, directory or glob.');
  return options;
}
