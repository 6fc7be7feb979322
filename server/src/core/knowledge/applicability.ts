// What a cited provision means for a given document: is its instrument in force for a procurement
// starting on the document's date, does it extend to the document's jurisdiction, and what is its
// counterpart under the law that governs the document. Shown on hover; pure functions of data.

import type { DocumentContext } from '../types';
import { INSTRUMENTS, IP_COMPLETION_DAY, shortName } from './instruments';
import type { Instrument, Provision } from './types';
import { counterpartsOf, provisionLabel } from './lookup';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-02-24" → "24 February 2025". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function provisionLink(p: Provision): string {
  return `[${provisionLabel(p)}](${p.url})`;
}

function datedPhrase(context: DocumentContext): string {
  return context.dateIsExplicit ? `this document is dated ${context.date}` : `this document gives no date, so today (${context.date}) is assumed`;
}

/**
 * Sentences on whether `instrument` (and `provision`, when known) governs a procurement with this
 * context. The provision's own dates win over the instrument's (PA 2023 s.9 was commenced early).
 */
export function applicabilityNotes(provision: Provision | undefined, instrument: Instrument, context: DocumentContext): string[] {
  const info = INSTRUMENTS[instrument];
  const name = shortName(instrument);
  const from = provision?.appliesFrom ?? info.appliesFrom;
  const to = provision?.appliesTo ?? info.appliesTo;
  const dated = datedPhrase(context);
  const notes: string[] = [];
  const what = provision ? `${name} ${provisionLabel(provision)}` : name;

  if (context.date < from) {
    notes.push(`**Not in force yet for this document:** ${what} applies from ${longDate(from)}; ${dated}.`);
  } else if (to && context.date >= to) {
    const saved = context.regime === instrument
      ? `This document ${context.regimeSource === 'citations' ? 'cites' : 'is set to'} ${name}, which is right only for a procurement commenced before ${longDate(to)} and saved by the transitional rules; otherwise the Procurement Act 2023 applies.`
      : `A procurement starting on that date runs under ${shortName(context.regime)} unless it commenced before ${longDate(to)}.`;
    notes.push(`**Revoked for new procurements:** ${name} is revoked for procurements starting on or after ${longDate(to)}; ${dated}. ${saved}`);
    if (info.transition) notes.push(info.transition);
  } else {
    notes.push(`**In force for this document:** ${what} applies to procurements starting on ${context.date}${context.dateIsExplicit ? ' (the document\'s date)' : ' (today; the document gives no date)'}.`);
  }

  if (instrument === 'pcr-2015' && context.regime === 'pcsr-2015') {
    notes.push(`PCR 2015 does not extend to Scotland (apart from Part 4 and Schedule 6 paragraph 19); this document is under the Public Contracts (Scotland) Regulations 2015.`);
  }
  if (instrument === 'directive-2014-24' && context.regime !== 'directive-2014-24' && context.date > IP_COMPLETION_DAY) {
    notes.push('Since 11pm on 31 December 2020 the Directive is kept on legislation.gov.uk only for cross-reference: a UK procurement follows the UK instrument that transposed it.');
  }
  if (instrument !== context.regime && provision) {
    const there = counterpartsOf(provision).filter((p) => p.instrument === context.regime);
    notes.push(there.length > 0
      ? `This document is under ${shortName(context.regime)}: the counterpart${there.length > 1 ? 's there are' : ' there is'} ${there.map((p) => `${provisionLink(p)} (${p.title})`).join(', ')}.`
      : `This document is under ${shortName(context.regime)}; Tender Lint knows no direct counterpart of this ${provision.kind} there.`);
  }
  if (provision?.transition) notes.push(provision.transition);
  return notes;
}

/** "PCSR 2015 [reg 32](…) · Directive 2014/24/EU [Art 31](…)": the provision's counterparts. */
export function counterpartLinks(p: Provision, regime: Instrument): string {
  // The document's own regime first: that is the one a drafter is most likely to want.
  const all = counterpartsOf(p).sort((a, b) => Number(b.instrument === regime) - Number(a.instrument === regime));
  return all.map((q) => `${shortName(q.instrument)} ${provisionLink(q)}`).join(' · ');
}
