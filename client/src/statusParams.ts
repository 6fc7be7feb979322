// The `tenderLint/status` notification as the client reads it (the server side is server/src/status.ts).

export interface StatusParams {
  uri: string;
  regime: string;
  regimeSource: string;
  date: string;
  dateIsExplicit: boolean;
  regimeConfidence?: string;
  dateSource?: string;
  jurisdiction?: string;
  lightTouch?: boolean;
  kind?: string;
  kindSource?: 'settings' | 'text';
  evidence?: Array<{ line: number; field: string; value: string; reason: string; negated?: boolean }>;
  conflicts?: string[];
}

export const REGIME_LABELS: Record<string, string> = {
  'pcr-2015': 'PCR 2015',
  'pa-2023': 'PA 2023',
  'pcsr-2015': 'PCSR 2015',
  'directive-2014-24': 'Directive 2014/24/EU',
  'psr-2023': 'Provider Selection Regime',
};

