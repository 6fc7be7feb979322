// What the context step reads from one passage, as a pure function of its kind and text, with offsets
// into the text: the language server keeps it in the lint cache (memo.ts), so a keystroke re-reads
// only the passages it changed. Document offsets are added when the context is resolved.

import { sourceRange, type Passage } from '../model';
import { readSentences } from './governingLaw';
import { readJurisdiction } from './jurisdiction';
import { readLawAhead, readPastDate } from './pastDates';
import type { Evidence, RelativeEvidence } from './types';

export interface PassageReading {
  evidence: RelativeEvidence[];
  citations: Array<[string, number]>;
  latestPast?: RelativeEvidence;
}

/** Most passages say nothing about the governing law: they share one value. */
const NOTHING: PassageReading = { evidence: [], citations: [] };

export function readPassage(passage: Passage): PassageReading {
  const sentences = readSentences(passage.text);
  const jurisdiction = readJurisdiction(passage.text);
  const latestPast = readPastDate(passage.kind, passage.text);
  const ahead = readLawAhead(passage.kind, passage.text);
  if (sentences.evidence.length === 0 && sentences.citations.length === 0 && jurisdiction.length === 0 && !latestPast && !ahead) return NOTHING;
  const evidence = jurisdiction.length === 0 && !ahead ? sentences.evidence : [...sentences.evidence, ...jurisdiction, ...(ahead ? [ahead] : [])];
  return latestPast ? { evidence, citations: sentences.citations, latestPast } : { evidence, citations: sentences.citations };
}

export function placed(passage: Passage, e: RelativeEvidence): Evidence {
  const { from, to, ...rest } = e;
  return { ...rest, ...sourceRange(passage, from, to) };
}
