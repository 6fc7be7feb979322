// Lookups over the provisions of the four instruments, by provision key ("pcr-2015:regulation:31"),
// built once at load. Counterparts are made symmetric here, so each pair need be declared once.

import { DIRECTIVE_2014_24 } from './provisions/directive-2014-24';
import { PA_2023 } from './provisions/pa-2023';
import { PCR_2015 } from './provisions/pcr-2015';
import { PCSR_2015 } from './provisions/pcsr-2015';
import { provisionKey, type Instrument, type Provision, type ProvisionKind } from './types';

export const PROVISIONS: readonly Provision[] = [...PCR_2015, ...PCSR_2015, ...PA_2023, ...DIRECTIVE_2014_24];

const BY_KEY = new Map<string, Provision>(PROVISIONS.map((p) => [provisionKey(p), p]));

const COUNTERPARTS = new Map<string, Set<string>>();
for (const p of PROVISIONS) {
  const key = provisionKey(p);
  for (const other of p.counterparts ?? []) {
    if (!BY_KEY.has(other)) continue;
    if (!COUNTERPARTS.has(key)) COUNTERPARTS.set(key, new Set());
    if (!COUNTERPARTS.has(other)) COUNTERPARTS.set(other, new Set());
    COUNTERPARTS.get(key)!.add(other);
    COUNTERPARTS.get(other)!.add(key);
  }
}

/** Arabic numbers are written as-is; "31A" and "xiv" normalise to the stored form. */
function normaliseNumber(kind: ProvisionKind, number: string): string {
  const n = number.trim();
  return kind === 'annex' ? n.toUpperCase() : n.replace(/^0+(?=\d)/, '').toUpperCase();
}

export function getProvision(instrument: Instrument, kind: ProvisionKind, number: string): Provision | undefined {
  return BY_KEY.get(provisionKey({ instrument, kind, number: normaliseNumber(kind, number) }));
}

export function provisionByKey(key: string): Provision | undefined {
  return BY_KEY.get(key);
}

/** An instrument's provisions in document order (numbered provisions first, then schedules/annexes). */
export function provisionsOf(instrument: Instrument, kind?: ProvisionKind): Provision[] {
  return PROVISIONS.filter((p) => p.instrument === instrument && (kind === undefined || p.kind === kind));
}

/** Provisions doing the same job in the other instruments, in instrument order. */
export function counterpartsOf(p: Provision): Provision[] {
  const keys = COUNTERPARTS.get(provisionKey(p));
  if (!keys) return [];
  return PROVISIONS.filter((q) => keys.has(provisionKey(q)));
}

/** "reg 31", "s.12", "Art 31", "Schedule 3", "Annex XIV": how Tender Lint writes a provision. */
export function provisionLabel(p: Pick<Provision, 'kind' | 'number'>): string {
  switch (p.kind) {
    case 'regulation':
      return `reg ${p.number}`;
    case 'section':
      return `s.${p.number}`;
    case 'article':
      return `Art ${p.number}`;
    case 'schedule':
      return `Schedule ${p.number}`;
    case 'annex':
      return `Annex ${p.number}`;
  }
}

/** The word a drafter writes before the number in running text: "regulation 31", "section 12". */
export function provisionWord(kind: ProvisionKind): string {
  return kind === 'schedule' ? 'Schedule' : kind === 'annex' ? 'Annex' : kind === 'article' ? 'Article' : kind;
}
