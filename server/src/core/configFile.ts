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
      raw = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
    } else {
      // uniqueKeys off: its duplicate check is quadratic in the number of keys; the last value wins, as in JSON.
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
      if (doc.errors.length > 0) throw new Error(doc.errors[0].message.split('\n')[0]);
      raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
  } catch (e) {
    return {
      settings: {},
      problems: [{ source: fileName, message: `${fileName}: could not be read (${(e as Error).message}); using defaults.` }],
    };
  }
  return normalizeSettings(raw, fileName, knownRules);
}
