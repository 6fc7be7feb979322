// `.tender-lint.json` / `.tender-lint.yaml`: read as data only (JSON.parse or YAML), never executed.

import { parseDocument } from 'yaml';
import { normalizeSettings, type Normalized } from './settings';

export const CONFIG_FILE_NAMES = ['.tender-lint.json', '.tender-lint.yaml', '.tender-lint.yml'] as const;
/**
 * A config file larger than this is refused: it is a settings file, not a corpus (a few hundred terms
 * and clauses fit easily). The bound also bounds YAML's parse time.
 */
export const MAX_CONFIG_CHARS = 256 * 1024;

export function parseConfigText(text: string, fileName: string, knownRules: readonly string[]): Normalized {
  if (text.length > MAX_CONFIG_CHARS) {
    return { settings: {}, problems: [{ source: fileName, message: `${fileName}: the file is larger than ${MAX_CONFIG_CHARS} characters; using defaults.` }] };
  }
  let raw: unknown;
  try {
    if (/\.json$/i.test(fileName)) {
      try {
        raw = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (e) {
        // V8 quotes the text around a syntax error; a config file may be a symlink to a secret.
        const at = /line (\d+) column (\d+)/.exec((e as Error).message);
        throw new Error(`not valid JSON${at ? ` at line ${at[1]}, column ${at[2]}` : ''}`);
      }
    } else {
      // uniqueKeys off: its duplicate check is quadratic in the number of keys; the last value wins, as in JSON.
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
      // The code and position only: a YAML message can quote the text (an alias or tag name).
      if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const at = error.linePos?.[0];
        throw new Error(`not valid YAML: ${error.code.toLowerCase().replace(/_/g, ' ')}${at ? ` at line ${at.line}, column ${at.col}` : ''}`);
      }
      raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
  } catch (e) {
    return {
      settings: {},
      problems: [{ source: fileName, message: `${fileName}: could not be read (${(e as Error).message}); using defaults.` }],
    };
  }
  // Values are not quoted back: the file may not be the user's (a symlink to /etc/passwd).
  return normalizeSettings(raw, fileName, knownRules, false);
}
