// "The negotiated procedure" in a PCR 2015 document: the 2015 Regulations have no procedure of that
// name. A drafter means either the competitive procedure with negotiation (reg 29), which is
// advertised, or the negotiated procedure without prior publication (reg 32), which is not; only the
// drafter knows which, so the finding names both and offers no fix. Utilities, defence and concession
// law do have negotiated procedures, so a sentence that names them is left alone.

import { collectMatches, scanText, type RawMatch } from '../../sentences';
import { assertionAt } from '../../language/assertion';
import { formatProvision, namedProvision } from '../../knowledge/procedures';
import { getProvision } from '../../knowledge/lookup';
import type { DocumentModel, Passage } from '../../model';
import type { DocumentContext, RuleContext } from '../../types';

const BARE_NEGOTIATED = /(?<!competitive\s)\bnegotiated\s+procedures?\b(?!\s+(?:with|without)\b)/gi;
const OTHER_LAW =
  /\b(?:utilit(?:y|ies)|defence|security|concessions?|UCR|DSPCR|CCR|2006|2011|2016\/274|2016\/273|Directive\s+2009\/81|Directive\s+2014\/2[35]|Public\s+Contracts\s+Regulations\s+2006)\b/i;

export function negotiatedNamesIn(text: string): RawMatch[] {
  return /negotiated\s+procedure/i.test(text) ? scanText(text, BARE_NEGOTIATED) : [];
}

export function checkBareNegotiated(
  doc: DocumentModel,
  context: DocumentContext,
  hitsOf: (passage: Passage) => RawMatch[],
  report: RuleContext['report'],
): void {
  if (context.regime !== 'pcr-2015' || context.regimeConfidence === 'guess') return;
  const cpn = namedProvision('competitive-procedure-with-negotiation')?.provisions['pcr-2015'];
  const npwpp = namedProvision('negotiated-procedure-without-prior-publication')?.provisions['pcr-2015'];
  if (!cpn || !npwpp) return;
  const hits = doc.passages.map(hitsOf);
  const withHits = hits.flatMap((h, i) => (h.length > 0 ? [i] : []));
  for (const hit of collectMatches(doc, (i) => hits[i], withHits)) {
    const s = hit.sentence;
    if (OTHER_LAW.test(s.text)) continue;
    if (assertionAt(s.text, hit.from - s.start, hit.to - s.start).kind !== 'current') continue;
    const a = getProvision('pcr-2015', cpn.kind, cpn.number);
    const b = getProvision('pcr-2015', npwpp.kind, npwpp.number);
    report({
      message: `Say which: competitive procedure with negotiation (${short(cpn)}) or negotiated procedure without prior publication (${short(npwpp)}).`,
      detail:
        'The Public Contracts Regulations 2015 have no procedure called simply the "negotiated procedure". The competitive procedure with negotiation ' +
        `(${formatProvision(cpn)}) starts with a contract notice and is open only in the circumstances regulation 26(4) allows; the negotiated procedure without ` +
        `prior publication (${formatProvision(npwpp)}) awards without a call for competition in the narrow cases regulation 32 lists. Bidders and reviewers read the two very differently.` +
        (a && b ? ` Sources: ${a.url}, ${b.url}` : ''),
      start: hit.start,
      end: hit.end,
      data: { kind: 'ambiguous-negotiated' },
    });
  }
}

function short(ref: { number: string }): string {
  return `reg ${ref.number}`;
}
