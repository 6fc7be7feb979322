// A citation tied to the subject written just before it ("the exclusion grounds in regulation 58",
// "the most economically advantageous tender (regulation 76 …)") where the cited provision is not
// about that subject in the instrument cited (knowledge/subjects). Only a tight tie counts: the
// subject's words, then at most a bracket or "in/under/of/set out in", then the citation. Quiet when
// the instrument is uncertain (a bare "regulation" under the Act could be the Procurement Regulations
// 2024), when the cited provision also carries the subject, and when the right provision is not one.

import { resolveInstrument, type DetailedCitation } from '../../citations';
import { INSTRUMENTS } from '../../knowledge/instruments';
import { getProvision } from '../../knowledge/lookup';
import type { Instrument } from '../../knowledge/types';
import { capitalise } from './citationChecks';
import { provisionsFor, subjectsAt } from '../../knowledge/subjects';
import { SUBJECTS } from '../../knowledge/subjects/vocabulary';
import type { SubjectFact, SubjectInstrument } from '../../knowledge/subjects/types';
import { sourceRange, type Passage } from '../../model';
import { sourceReads } from '../../sentences';
import type { RuleContext } from '../../types';

const LINK = String.raw`\s?(?:\(\s?(?:(?:see|under|in)\s)?|,?\s?(?:as\s)?(?:set\sout\s|contained\s|found\s|provided\sfor\s)?(?:in|under|of|at|per|pursuant\sto)\s)(?:the\s)?$`;
const TIED = SUBJECTS.map((s) => ({ subject: s, re: new RegExp(String.raw`\b(?:${s.patterns.join('|')})${LINK}`, 'i') }));
const COVERED: readonly SubjectInstrument[] = ['pcr-2015', 'pcsr-2015', 'pa-2023', 'directive-2014-24'];

function suggestion(facts: SubjectFact[], name: string): SubjectFact | undefined {
  if (facts.length === 1) return facts[0];
  const titled = facts.filter((f) => f.title.toLowerCase().includes(name.toLowerCase()));
  return titled.length === 1 ? titled[0] : undefined;
}

type Tied = (typeof TIED)[number] | undefined;
// Citations are kept with their passage's cached facts, so the tie is found once per citation (as
// tiedProvision does for named procedures), not on every lint.
const tieCache = new WeakMap<DetailedCitation, { text: string; tie: Tied }>();

function subjectTie(text: string, c: DetailedCitation): Tied {
  const cached = tieCache.get(c);
  if (cached && cached.text === text) return cached.tie;
  const before = text.slice(Math.max(0, c.start - 100), c.start);
  const tie = TIED.find((t) => t.re.test(before));
  tieCache.set(c, { text, tie });
  return tie;
}

export function checkSubjectTie({ doc, context, report }: RuleContext, passage: Passage, c: DetailedCitation): void {
  if (c.rangeEnd) return;
  const tie = subjectTie(passage.text, c);
  if (!tie) return;
  if (!c.instrument && context.regime === 'pa-2023' && c.kind === 'regulation') return;
  const instrument = resolveInstrument(c, context.regime) as SubjectInstrument;
  if (!COVERED.includes(instrument)) return;
  const facts = provisionsFor(instrument, tie.subject.id).filter((f) => f.kind === c.kind);
  if (facts.length === 0 || facts.some((f) => f.number === c.number)) return;
  if (subjectsAt(instrument, c.kind, c.number).some((f) => f.subject === tie.subject.id)) return;
  const right = suggestion(facts, tie.subject.name);
  if (!right) return;
  const at = sourceRange(passage, c.numberStart, c.numberEnd);
  const title = INSTRUMENTS[instrument as keyof typeof INSTRUMENTS]?.title ?? instrument;
  const word = c.kind === 'article' ? 'Article' : c.kind;
  const fixable = !c.paragraph && sourceReads(doc, at.start, at.end, passage.text.slice(c.numberStart, c.numberEnd));
  const short = INSTRUMENTS[instrument as keyof typeof INSTRUMENTS]?.abbreviations[0] ?? title;
  // COVERED holds only instruments the provisions knowledge base has.
  const cited = getProvision(instrument as Instrument, c.kind, c.number)?.title;
  report({
    message: `Cite ${word} ${right.number} of ${short} for ${tie.subject.name}, not ${word} ${c.number}.`,
    detail:
      `${capitalise(word)} ${right.number} of the ${title} is "${right.title}"; ${word} ${c.number} is ${cited ? `"${cited}", ` : ''}not about ${tie.subject.name}.` +
      ` Source: ${right.url}`,
    start: at.start,
    end: at.end,
    fixes: fixable ? [{ title: `Replace with ${word} ${right.number}`, edits: [{ start: at.start, end: at.end, text: right.number }], preferred: true }] : [],
    data: { kind: 'wrong-subject-number', subject: tie.subject.id, expected: right.number },
  });
}
