// The subject map as one set: what each provision is about, and which provision governs a subject,
// across PCR 2015, PCSR 2015, the Procurement Act 2023, the Procurement Regulations 2024, Directive
// 2014/24/EU and the Provider Selection Regime. Indexes are built once at load so lookups are O(1).
// Each data file's header lists its sources and what was left out as unconfirmed.

import { DIRECTIVE_2014_24_SUBJECTS } from './directive-2014-24';
import { PA_2023_SUBJECTS } from './pa-2023';
import { PCR_2015_SUBJECTS } from './pcr-2015';
import { PCSR_2015_SUBJECTS } from './pcsr-2015';
import { PR_2024_SUBJECTS } from './pr-2024';
import { PSR_2023_SUBJECTS } from './psr-2023';
import type { Subject, SubjectFact, SubjectInstrument, SubjectKind } from './types';
import { SUBJECTS } from './vocabulary';

export * from './types';
export { SUBJECTS, SUBJECT_IDS } from './vocabulary';

export const SUBJECT_FACTS: readonly SubjectFact[] = [
  ...PCR_2015_SUBJECTS,
  ...PCSR_2015_SUBJECTS,
  ...PA_2023_SUBJECTS,
  ...PR_2024_SUBJECTS,
  ...DIRECTIVE_2014_24_SUBJECTS,
  ...PSR_2023_SUBJECTS,
];

/** "57", "057" and "xiv" normalise to the stored form. */
function normalise(kind: SubjectKind, number: string): string {
  const n = number.trim().toUpperCase();
  return kind === 'annex' ? n : n.replace(/^0+(?=\d)/, '');
}

const key = (instrument: string, a: string, b: string) => `${instrument}|${a}|${b}`;

const BY_PROVISION = new Map<string, SubjectFact[]>();
const BY_SUBJECT = new Map<string, SubjectFact[]>();
for (const f of SUBJECT_FACTS) {
  const p = key(f.instrument, f.kind, normalise(f.kind, f.number));
  if (!BY_PROVISION.has(p)) BY_PROVISION.set(p, []);
  BY_PROVISION.get(p)!.push(f);
  const s = key(f.instrument, 'subject', f.subject);
  if (!BY_SUBJECT.has(s)) BY_SUBJECT.set(s, []);
  BY_SUBJECT.get(s)!.push(f);
}

/** What a provision is about: every fact recorded for it (paragraph-level facts included). */
export function subjectsAt(instrument: SubjectInstrument, kind: SubjectKind, number: string): SubjectFact[] {
  return [...(BY_PROVISION.get(key(instrument, kind, normalise(kind, number))) ?? [])];
}

/** Which provisions of an instrument govern a subject, in document order. Empty when none confirmed. */
export function provisionsFor(instrument: SubjectInstrument, subjectId: string): SubjectFact[] {
  return [...(BY_SUBJECT.get(key(instrument, 'subject', subjectId)) ?? [])];
}

export function subjectById(id: string): Subject | undefined {
  return SUBJECTS.find((s) => s.id === id);
}

const COMPILED: ReadonlyArray<{ id: string; re: RegExp }> = SUBJECTS.map((s) => ({ id: s.id, re: new RegExp(String.raw`\b(?:${s.patterns.join('|')})\b`, 'i') }));

/** The subjects a sentence names, in vocabulary order. Input is capped so the cost stays linear. */
export function subjectsNamedIn(text: string): string[] {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  return COMPILED.filter((c) => c.re.test(t)).map((c) => c.id);
}
