// When the period rules may speak: a regime with statutory periods that the document (or its
// settings) makes at least likely, outside light touch, and judged against the law the sentence
// itself is about.

import type { DocumentContext, Regime } from '../../types';

export type PeriodRegime = 'pcr-2015' | 'pcsr-2015' | 'pa-2023';

/** The regime to judge periods against, or undefined when the rules stay quiet. */
export function periodRegime(context: DocumentContext): PeriodRegime | undefined {
  if (context.regimeConfidence === 'guess' || context.lightTouch) return undefined;
  const r = context.regime;
  return r === 'pcr-2015' || r === 'pcsr-2015' || r === 'pa-2023' ? r : undefined;
}

const NAMES: Record<PeriodRegime, RegExp> = {
  'pcr-2015': /\bPublic\s+Contracts\s+Regulations(?:\s+2015)?\b|\bPCR\b/i,
  'pcsr-2015': /\bPublic\s+Contracts\s+\(Scotland\)\s+Regulations|\bPC\(S\)R\b|\bPCSR\b/i,
  'pa-2023': /\bProcurement\s+Act\b|\bPA\s+2023\b/i,
};
const OTHER_LAW = /\bUtilities\s+Contracts|\bConcession\s+Contracts|\bDefence\s+and\s+Security\s+Public\s+Contracts|\bUCR\b|\bCCR\b|\bDSPCR\b|\bDirective\b|\bProvider\s+Selection\s+Regime\b|\bPSR\b/i;

/** The sentence names another instrument than the governing one: it describes that law, not this procurement. */
export function namesOtherLaw(sentence: string, regime: PeriodRegime): boolean {
  if (OTHER_LAW.test(sentence)) return true;
  for (const r of Object.keys(NAMES) as PeriodRegime[]) {
    if (r === regime) continue;
    // "Public Contracts (Scotland) Regulations" also reads as "Public Contracts Regulations" to a loose pattern.
    if (r === 'pcr-2015' && regime === 'pcsr-2015' && NAMES['pcsr-2015'].test(sentence) && !/\bPublic\s+Contracts\s+Regulations/i.test(sentence)) continue;
    if (NAMES[r].test(sentence)) return true;
  }
  return false;
}

export function shortRegime(r: Regime): string {
  return r === 'pcr-2015' ? 'PCR 2015' : r === 'pcsr-2015' ? 'PCSR 2015' : r === 'pa-2023' ? 'the Act' : r;
}
