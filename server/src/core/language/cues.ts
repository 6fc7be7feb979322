// Cue words that change what a sentence says about a mention, as data (after NegEx and ConText: a cue,
// the kind it signals, and which way its scope runs). Scopes stop at clause boundaries (clauses.ts).
// Every pattern is a fixed alternation of words, so none can backtrack.

export type AssertionKind = 'current' | 'historical' | 'contrast' | 'negated' | 'conditional' | 'quoted' | 'definition' | 'example';

export interface Cue {
  kind: AssertionKind;
  /** 'before': the cue precedes the mention in its clause; 'after': it follows; 'either'. */
  direction: 'before' | 'after' | 'either';
  pattern: RegExp;
}

export const CUES: readonly Cue[] = [
  // Contrast: what the mention is set against.
  { kind: 'contrast', direction: 'before', pattern: /(?:^|,|\band\b)\s*not\s+(?:on\s+|under\s+|in\s+|through\s+|via\s+)?(?:the\s+|a\s+|an\s+)?(?:formal\s+|statutory\s+)?$/i },
  { kind: 'contrast', direction: 'before', pattern: /\b(?:rather\s+than|instead\s+of|in\s+contrast\s+(?:to|with)|unlike|as\s+opposed\s+to|in\s+place\s+of|distinct\s+from|different\s+from|not\s+to\s+be\s+confused\s+with|confused\s+with|mistaken\s+for|formerly(?:\s+known\s+as|\s+called)?|previously\s+(?:known\s+as|called)|replac(?:es|ed|ing)|supersed(?:es|ed|ing)|successor\s+to|equivalent\s+of|counterpart\s+(?:of|to)|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:under|on|in|through|via|using)\s+)?(?:the\s+|a\s+|an\s+|its\s+)?$/i },
  { kind: 'contrast', direction: 'before', pattern: /\b(?:is|are|was|were)\s+not\s+(?:the\s+|a\s+|an\s+)?(?:formal\s+|statutory\s+|same\s+as\s+(?:the\s+)?)?$/i },
  { kind: 'contrast', direction: 'after', pattern: /^\W{0,3}\s*(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?(?:replaced|superseded|abolished|revoked|repealed|renamed)\b/i },
  // Negation of the mention itself.
  { kind: 'negated', direction: 'before', pattern: /\b(?:not|never|no|neither|nor|without|cannot|can't|won't|doesn't|don't|isn't|aren't|wasn't|weren't|shan't)\b(?:\s+\w+){0,6}\s+(?:the\s+|a\s+|an\s+|any\s+)?$/i },
  { kind: 'negated', direction: 'after', pattern: /^\W{0,3}\s*(?:\([^()]{0,40}\)\s*)?(?:does|do|will|shall|did|is|are|would|should|must|can|may)\s*(?:not|n't)\b|^\W{0,3}\s*(?:no\s+longer|never)\b/i },
  // Conditions: handled by position (see assertion.ts); listed for completeness of the vocabulary.
  { kind: 'conditional', direction: 'before', pattern: /(?:^|,\s*)(?:if|where|when|whether|unless|should|in\s+the\s+event\s+that|provided\s+that|in\s+cases?\s+where|to\s+the\s+extent\s+that)\b[^,]*$/i },
  { kind: 'conditional', direction: 'after', pattern: /^[^.;]{0,20}?\b(?:if|where)\s+(?:applicable|appropriate|relevant|required|necessary)\b/i },
  // History.
  { kind: 'historical', direction: 'either', pattern: /\b(?:previously|formerly|historically|in\s+the\s+past|used\s+to|until|up\s+to|prior\s+to|no\s+longer|at\s+(?:that|the)\s+time|under\s+the\s+(?:old|previous|former|legacy)\s+(?:rules|regime|regulations|law|legislation)|(?:the|our|its|their)\s+(?:previous|former|earlier|existing|incumbent|last|original)\s+(?:contract|contracts|tender|procurement|framework|agreement|arrangement|service|provider|supplier)s?)\b/i },
  // Examples.
  { kind: 'example', direction: 'before', pattern: /\b(?:for\s+example|for\s+instance|e\.g\.?|such\s+as|examples?\s+(?:of\s+(?:\w+\s+){0,5})?(?:include|are|being))\b[^;]*$|\blike\s+(?:the\s+|a\s+|an\s+)?$/i },
  { kind: 'example', direction: 'after', pattern: /^\W{0,3}\s*as\s+an\s+example\b/i },
  // Reported speech.
  { kind: 'quoted', direction: 'before', pattern: /\b(?:said|says|stated|states|noted|notes|reported|reports|according\s+to|wrote|writes|claimed|claims|told\s+\w+(?:\s+\w+)?\s+that)\b(?:(?!\band\s+(?:agreed|resolved|decided|approved)\b)[^;])*$/i },
];

/** Past tense that makes a clause history, unless the clause also speaks of now or later. */
export const PAST_TENSE = /\b(?:was|were|had|did|used\s+to|ran|began|went)\b/i;
export const PRESENT_OR_FUTURE = /\b(?:will|shall|is|are|am|be|must|can|may|now|currently|today|going\s+to|continues?\s+to|remains?|still)\b/i;
/** A year before the change the mention is judged against makes even a bare clause history. */
export const YEAR = /\b(?:19|20)\d\d\b/;
/** A verb in the simple past ("used", "published"), which with a year in the sentence is history. */
export const SIMPLE_PAST = /\b(?:used|published|advertised|awarded|procured|tendered|let|commissioned|evaluated|introduced|applied|ran|chose|decided|agreed|approved|adopted|\w+ed)\b/i;
