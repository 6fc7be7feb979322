// The procurement context step: before any rule runs, decide which law governs the document, when
// its procurement began and where, each with the words it came from. Strongest evidence first:
// front matter and config; a sentence or header field saying which law governs; Scottish cues; the
// date the document gives (the Procurement Act 2023 governs procurements begun on or after
// 24 February 2025 in England, Wales and Northern Ireland); instruments cited; the configured
// default; today's date.

import type { DocumentModel, Passage } from '../model';
import type { Settings } from '../settings';
import type { DocumentContext, Regime, RegimeSource } from '../types';
import { fieldEvidence } from './fields';
import { kindEvidence } from './kind';
import { pickJurisdiction } from './jurisdiction';
import { placed, readPassage, type PassageReading } from './reading';
import type { Evidence } from './types';

/** Procurement Act 2023 go-live (SI 2024/716 reg 5 as amended by SI 2024/959). */
export const PA_2023_GO_LIVE = '2025-02-24';

export function regimeForDate(date: string): Regime {
  return date >= PA_2023_GO_LIVE ? 'pa-2023' : 'pcr-2015';
}

export interface ContextInputs {
  settings: Settings;
  today: string;
  /** The forced regime / date came from the document's own front matter (shown as the source). */
  regimeFromFrontMatter: boolean;
  dateFromFrontMatter: boolean;
  /** Where per-passage readings are kept between lints (LintCache.reading); computed afresh without one. */
  read?: (passage: Passage, compute: (p: Passage) => PassageReading) => PassageReading;
}

const NAMES: Record<Regime, string> = {
  'pcr-2015': 'PCR 2015',
  'pa-2023': 'the Procurement Act 2023',
  'pcsr-2015': 'PCSR 2015',
  'directive-2014-24': 'Directive 2014/24/EU',
  'psr-2023': 'the Provider Selection Regime',
};

export function resolveContext(doc: DocumentModel, inputs: ContextInputs): DocumentContext {
  const { settings, today } = inputs;
  const read = inputs.read ?? ((p, compute) => compute(p));
  const evidence: Evidence[] = fieldEvidence(doc);
  const citations = new Map<string, number>();
  let bound: Evidence | undefined;
  for (const passage of doc.passages) {
    const r = read(passage, readPassage);
    for (const e of r.evidence) evidence.push(placed(passage, e));
    for (const [regime, n] of r.citations) citations.set(regime, (citations.get(regime) ?? 0) + n);
    if (r.latestPast && (!bound || r.latestPast.value > bound.value)) bound = placed(passage, r.latestPast);
  }
  if (bound) evidence.push(bound);
  const kindRead = kindEvidence(doc);
  if (kindRead) evidence.push(kindRead);
  evidence.sort((a, b) => a.start - b.start);
  const conflicts: string[] = [];

  const dateEvidence = pickDate(evidence);
  const date = settings.date ?? dateEvidence?.value ?? today;
  const dateSource: DocumentContext['dateSource'] = settings.date ? (inputs.dateFromFrontMatter ? 'front-matter' : 'config') : dateEvidence ? 'text' : 'today';
  if (settings.date && dateEvidence && regimeForDate(settings.date) !== regimeForDate(dateEvidence.value))
    conflicts.push(`the text gives ${dateEvidence.value} (${dateEvidence.reason}), the settings ${settings.date}`);

  const jurisdictionPick = pickJurisdiction(evidence.filter((e) => e.field === 'jurisdiction'));
  const governing = evidence.filter((e) => e.field === 'regime' && !e.negated);
  const denied = new Set(evidence.filter((e) => e.field === 'regime' && e.negated).map((e) => e.value as Regime));
  const lightTouch = settings.lightTouch ?? (evidence.some((e) => e.field === 'lightTouch') ? true : undefined);
  const base = {
    date,
    dateIsExplicit: dateSource !== 'today',
    dateSource,
    kind: settings.kind ?? (kindRead?.value as DocumentContext['kind']),
    kindSource: settings.kind ? ('settings' as const) : kindRead ? ('text' as const) : undefined,
    lightTouch,
    evidence,
    conflicts,
    ...(jurisdictionPick ? { jurisdiction: jurisdictionPick.value as DocumentContext['jurisdiction'] } : {}),
  };
  const decided = (regime: Regime, regimeSource: RegimeSource, regimeConfidence: DocumentContext['regimeConfidence']): DocumentContext => ({ ...base, regime, regimeSource, regimeConfidence });

  if (settings.regime) {
    const other = governing.find((e) => e.value !== settings.regime);
    if (other) conflicts.push(`the text says ${NAMES[other.value as Regime]} governs (${other.reason})`);
    return decided(settings.regime, inputs.regimeFromFrontMatter ? 'front-matter' : 'config', 'certain');
  }
  const stated = mostStated(governing);
  if (stated) return decided(stated, 'text', 'certain');
  if (jurisdictionPick?.value === 'Scotland' && jurisdictionPick.confidence === 'medium' && !denied.has('pcsr-2015')) return decided('pcsr-2015', 'text', 'likely');
  // A bound decides only on its side of go-live: begun before a deadline that precedes it, or
  // written after a past event that follows it.
  const decisive = !dateEvidence?.bound || (dateEvidence.bound === 'before' ? date < PA_2023_GO_LIVE : date >= PA_2023_GO_LIVE);
  if (dateSource !== 'today' && (settings.date !== undefined || decisive)) {
    const byDate = regimeForDate(date);
    if (!denied.has(byDate)) return decided(byDate, 'date', 'likely');
  }
  const cited = mostCited(citations, denied);
  if (cited) return decided(cited, 'citations', 'guess');
  if (settings.defaultRegime) return decided(settings.defaultRegime, 'default', 'guess');
  // A date that decided nothing (a bound on the wrong side of go-live) does not decide here either.
  const byToday = regimeForDate(decisive ? date : today);
  return decided(denied.has(byToday) ? (byToday === 'pa-2023' ? 'pcr-2015' : 'pa-2023') : byToday, 'date', 'guess');
}

