// What the law says about a stated time limit: the minimum it is held to, the message when it falls
// short, and every figure the law sets for that period and procedure (for the detail and the hover).
// Shared by the time-limit rule and the hover, so both say the same.

import { periodsFor, shortestPeriod, type StatutoryPeriod } from '../../knowledge/periods';
import { shortRegime, type PeriodRegime } from './gate';
import type { TimeLimitStatement } from './timeLimitMentions';

export interface TimeLimitVerdict {
  minimum: StatutoryPeriod;
  /** The stated period is below the minimum. */
  short: boolean;
  message: string;
  /** "Minimums for tenders in the open procedure under PCR 2015: 35 days (regulation 27(2)): …". */
  figures: string;
}

const PROCEDURE_NAMES: Record<TimeLimitStatement['procedure'], string> = {
  open: 'open procedure',
  restricted: 'restricted procedure',
  'competitive-procedure-with-negotiation': 'competitive procedure with negotiation',
  'competitive-dialogue': 'competitive dialogue',
  'innovation-partnership': 'innovation partnership',
  'competitive-flexible': 'competitive flexible procedure',
  any: 'procedure',
};

/** Circumstances the linter cannot see (a PIN, urgency, agreement, paper submission …) are left out. */
const SPECIAL = /pin|urgency|agreed|ppn|dynamic|preselected|negotiated|paper|later-documents/;

/** The verdict for one statement under one law, or undefined when the law sets no minimum for it. */
export function timeLimitVerdict(regime: PeriodRegime, s: TimeLimitStatement): TimeLimitVerdict | undefined {
  const minimum = s.reduced ? shortestPeriod(regime, s.kind, s.procedure) : ordinaryMinimum(regime, s.kind, s.procedure);
  if (!minimum) return undefined;
  const what = kindWords(s.kind);
  const procedure = PROCEDURE_NAMES[s.procedure];
  const provision = minimum.provision.replace(/^regulation /, 'reg ').replace(/^section /, 's.');
  const where = regime === 'pa-2023' ? `${provision} of the Act` : `${provision} ${shortRegime(regime)}`;
  return {
    minimum,
    short: s.period.value < minimum.days,
    message: `Allow at least ${minimum.days} days, not ${s.period.value}, for ${what} in ${article(procedure)} ${procedure} (${where}).`,
    figures: figuresFor(regime, s),
  };
}

export function kindWords(kind: TimeLimitStatement['kind']): string {
  return kind === 'tenders' ? 'tenders' : 'requests to participate';
}

export function procedureWords(procedure: TimeLimitStatement['procedure']): string {
  return PROCEDURE_NAMES[procedure];
}

function ordinaryMinimum(regime: PeriodRegime, kind: TimeLimitStatement['kind'], procedure: TimeLimitStatement['procedure']): StatutoryPeriod | undefined {
  const ordinary = periodsFor(regime, kind, procedure).filter((p) => !SPECIAL.test(p.id));
  return ordinary.length === 0 ? undefined : ordinary.reduce((a, b) => (b.days < a.days ? b : a));
}

/** Every minimum the law sets for this period, so the drafter can see which circumstance is theirs. */
export function figuresFor(regime: PeriodRegime, s: Pick<TimeLimitStatement, 'kind' | 'procedure'>): string {
  const entries = periodsFor(regime, s.kind, s.procedure).filter((p) => p.days > 0);
  const law = regime === 'pa-2023' ? 'the Act' : shortRegime(regime);
  return `Minimums for ${kindWords(s.kind)} in the ${PROCEDURE_NAMES[s.procedure]} under ${law}: ${entries.map((p) => `${p.days} days (${p.provision}): ${p.circumstance}`).join('; ')}.`;
}

const article = (words: string) => (/^[aeiou]/i.test(words) ? 'an' : 'a');
