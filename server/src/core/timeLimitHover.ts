// Hover on a stated time limit ("20 days" for tenders in a named open procedure): every minimum the
// governing law sets for that period and procedure, with its provision, and what the rule makes of the
// document's figure. Reads only the passage under the cursor, with the same statements as the rule.

import { STATUTORY_PERIODS } from './knowledge/periods';
import { sourceRange, textIndexAt, type DocumentModel } from './model';
import { periodRegime, type PeriodRegime } from './rules/periods/gate';
import { describe } from './rules/periods/phrase';
import { statementLaw } from './rules/periods/standstillLaw';
import { kindWords, procedureWords, timeLimitVerdict } from './rules/periods/timeLimitLaw';
import { statementsInText } from './rules/periods/timeLimitMentions';
import type { DocumentContext } from './types';

const TITLES: Record<PeriodRegime, string> = {
  'pcr-2015': 'Public Contracts Regulations 2015',
  'pcsr-2015': 'Public Contracts (Scotland) Regulations 2015',
  'pa-2023': 'Procurement Act 2023',
};

export interface TimeLimitHover {
  markdown: string;
  start: number;
  end: number;
}

export function timeLimitHoverAt(doc: DocumentModel, context: DocumentContext, index: number, offset: number): TimeLimitHover | undefined {
  const passage = doc.passages[index];
  if (passage.kind !== 'paragraph' || !/\bdays?\b/i.test(passage.text)) return undefined;
  const at = textIndexAt(passage, offset);
  const base = periodRegime(context) ?? (['pcr-2015', 'pcsr-2015', 'pa-2023'].includes(context.regime) ? (context.regime as PeriodRegime) : undefined);
  if (at < 0 || !base) return undefined;
  for (const found of statementsInText(passage.text)) {
    const { statement: s, offset: sentenceStart } = found;
    const from = s.period.from + sentenceStart;
    const to = s.period.to + sentenceStart;
    if (at < from || at > to) continue;
    const law = statementLaw(found.sentence, base);
    const verdict = law && timeLimitVerdict(law.regime, s);
    if (!law || !verdict) return undefined;
    const url = STATUTORY_PERIODS.find((p) => p.id === verdict.minimum.id)?.url;
    const lines = [
      `**Time limit for ${kindWords(s.kind)}: ${procedureWords(s.procedure)}**, ${TITLES[law.regime]}`,
      '',
      verdict.figures,
      '',
      `**This document:** ${describe(s.period.value, s.period.unit)}. ${verdict.short ? verdict.message : `It meets the ${verdict.minimum.days}-day minimum the rule holds it to.`}`,
      '',
    ];
    if (context.regimeConfidence === 'guess') lines.push(`The governing law is assumed (from ${context.regimeSource}); the time-limit rule reports nothing until the document says which law applies.`, '');
    if (url) lines.push(`[Read ${verdict.minimum.provision} on legislation.gov.uk](${url})`);
    return { markdown: lines.join('\n').trimEnd(), ...sourceRange(passage, from, to) };
  }
  return undefined;
}
