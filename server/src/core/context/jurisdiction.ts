// Words that place a document in one of the UK's procurement jurisdictions. Scotland matters most: its
// devolved authorities stay under the Public Contracts (Scotland) Regulations 2015 whatever the date.
// Welsh and Northern Irish cues are recorded for the status tooltip; the law there follows PCR 2015
// and then the Procurement Act 2023, as in England.

import { NEGATION } from '../sentences';
import type { Evidence, Jurisdiction, RelativeEvidence } from './types';

interface Cue {
  jurisdiction: Jurisdiction;
  pattern: RegExp;
  /** Strong cues name the jurisdiction's own procurement law or portal. */
  strong: boolean;
}

const CUES: readonly Cue[] = [
  { jurisdiction: 'Scotland', pattern: /Public Contracts? \(Scotland\) Regulations|Procurement Reform \(Scotland\) Act|Public Contracts Scotland|\bPCS(?:-Tender)?\b|\bSPPN\b|Scottish Procurement Policy Note|\bPC\(S\)R\b|\bPCSR\b/, strong: true },
  { jurisdiction: 'Scotland', pattern: /\bScottish (?:Government|Ministers|public bodies|public sector)\b|\bgov\.scot\b/, strong: false },
  { jurisdiction: 'Wales', pattern: /Sell2Wales|Procurement \(Wales\) Regulations|Wales Procurement Policy Statement|\bWPPS\b|Social Partnership and Public Procurement \(Wales\) Act|Well-being of Future Generations \(Wales\) Act/, strong: true },
  { jurisdiction: 'Wales', pattern: /\bWelsh (?:Government|Ministers|contracting authorit(?:y|ies)|public bodies)\b|\bgov\.wales\b|\bin Wales\b/, strong: false },
  { jurisdiction: 'Northern Ireland', pattern: /eTendersNI|Construction and Procurement Delivery|Northern Ireland Public Procurement Policy|\bNIPPP\b|Procurement Guidance Note/, strong: true },
  { jurisdiction: 'Northern Ireland', pattern: /\bNorthern Ireland (?:Executive|departments?|public bodies)\b|\bfinance-ni\.gov\.uk\b|\bin Northern Ireland\b/, strong: false },
];

const ANY = /Scot|Wales|Welsh|\bPC\(S\)R|PCSR|\bPCS\b|SPPN|Northern Ireland|eTendersNI|Construction and Procurement|NIPPP|Procurement Guidance Note|finance-ni/;

/** The jurisdiction cues in one passage's text. */
export function readJurisdiction(text: string): RelativeEvidence[] {
  if (!ANY.test(text)) return [];
  const out: RelativeEvidence[] = [];
  for (const cue of CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    // "does not apply in Scotland" names Scotland to leave it out.
    const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
    if (NEGATION.test(around) && /\b(?:apply|applies|extend|extends)\b/.test(around)) continue;
    out.push({ field: 'jurisdiction', value: cue.jurisdiction, reason: cue.strong ? `names ${m[0]}` : `mentions ${m[0]}`, from: m.index, to: m.index + m[0].length, confidence: cue.strong ? 'medium' : 'low' });
  }
  return out;
}

/** The jurisdiction with the most weight (strong cues count three times), if any cue was found. */
export function pickJurisdiction(evidence: readonly Evidence[]): Evidence | undefined {
  const weight = new Map<string, number>();
  for (const e of evidence) weight.set(e.value, (weight.get(e.value) ?? 0) + (e.confidence === 'medium' ? 3 : 1));
  let best: string | undefined;
  for (const [j, w] of weight) if (best === undefined || w > weight.get(best)!) best = j;
  return best === undefined ? undefined : evidence.find((e) => e.value === best && e.confidence === 'medium') ?? evidence.find((e) => e.value === best);
}
