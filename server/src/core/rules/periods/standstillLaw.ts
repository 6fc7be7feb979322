// Which law a standstill statement is about. Usually the document's own, but a sentence can say
// otherwise: naming the Procurement Act 2023, or using the Act's own measure ("beginning with the day
// on which the contract award notice is published", s.51(2)), which no other regime uses: under the
// 2015 Regulations the contract award notice comes after the contract and never starts a standstill.
// A sentence that names any other instrument (utilities, defence, concessions, the Provider Selection
// Regime, the Directive) describes that law, and the rule stays quiet.

import { namesOtherLaw, type PeriodRegime } from './gate';

const NAMES_ACT = /\bProcurement\s+Act(?:\s+2023)?\b|\bPA\s+2023\b/i;
const ACT_MEASURE = /\bbeginning\s+with\s+the\s+day\s+(?:on\s+which\s+)?(?:the\s+|a\s+)?contract\s+award\s+notice\s+is\s+published\b/i;

export interface StatementLaw {
  regime: PeriodRegime;
  /**
   * What chose the law: the document's context, the sentence naming the Act, or only the Act's way of
   * counting (an inference: a fix that rests on it is a judgement to read).
   */
  from: 'context' | 'named' | 'measure';
}

/** The law to judge a standstill sentence by, or undefined when it is another law's. */
export function statementLaw(sentence: string, documentRegime: PeriodRegime): StatementLaw | undefined {
  const named = NAMES_ACT.test(sentence);
  if ((named || ACT_MEASURE.test(sentence)) && !namesOtherLaw(sentence, 'pa-2023')) {
    return { regime: 'pa-2023', from: documentRegime === 'pa-2023' ? 'context' : named ? 'named' : 'measure' };
  }
  if (namesOtherLaw(sentence, documentRegime)) return undefined;
  return { regime: documentRegime, from: 'context' };
}
