// How a document names the instruments that could govern it, for reading the governing law from the
// text. A statutory instrument whose title contains another instrument's name ("The Procurement Act
// 2023 (Commencement No. 3 …) Regulations 2024") is that SI, not a citation of the Act.

import { MISSPELT_TITLES } from '../knowledge/citationTitles';
import type { Regime } from '../types';

export interface InstrumentName {
  regime: Regime;
  pattern: RegExp;
}

/** Not the name of an SI made under the instrument: "… 2023 (Commencement No. 3) Regulations 2024". */
const NOT_AN_SI_TITLE = String.raw`(?!\s*\([^()\n]{1,160}\)\s*(?:\(\w+\)\s*)?(?:Regulations|Order|Rules)\b)`;

const names = (regime: Regime, source: string, flags = 'g'): InstrumentName => ({ regime, pattern: new RegExp(source, flags) });

export const INSTRUMENT_NAMES: readonly InstrumentName[] = [
  names('pcsr-2015', String.raw`Public Contracts? \(Scotland\) Regulations 2015|\bPC\(S\)R\b|\bPCSR(?: 2015)?\b|\bSSI 2015\/446\b`, 'gi'),
  names('psr-2023', String.raw`Health Care Services \(Provider Selection Regime\) Regulations 2023|(?:NHS )?Provider Selection Regime|\bPSR 2023\b|\bthe PSR\b|\bSI 2023\/1348\b`, 'g'),
  names('pa-2023', String.raw`Procurement Act 2023${NOT_AN_SI_TITLE}|\bPA ?2023\b|\bPA23\b|Procurement Regulations 2024|\bSI 2024\/692\b`, 'g'),
  names('pcr-2015', String.raw`(?<!\(Scotland\) )Public Contracts Regulations 2015${NOT_AN_SI_TITLE}|\bPCR ?2015\b|\bPCR15\b|\bthe PCR\b|\bS\.?I\.? 2015\/102\b`, 'g'),
  names('directive-2014-24', String.raw`Directive 2014\/24(?:\/EU)?`, 'g'),
  // A misspelt title still says which instrument the drafter means ("Public Contract Regulations
  // 2015"); without this, correcting the title would change the inferred regime under the drafter.
  ...MISSPELT_TITLES.map((t) => names(t.instrument, t.wrong)),
];

/** One cheap test before the patterns above. */
export const ANY_INSTRUMENT = /Public Contract|Public Procurement|PC\(S\)R|PCSR|PCR|Procurement Act|PA ?20|PA23|Procurement Regulations|Directive 2014\/24|Provider Selection|PSR|SSI 2015|SI 2015|SI 2023|SI 2024/i;

export interface NameMatch {
  regime: Regime;
  from: number;
  to: number;
}

/** Enough names to read a passage's governing law; a 10 MB line of citations needs no more. */
const MAX_NAMES = 500;

/** Instrument names in `text`, earliest first, without overlaps (the first pattern wins), at most MAX_NAMES. */
export function instrumentNamesIn(text: string): NameMatch[] {
  if (!ANY_INSTRUMENT.test(text)) return [];
  let found: NameMatch[] = [];
  for (const { regime, pattern } of INSTRUMENT_NAMES) {
    const mine: NameMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m && mine.length < MAX_NAMES; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else mine.push({ regime, from: m.index, to: m.index + m[0].length });
    }
    if (mine.length === 0) continue;
    // Both lists are sorted and free of overlaps: one merge pass keeps the earlier patterns' names.
    const merged: NameMatch[] = [];
    let i = 0;
    for (const n of mine) {
      while (i < found.length && found[i].to <= n.from) merged.push(found[i++]);
      const clash = (i < found.length && found[i].from < n.to) || (merged.length > 0 && merged[merged.length - 1].to > n.from);
      if (!clash) merged.push(n);
    }
    while (i < found.length) merged.push(found[i++]);
    found = merged.length > MAX_NAMES ? merged.slice(0, MAX_NAMES) : merged;
  }
  return found;
}

/** Light Touch Regime named as such (PCR regs 74–76; PCSR regs 75–77). */
export const LIGHT_TOUCH = /\blight[- ]touch(?: regime)?\b|\bLTR\b/i;
