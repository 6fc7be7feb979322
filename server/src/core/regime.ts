// Which law governs a document, and from when: front matter and settings first, then the document's
// own citations, then its date (the Procurement Act 2023 applies to procurements started on or after
// 24 February 2025 in England, Wales and Northern Ireland), then the configured default.

import { MISSPELT_TITLES } from './knowledge/citationTitles';
import type { DocumentModel } from './model';
import type { Settings } from './settings';
import type { DocumentContext, Regime } from './types';

/** Procurement Act 2023 go-live (SI 2024/716 reg 5 as amended by SI 2024/959). */
export const PA_2023_GO_LIVE = '2025-02-24';

const INSTRUMENT_MENTIONS: Array<{ regime: Regime; pattern: RegExp }> = [
  { regime: 'pcsr-2015', pattern: /Public Contracts \(Scotland\) Regulations 2015|\bPC\(S\)R\b|\bPCSR(?: 2015)?\b/g },
  { regime: 'pa-2023', pattern: /Procurement Act 2023|\bPA 2023\b/g },
  { regime: 'pcr-2015', pattern: /(?<!\(Scotland\) )Public Contracts Regulations 2015|\bPCR 2015\b|\bPCR15\b/g },
  { regime: 'directive-2014-24', pattern: /Directive 2014\/24(?:\/EU)?/g },
  // A misspelt title still says which instrument the drafter means ("Public Contract Regulations
  // 2015"); without this, correcting the title would change the inferred regime under the drafter.
  ...MISSPELT_TITLES.map((t) => ({ regime: t.instrument, pattern: new RegExp(t.wrong, 'g') })),
];

const ANY_MENTION = /Public Contract|Public Procurement|PC\(S\)R|PCSR|PCR|Procurement Act 20|PA 2023|Directive 2014\/24/;

/** Counts how often each instrument is named in the prose. */
export function countInstrumentMentions(doc: DocumentModel): Map<Regime, number> {
  const counts = new Map<Regime, number>();
  for (const passage of doc.passages) {
    // Cheap pre-filter: one test for the literal core of every pattern above.
    if (!ANY_MENTION.test(passage.text)) continue;
    for (const { regime, pattern } of INSTRUMENT_MENTIONS) {
      pattern.lastIndex = 0;
      const n = passage.text.match(pattern)?.length ?? 0;
      if (n > 0) counts.set(regime, (counts.get(regime) ?? 0) + n);
    }
  }
  return counts;
}

export function inferRegimeFromCitations(doc: DocumentModel): Regime | undefined {
  const counts = countInstrumentMentions(doc);
  // A Scottish document names the Scottish Regulations; other instruments appear as comparisons.
  if ((counts.get('pcsr-2015') ?? 0) > 0) return 'pcsr-2015';
  const pa = counts.get('pa-2023') ?? 0;
  const pcr = counts.get('pcr-2015') ?? 0;
  if (pa > pcr) return 'pa-2023';
  if (pcr > pa) return 'pcr-2015';
  if (pa === 0 && (counts.get('directive-2014-24') ?? 0) > 0) return 'directive-2014-24';
  return undefined;
}

export function regimeForDate(date: string): Regime {
  return date >= PA_2023_GO_LIVE ? 'pa-2023' : 'pcr-2015';
}

/**
 * `settings` is the merged result of every layer; `regimeFromFrontMatter` says whether the forced
 * regime came from the document itself (shown to the drafter as its source).
 */
export function resolveContext(doc: DocumentModel, settings: Settings, today: string, regimeFromFrontMatter: boolean): DocumentContext {
  const date = settings.date ?? today;
  const base = { date, dateIsExplicit: settings.date !== undefined, kind: settings.kind, lightTouch: settings.lightTouch };
  if (settings.regime) return { ...base, regime: settings.regime, regimeSource: regimeFromFrontMatter ? 'front-matter' : 'config' };
  const cited = inferRegimeFromCitations(doc);
  if (cited) return { ...base, regime: cited, regimeSource: 'citations' };
  if (settings.date) return { ...base, regime: regimeForDate(settings.date), regimeSource: 'date' };
  if (settings.defaultRegime) return { ...base, regime: settings.defaultRegime, regimeSource: 'default' };
  return { ...base, regime: regimeForDate(today), regimeSource: 'date' };
}
