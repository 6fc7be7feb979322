// Command-line arguments of `tender-lint`. Parsing never exits the process; main.ts decides.

import { REGIMES, isIsoDate, type Regime } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  format: OutputFormat;
  regime?: Regime;
  date?: string;
  config?: string;
  fix: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
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
  --quiet                     Report errors only
  -h, --help                  Show this help
  -v, --version               Show the version

Directories are searched for .md and .markdown files (node_modules and dot-folders are skipped).
Exit codes: 0 no errors, 1 error-severity findings, 2 usage or file errors.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { format: 'text', fix: false, quiet: false, help: false, version: false, patterns: [] };
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
      case '--quiet':
        options.quiet = true;
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
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
        options.patterns.push(argv[i]);
    }
  }
  if (!options.help && !options.version && options.patterns.length === 0) throw new UsageError('Name at least one file, directory or glob.');
  return options;
}
