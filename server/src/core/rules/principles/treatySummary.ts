// A list that sets out "the Treaty principles" must not leave one out. Public procurement policies,
// standing orders and university regulations often restate the general principles that come from the
// EU Treaty (equal treatment, non-discrimination, transparency, proportionality, and often mutual
// recognition), which PCR 2015 reg 18(1) and PCSR 2015 reg 19(1) codify for regulated procurements. A
// list that claims to be that set ("The Treaty principles are: …", "the EU principles, i.e. …") or
// that names mutual recognition (only those giving the whole list do) and drops one of the four the
// Regulations codify is incomplete.
// A passing mention of two ("the Treaty principles of transparency and equal treatment apply below
// the thresholds") claims no completeness and is left alone. Judged against reg 18 (reg 19 in a
// Scottish document), whatever the document's kind: these lists appear in policies, not tenders.

import { principleSetFor, type PrincipleId, type PrincipleSet } from '../../knowledge/principles';
import { assertionAt } from '../../language/assertion';
import { sourceRange, type DocumentModel } from '../../model';
import type { DocumentContext } from '../../types';
import { isStated, principlesInSentence, splitSentences, type Span } from './detect';

export interface TreatySummary {
  set: PrincipleSet;
  start: number;
  end: number;
  missing: PrincipleId[];
}

const TREATY_SET = /\b(?:EU|EC|European|Treaty|TFEU|Community)\s+(?:Treaty\s+)?(?:procurement\s+)?principles\b|\bprinciples\s+(?:of|from|under|derived\s+from)\s+the\s+(?:EC\s+|EU\s+)?(?:Treaty|TFEU)\b|\bprinciples\s+of\s+the\s+Treaty\s+on\s+the\s+Functioning\s+of\s+the\s+European\s+Union\b/i;
/** The list says it is the whole set. */
const COMPLETE = /\bprinciples\s+(?:are|include)\s*:|\bi\.\s?e\.|\bnamely\b|\bthat\s+is\b|\bprinciples\s+are\s*$/i;
const MUTUAL_RECOGNITION = /\bmutual(?:ly)?\s+recogni(?:tion|[sz](?:ed|ing|e))\b/i;

export function treatySummaries(doc: DocumentModel, context: DocumentContext): TreatySummary[] {
  const set = principleSetFor(context.jurisdiction === 'Scotland' || context.regime === 'pcsr-2015' ? 'pcsr-2015' : 'pcr-2015', false);
  if (!set) return [];
  const required = set.required.map((r) => r.principle);
  const out: TreatySummary[] = [];
  doc.passages.forEach((passage, index) => {
    if (passage.kind !== 'paragraph' || passage.listItem || !TREATY_SET.test(passage.text)) return;
    for (const span of splitSentences(passage.text)) {
      const sentence = passage.text.slice(span.start, span.end);
      const cue = TREATY_SET.exec(sentence);
      if (!cue) continue;
      const kind = assertionAt(sentence, cue.index, cue.index + cue[0].length).kind;
      if (kind === 'quoted' || kind === 'negated' || kind === 'conditional' || kind === 'historical') continue;
      const stated = new Set(principlesInSentence(passage.text, span));
      let mutual = MUTUAL_RECOGNITION.test(sentence);
      // "The Treaty principles are:" followed by a list: the list items are the set.
      const introducesList = /:\s*$/.test(sentence.trimEnd()) && span.end >= passage.text.trimEnd().length;
      if (introducesList) {
        for (const item of listAfter(doc, index)) {
          for (const id of principlesInSentence(item, { start: 0, end: item.length } as Span)) stated.add(id);
          mutual ||= MUTUAL_RECOGNITION.test(item);
        }
      }
      const named = required.filter((id) => isStated(id, stated));
      const complete = COMPLETE.test(sentence) || introducesList;
      // Mutual recognition is named only by those who set out the whole Treaty list; three principles
      // without it ("transparency, equal treatment and non-discrimination apply to cross-border
      // contracts") may be the author's deliberate choice.
      if (named.length === required.length || named.length < 2 || (!complete && !mutual)) continue;
      out.push({ set, ...sourceRange(passage, span.start, span.end), missing: required.filter((id) => !isStated(id, stated)) });
    }
  });
  return out.slice(0, 50);
}

/** The texts of the list items that follow passage `index` directly (the list it introduces). */
function listAfter(doc: DocumentModel, index: number): string[] {
  const next = doc.passages[index + 1];
  if (!next?.listItem) return [];
  const list = next.listItem.list;
  const items: string[] = [];
  for (let i = index + 1; i < doc.passages.length && doc.passages[i].listItem?.list === list && items.length < 20; i++) items.push(doc.passages[i].text);
  return items;
}
