// Editor settings (the "tenderLint" section) → the flags the server acts on plus a core SettingsLayer.
// Raw values are untrusted: nothing here throws; invalid values fall back to defaults and are reported
// as problems that name the setting, which the server shows once per settings change.

import { normalizeSettings, ruleIds, type ConfigProblem, type SettingsLayer } from './core';

export type RunMode = 'onType' | 'onSave';

export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  lintWorkspace: boolean;
  /** Passed to the core below the document's front matter. */
  layer: SettingsLayer;
  problems: ConfigProblem[];
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { enable: true, run: 'onType', lintWorkspace: false, layer: {}, problems: [] };

const SOURCE = 'Settings';
const RUN_MODES: readonly string[] = ['onType', 'onSave'];
/** Values meaning "no default regime: infer it from the document and its date". */
const AUTO_REGIME: readonly unknown[] = [undefined, null, '', 'auto'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normalizeEditorSettings(raw: unknown): EditorSettings {
  if (raw === undefined || raw === null) return { ...DEFAULT_EDITOR_SETTINGS, problems: [] };
  const problems: ConfigProblem[] = [];
  if (!isObject(raw)) {
    problems.push({ source: SOURCE, message: `Settings: "tenderLint" must be an object of settings; using defaults.` });
    return { ...DEFAULT_EDITOR_SETTINGS, problems };
  }
  const flag = (key: 'enable' | 'lintWorkspace'): boolean => {
    const v = raw[key];
    if (v === undefined || v === null) return DEFAULT_EDITOR_SETTINGS[key];
    if (typeof v === 'boolean') return v;
    problems.push({ source: SOURCE, key: `tenderLint.${key}`, message: `Settings: "tenderLint.${key}" must be true or false, not ${JSON.stringify(v)}; using ${DEFAULT_EDITOR_SETTINGS[key]}.` });
    return DEFAULT_EDITOR_SETTINGS[key];
  };
  const enable = flag('enable');
  const lintWorkspace = flag('lintWorkspace');

  let run: RunMode = DEFAULT_EDITOR_SETTINGS.run;
  if (typeof raw.run === 'string' && RUN_MODES.includes(raw.run)) run = raw.run as RunMode;
  else if (raw.run !== undefined && raw.run !== null) {
    problems.push({ source: SOURCE, key: 'tenderLint.run', message: `Settings: "tenderLint.run" must be "onType" or "onSave", not ${JSON.stringify(raw.run)}; using "onType".` });
  }

  // The core validates what it owns (regime ids, rule ids and levels) with the same messages as the
  // config file and the front matter; only the message prefix names the editor setting.
  const forCore: Record<string, unknown> = {};
  if (!AUTO_REGIME.includes(raw.defaultRegime)) forCore.defaultRegime = raw.defaultRegime;
  if (raw.rules !== undefined && raw.rules !== null) forCore.rules = raw.rules;
  const core = normalizeSettings(forCore, SOURCE, ruleIds);
  for (const p of core.problems) {
    const message = p.key?.startsWith('rules.')
      ? p.message.replace(/^Settings: /, 'Settings: in "tenderLint.rules", ')
      : p.message.replace(/"(defaultRegime|rules)"/, '"tenderLint.$1"');
    problems.push({ ...p, key: p.key && `tenderLint.${p.key}`, message });
  }
  return { enable, run, lintWorkspace, layer: core.settings, problems };
}
