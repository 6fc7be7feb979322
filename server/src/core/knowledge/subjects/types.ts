// Shapes of the subject map: which provision governs what a drafter is writing about ("exclusion
// grounds", "standstill period"). One provision can carry several subjects and one subject several
// provisions, so a fact is one (subject, provision) pair. Facts are data with a source each; the
// builder below expands one provision line into one fact per subject so the data files stay short.

/** The instruments the subject map covers; wider than the linted regimes (PSR, PR 2024). */
export type SubjectInstrument = 'pcr-2015' | 'pcsr-2015' | 'pa-2023' | 'pr-2024' | 'directive-2014-24' | 'psr-2023';

export type SubjectKind = 'regulation' | 'section' | 'article' | 'schedule' | 'annex';

export interface SubjectFact {
  /** A SUBJECTS id, e.g. 'exclusion-mandatory'. */
  subject: string;
  instrument: SubjectInstrument;
  kind: SubjectKind;
  /** "57", "1" (Schedule 1), "XIV" (Annex XIV). */
  number: string;
  /** "2(a)" for s.20(2)(a); only where the subject sits in that paragraph and a source says so. */
  paragraph?: string;
  /**
   * The provision's heading. Where our primary source confirms the number and the subject but we did
   * not see the heading itself, `headingConfirmed` is false and the title is our short description.
   */
  title: string;
  headingConfirmed?: false;
  /** legislation.gov.uk address of the provision. */
  url: string;
  /** ISO date from which the provision governs new procurements. */
  appliesFrom: string;
  /** ISO date from which it no longer does; absent while in force. */
  appliesTo?: string;
  /** Where the number was confirmed: "law-facts §1.1 [P] S20" or a URL. */
  source: string;
}

export interface Subject {
  id: string;
  /** How Tender Lint names the subject; always matched by one of `patterns`. */
  name: string;
  /**
   * Regex sources, matched case-insensitively at word boundaries, for how drafters name the subject.
   * Fixed words joined by \s+ and small optional groups only: no nested quantifiers.
   */
  patterns: string[];
}

/** Everything about a provision line except the subjects it carries. */
export interface ProvisionLine {
  kind: SubjectKind;
  number: string;
  title: string;
  source: string;
  paragraph?: string;
  headingConfirmed?: false;
  appliesFrom?: string;
  appliesTo?: string;
}

export interface InstrumentDefaults {
  instrument: SubjectInstrument;
  /** Provision addresses are `${base}/${kind}/${number}`. */
  base: string;
  appliesFrom: string;
  appliesTo?: string;
}

/** Expands `[subjects, line]` rows into facts, one per subject. */
export function expand(defaults: InstrumentDefaults, rows: ReadonlyArray<readonly [readonly string[], ProvisionLine]>): SubjectFact[] {
  const facts: SubjectFact[] = [];
  for (const [subjects, line] of rows) {
    for (const subject of subjects) {
      const fact: SubjectFact = {
        subject,
        instrument: defaults.instrument,
        kind: line.kind,
        number: line.number,
        title: line.title,
        url: `${defaults.base}/${line.kind}/${line.number}`,
        appliesFrom: line.appliesFrom ?? defaults.appliesFrom,
        source: line.source,
      };
      if (line.paragraph) fact.paragraph = line.paragraph;
      if (line.headingConfirmed === false) fact.headingConfirmed = false;
      const to = line.appliesTo ?? defaults.appliesTo;
      if (to) fact.appliesTo = to;
      facts.push(fact);
    }
  }
  return facts;
}
