// Types of the knowledge base. Knowledge is data: every legal statement the product shows comes from
// an entry with its instrument, number, title, a summary in our own words, a primary-source URL and
// the dates it applies between.

import type { Regime } from '../types';

/** The instruments Tender Lint knows; each regime is governed by one of them. */
export type Instrument = Regime;

export type ProvisionKind = 'regulation' | 'section' | 'article' | 'schedule' | 'annex';

export interface Provision {
  instrument: Instrument;
  kind: ProvisionKind;
  /** "31", "5", "3" (for Schedule 3), "XIV" (for Annex XIV). */
  number: string;
  /** The official heading, as enacted. */
  title: string;
  /** Plain English, in our own words, one to three sentences. */
  summary: string;
  /** legislation.gov.uk (or EUR-Lex) address of the provision. */
  url: string;
  /** ISO date from which the provision applies to new procurements. */
  appliesFrom: string;
  /** ISO date from which it no longer applies to new procurements; absent while it is in force. */
  appliesTo?: string;
  /** A note on savings and transition, shown on hover (e.g. what still runs under revoked law). */
  transition?: string;
  /** Provisions doing the same job in other instruments: "pcsr-2015:regulation:32". */
  counterparts?: string[];
}

export interface Term {
  id: string;
  /** The term as drafters write it; the first is the preferred form. */
  names: string[];
  definition: string;
  /** Provision keys ("pcr-2015:regulation:31") that define or use the term. */
  sources: string[];
  /** Regimes under which the term is correct; absent means all. */
  regimes?: Regime[];
}

export interface Clause {
  /** Also the snippet prefix and the completion label: "tender-principles", "tender-standstill". */
  id: string;
  title: string;
  /** Markdown text. `${authority}` and `${regime}`-style placeholders are not used: text is final. */
  body: string;
  /** The snippet body, with VS Code tab stops (e.g. ${1:the Authority}); defaults to `body`. */
  snippet?: string;
  /** Regimes this wording is written for; absent means all. */
  regimes?: Regime[];
  /** Provision keys the clause relies on. */
  sources: string[];
}

/** "pcr-2015:regulation:31" */
export function provisionKey(p: Pick<Provision, 'instrument' | 'kind' | 'number'>): string {
  return `${p.instrument}:${p.kind}:${p.number}`;
}
