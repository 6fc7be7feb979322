// One settings contract for every layer (config file, editor settings, front matter). Raw values are
// untrusted data: normalizeSettings never throws, keeps what is valid and reports the rest once.

import { DOCUMENT_KINDS, REGIMES, type ConfigProblem, type DocumentKind, type Regime, type RuleLevel } from './types';

export interface UserTerm {
  term: string;
  definition: string;
  source?: string;
}

export interface UserClause {
  id: string;
  title: string;
  body: string;
}

export interface Settings {
  /** Forces the regime; otherwise it is inferred. */
  regime?: Regime;
  /** The regime to assume when neither the document nor its date decides. */
  defaultRegime?: Regime;
  /** ISO date the procurement starts. */
  date?: string;
  kind?: DocumentKind;
  lightTouch?: boolean;
  /** Per-rule level; a missing rule uses its default severity. */
  rules: Record<string, RuleLevel>;
  terms: UserTerm[];
  clauses: UserClause[];
  /** Globs (gitignore syntax, relative to the config file) of files the CLI does not check. */
  ignores?: string[];
}

export type SettingsLayer = Partial<Settings>;

export interface Normalized {
  settings: SettingsLayer;
  problems: ConfigProblem[];
}

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts camelCase and kebab-case keys alike ("lightTouch", "light-touch"). */
function canonicalKey(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** `quoteValues: false` (config files) names the key and the problem but never repeats a value. */
export function normalizeSettings(raw: unknown, source: string, knownRules: readonly string[], quoteValues = true): Normalized {
  const describe = quoteValues ? describeValue : describeType;
  const problems: ConfigProblem[] = [];
  const settings: SettingsLayer = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isObject(raw)) {
    problems.push({ source, message: `${source}: expected an object of settings, found ${describe(raw)}; using defaults.` });
    return { settings, problems };
  }
  const bad = (key: string, expected: string, value: unknown) =>
    // The setting is then ignored (the README says so); the message keeps to what to write.
    problems.push({ source, key, message: `${source}: "${key}" must be ${expected}, not ${describe(value)}.` });

  for (const [key, value] of Object.entries(raw)) {
    switch (canonicalKey(key)) {
      case 'regime':
      case 'defaultRegime':
        if (typeof value === 'string' && (REGIMES as readonly string[]).includes(value)) settings[canonicalKey(key) as 'regime'] = value as Regime;
        else bad(key, `one of ${REGIMES.join(', ')}`, value);
        break;
      case 'date': {
        const v = value instanceof Date ? value.toISOString().slice(0, 10) : value;
        if (typeof v === 'string' && isIsoDate(v)) settings.date = v;
        else bad(key, 'a date written YYYY-MM-DD', value);
        break;
      }
      case 'kind':
        if (typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value)) settings.kind = value as DocumentKind;
        else bad(key, `one of ${DOCUMENT_KINDS.join(', ')}`, value);
        break;
      case 'lightTouch':
        if (typeof value === 'boolean') settings.lightTouch = value;
        else bad(key, 'true or false', value);
        break;
      case 'rules':
        settings.rules = normalizeRules(value, source, knownRules, problems, describe);
        break;
      case 'terms':
        settings.terms = normalizeList(value, source, 'terms', ['term', 'definition'], problems, describe) as unknown as UserTerm[];
        break;
      case 'clauses':
        settings.clauses = normalizeList(value, source, 'clauses', ['id', 'title', 'body'], problems, describe) as unknown as UserClause[];
        break;
      case 'ignores':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0)) settings.ignores = value as string[];
        else bad(key, 'a list of file globs such as "drafts/**"', value);
        break;
      default:
        problems.push({ source, key, message: `${source}: unknown setting "${key}"; ignored.` });
    }
  }
  return { settings, problems };
}

function normalizeRules(value: unknown, source: string, knownRules: readonly string[], problems: ConfigProblem[], describe = describeValue): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  if (!isObject(value)) {
    problems.push({ source, key: 'rules', message: `${source}: "rules" must map rule ids to a level, not ${describe(value)}; ignored.` });
    return rules;
  }
  for (const [id, level] of Object.entries(value)) {
    if (!knownRules.includes(id)) {
      problems.push({ source, key: `rules.${id}`, message: `${source}: unknown rule "${id}" (known: ${knownRules.join(', ')}); ignored.` });
      continue;
    }
    const v = level === false ? 'off' : level;
    if (typeof v === 'string' && LEVELS.includes(v)) rules[id] = v as RuleLevel;
    else if (v === true) continue; // "on": keep the rule's default severity
    else problems.push({ source, key: `rules.${id}`, message: `${source}: rule "${id}" must be one of ${LEVELS.join(', ')}, not ${describe(level)}; ignored.` });
  }
  return rules;
}

function normalizeList(value: unknown, source: string, key: string, fields: string[], problems: ConfigProblem[], describe = describeValue): Array<Record<string, string>> {
  if (!Array.isArray(value)) {
    problems.push({ source, key, message: `${source}: "${key}" must be a list, not ${describe(value)}; ignored.` });
    return [];
  }
  const out: Array<Record<string, string>> = [];
  value.forEach((entry, i) => {
    if (isObject(entry) && fields.every((f) => typeof entry[f] === 'string' && (entry[f] as string).length > 0)) {
      const kept: Record<string, string> = {};
      for (const [k, v] of Object.entries(entry)) if (typeof v === 'string') kept[k] = v;
      out.push(kept);
    } else {
      problems.push({ source, key: `${key}[${i}]`, message: `${source}: ${key}[${i}] needs the text fields ${fields.join(', ')}; ignored.` });
    }
  });
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'this text';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return 'this number';
  return `a ${typeof value}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Later layers win; rule levels merge key by key; user terms and clauses accumulate. */
export function mergeSettings(layers: SettingsLayer[]): Settings {
  const merged: Settings = { rules: {}, terms: [], clauses: [] };
  for (const layer of layers) {
    for (const key of ['regime', 'defaultRegime', 'date', 'kind', 'lightTouch'] as const) {
      if (layer[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = layer[key];
    }
    if (layer.rules) Object.assign(merged.rules, layer.rules);
    if (layer.terms) merged.terms.push(...layer.terms);
    if (layer.clauses) merged.clauses.push(...layer.clauses);
  }
  return merged;
}