/**
 * The start date: a sentence saying so, else the earliest header or timetable date, else the latest
 * past event (the text is no older), else the earliest deadline (the procurement began before it).
 */
function pickDate(evidence: readonly Evidence[]): Evidence | undefined {
  const dates = evidence.filter((e) => e.field === 'date');
  for (const level of ['high', 'medium'] as const) {
    // "February 2025" beside "28 February 2025" says no more than the day does.
    const days = new Set(dates.filter((e) => !e.monthOnly).map((e) => e.value.slice(0, 7)));
    const at = dates.filter((e) => e.confidence === level && !(e.monthOnly && days.has(e.value.slice(0, 7))));
    if (at.length > 0) return at.reduce((a, b) => (b.value < a.value ? b : a));
  }
  const after = dates.find((e) => e.bound === 'after');
  if (after) return after;
  const before = dates.filter((e) => e.bound === 'before');
  return before.length > 0 ? before.reduce((a, b) => (b.value < a.value ? b : a)) : undefined;
}

function mostStated(governing: readonly Evidence[]): Regime | undefined {
  const counts = new Map<Regime, number>();
  for (const e of governing) counts.set(e.value as Regime, (counts.get(e.value as Regime) ?? 0) + 1);
  let best: Regime | undefined;
  for (const [r, n] of counts) if (best === undefined || n > counts.get(best)!) best = r;
  return best;
}

function mostCited(citations: ReadonlyMap<string, number>, denied: ReadonlySet<Regime>): Regime | undefined {
  const n = (r: Regime) => (denied.has(r) ? 0 : citations.get(r) ?? 0);
  // A Scottish document names the Scottish Regulations; other instruments appear as comparisons.
  if (n('pcsr-2015') > 0) return 'pcsr-2015';
  if (n('psr-2023') > Math.max(n('pa-2023'), n('pcr-2015'))) return 'psr-2023';
  if (n('pa-2023') > n('pcr-2015')) return 'pa-2023';
  if (n('pcr-2015') > n('pa-2023')) return 'pcr-2015';
  if (n('pa-2023') === 0 && n('directive-2014-24') > 0) return 'directive-2014-24';
  return undefined;
}
