// What the procurement context step found in a document, with the words it found it in.

export type ContextField = 'regime' | 'date' | 'jurisdiction' | 'lightTouch' | 'kind';
export type Confidence = 'high' | 'medium' | 'low';
export const JURISDICTIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface Evidence {
  field: ContextField;
  /** "pcr-2015", "2024-11-18", "Scotland", "true". */
  value: string;
  /** Why this text counts, as the status tooltip shows it: "governing-law sentence", "header field 'Issued:'". */
  reason: string;
  /** Document offsets of the words it came from; both 0 for settings and today's date. */
  start: number;
  end: number;
  confidence: Confidence;
  /** The text says this value does NOT hold ("The Procurement Act 2023 does not apply to it"). */
  negated?: boolean;
  /** A date that only bounds the procurement's: it began before a deadline, the text is no older than a past event. */
  bound?: 'before' | 'after';
  /** A date written as a month ("February 2025"); its value is the first of the month. */
  monthOnly?: boolean;
}

/** Evidence found in one passage's text, with offsets into that text (see reading.ts). */
export type RelativeEvidence = Omit<Evidence, 'start' | 'end'> & { from: number; to: number };
