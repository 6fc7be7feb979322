// A sentence that summarises a named principles provision must give all of it: "Regulation 18 requires
// contracting authorities to treat all suppliers equally and without discrimination, and to act in a
// transparent manner" leaves out proportionality, which regulation 18(1) requires in the same breath.
// The provision is named in the sentence ("Regulation 18 of the Public Contracts Regulations 2015
// requires …") or, for "This regulation requires …", in a heading above it ("Reg. 18 (PCR 2015)").
// This judges the summary against the provision it names, whatever the document's own regime: guidance
// about regulation 18 is often read today, under the Act.

import { PRINCIPLE_SETS, type PrincipleId, type PrincipleSet } from '../../knowledge/principles';
import { assertionAt } from '../../language/assertion';
import { sourceRange, type DocumentModel, type Passage } from '../../model';
import { isStated, principlesInSentence, splitSentences } from './detect';

export interface ProvisionSummary {
  set: PrincipleSet;
  /** Document offsets of the sentence. */
  start: number;
  end: number;
  missing: PrincipleId[];
}

const SUMMARY_VERB = String.raw`(?:\s*\(1\))?(?:\s+of\s+(?:the\s+)?[^.]{0,70}?)?\s+(?:requires|obliges|provides\s+that|states\s+that|says\s+that|sets\s+out\s+that|means\s+that)\b`;
const INSTRUMENT_WORDS: Record<string, RegExp> = {
  'pcr-2015': /\bPublic\s+Contracts\s+Regulations(?:\s+2015)?\b|\bPCR(?:\s*2015)?\b/i,
  'pcsr-2015': /\bPublic\s+Contracts\s+\(Scotland\)\s+Regulations|\bPC\(?S\)?R\b/i,
  'directive-2014-24': /\bDirective\s+2014\/24\b|\b2014\/24\/EU\b/i,
};

/** The provisions a summary can name: the non-Act sets, each with the words that cite it. */
const SUMMARISED = PRINCIPLE_SETS.filter((s) => INSTRUMENT_WORDS[s.regime]).map((set) => {
  const [, kind, number] = set.provision.split(':');
  const word = kind === 'article' ? String.raw`(?:Article|Art\.?)` : String.raw`(?:Regulation|Reg\.?)`;
  return {
    set,
    instrument: INSTRUMENT_WORDS[set.regime],
    named: new RegExp(String.raw`(?:^|[^\w.])${word}\s*${number}(?![\d(]|\(\d*[02-9])`, 'i'),
    subject: new RegExp(String.raw`^\s*(?:\d+(?:\.\d+)*\s+)?${word}\s*${number}${SUMMARY_VERB}`, 'i'),
    pronoun: new RegExp(String.raw`^\s*(?:\d+(?:\.\d+)*\s+)?(?:This|The)\s+${kind === 'article' ? 'article' : 'regulation'}${SUMMARY_VERB}`, 'i'),
  };
});

export function provisionSummaries(doc: DocumentModel): ProvisionSummary[] {
  const out: ProvisionSummary[] = [];
  doc.passages.forEach((passage) => {
    if (passage.kind === 'heading' || passage.kind === 'tableCell' || !/\b(?:regulation|reg|article|art)\b/i.test(passage.text)) return;
    // A block quote reports someone else's words (the statute, a judgment): not this document's summary.
    if (inBlockQuote(doc, passage)) return;
    for (const span of splitSentences(passage.text)) {
      const sentence = passage.text.slice(span.start, span.end);
      for (const s of SUMMARISED) {
        const direct = s.subject.test(sentence);
        if (!direct && !s.pronoun.test(sentence)) continue;
        // Which instrument: named in the sentence, else in a heading above it. Without one, the
        // number could be any instrument's regulation 18, so the sentence is left alone.
        if (!s.instrument.test(sentence) && !headingsAbove(doc, passage).some((h) => s.instrument.test(h) && (direct || s.named.test(h)))) continue;
        if (!direct && !headingsAbove(doc, passage).some((h) => s.named.test(h))) continue;
        const stated = principlesInSentence(passage.text, span);
        const required = s.set.required.map((r) => r.principle);
        const named = required.filter((id) => isStated(id, stated));
        if (named.length < 2 || named.length === required.length) continue;
        if (assertionAt(sentence, 0, Math.min(sentence.length, 20)).kind === 'quoted') continue;
        out.push({ set: s.set, ...sourceRange(passage, span.start, span.end), missing: required.filter((id) => !isStated(id, stated)) });
        break;
      }
    }
  });
  return out.slice(0, 50);
}

/** The titles of the section holding the passage and of every section above it. */
function headingsAbove(doc: DocumentModel, passage: Passage): string[] {
  const titles: string[] = [];
  for (let i = passage.section; i >= 0 && titles.length < 8; i = doc.sections[i].parent) titles.push(doc.sections[i].title);
  return titles;
}

function inBlockQuote(doc: DocumentModel, passage: Passage): boolean {
  const lineStart = doc.text.lastIndexOf('\n', passage.start - 1) + 1;
  return /^[ \t]{0,3}>/.test(doc.text.slice(lineStart, passage.start + 1));
}
