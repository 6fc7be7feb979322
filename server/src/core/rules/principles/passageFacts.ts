// What the principles analysis reads in one passage, worked out once per passage text and kept across
// lints of a document (see memo.ts): its sentences and the principles each states, how a sentence that
// names two or more principles is framed, whether the passage says the procurement is light touch, and
// how often it names the buyer and the bidders. Everything here depends on the passage alone.

import type { Passage } from '../../model';
import type { PrincipleId } from '../../knowledge/principles';
import { distinctNamed, flat, hasPrinciplesCue, principlesInSentence, splitSentences, type Span } from './detect';
import { affirmsLightTouch, wordingCounts } from './document';

/** How a sentence naming at least two principles is framed (see isGoverningStatement). */
export interface SentenceFrames {
  purpose: boolean;
  governing: boolean;
  cue: boolean;
  commitment: boolean;
  conduct: boolean;
}

export interface SentenceInfo {
  span: Span;
  stated: Set<PrincipleId>;
  /** Set only when the sentence names two or more distinct principles: others cannot be statements. */
  frames?: SentenceFrames;
}

export interface PassageFacts {
  sentences: SentenceInfo[];
  stated: Set<PrincipleId>;
  /** Some sentence has frames (names two or more principles). */
  framed: boolean;
  /** Non-heading passages only. */
  lightTouch: boolean;
  /** Counts of each buyer and bidder name (see documentWording); worked out on first use, as only the first prose passages count. */
  wording(): number[];
}

/** The stems of every principle phrasing in text whose spaces are not collapsed yet (a superset of ANY_STEM on flat text). */
const RAW_STEM = /equal|discriminat|transpar|proportion|value|benefit|public\s+good|shar|publish|integrity|probity|treat|level\s+playing/i;


/** The procurement as a whole is the subject, not one step of it. */
const GOVERNING_FRAME =
  /\b(?:th(?:is|e) (?:procurement|tender(?:ing)? (?:process|exercise)|procedure|competition|tender process)|procurement (?:principles|objectives)|(?:general|governing|fundamental|following|these) principles|principles of (?:public )?procurement)\b|^(?:the )?(?:general |procurement )?principles of\b/i;
/** The principles invoked for one purpose ("may extend the deadline, provided it respects …"). */
const PURPOSE_FRAME = /\b(?:provided(?: that)?|so long as|as long as|reserves? the right|in order to|to ensure|where (?:necessary|appropriate)|may)\b/i;
/** "The Authority will …", "Northfield District Council will …", "We will …". */
const AUTHORITY_COMMITMENT = /^(?:We|It|All (?:bidders|tenderers|suppliers|economic operators)|(?:The\s+)?(?:[A-Z][\w-]*\s+){1,4})(?:will|shall|must|is committed to|commits to|undertakes to|intends to)\b/;
/** "will act / comply / observe …": conduct in general, not one step such as answering questions. */
const GENERAL_CONDUCT = /\b(?:will|shall|must)\s+(?:at all times\s+)?(?:act|operate|comply|observe|follow|adhere|abide|apply|uphold|respect|be guided|be bound)\b/i;

/** A clause number written into the text ("1.2 ", "(a) ", "3) "): tenders number nearly every clause. */
const CLAUSE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z0-9]{1,4}\))\s+/i;

function framesOf(sentence: string): SentenceFrames {
  return {
    purpose: PURPOSE_FRAME.test(sentence),
    governing: GOVERNING_FRAME.test(sentence),
    cue: hasPrinciplesCue(sentence),
    commitment: AUTHORITY_COMMITMENT.test(sentence.replace(CLAUSE_NUMBER, '')),
    conduct: GENERAL_CONDUCT.test(sentence),
  };
}

/**
 * A sentence that sets out the governing principles, as opposed to one that invokes two of them for
 * a single step ("Clarification responses are shared with all bidders, in line with the principles of
 * equal treatment and transparency"): the latter is not held to the full list.
 */
export function isGoverningStatement(frames: SentenceFrames | undefined, namedOfRegime: number, namedOfAny: number): boolean {
  if (!frames || namedOfAny < 2 || frames.purpose) return false;
  if (frames.cue && (frames.governing || (frames.commitment && frames.conduct))) return true;
  return namedOfRegime >= 3 && (frames.governing || frames.commitment);
}

// Most sentences state nothing: they share one empty set. Nothing adds to a passage's or a sentence's
// set after this (analyses union them into sets of their own).
const NONE_STATED = new Set<PrincipleId>();

// A class rather than closures: the cache holds one of these per passage.
class PrinciplesInPassage implements PassageFacts {
  private counts?: number[];

  constructor(
    private readonly text: string,
    private known: SentenceInfo[] | undefined,
    readonly stated: Set<PrincipleId>,
    readonly framed: boolean,
    readonly lightTouch: boolean,
  ) {}

  /** Kept only for passages that state a principle; for the others (most) worked out when asked. */
  get sentences(): SentenceInfo[] {
    return this.known ?? splitSentences(this.text).map((span) => ({ span, stated: NONE_STATED }));
  }

  wording(): number[] {
    return (this.counts ??= wordingCounts(this.text));
  }
}

export function principlesPassageFacts(passage: Passage): PassageFacts {
  const text = passage.text;
  const lightTouch = passage.kind !== 'heading' && affirmsLightTouch(text);
  if (!RAW_STEM.test(text)) return new PrinciplesInPassage(text, undefined, NONE_STATED, false, lightTouch);
  let stated = NONE_STATED;
  let framed = false;
  const sentences: SentenceInfo[] = splitSentences(text).map((span) => {
    const said = principlesInSentence(text, span);
    const info: SentenceInfo = { span, stated: said.size > 0 ? said : NONE_STATED };
    if (said.size >= 2 && distinctNamed(said) >= 2) {
      info.frames = framesOf(flat(text.slice(span.start, span.end)));
      framed = true;
    }
    if (said.size > 0) {
      if (stated === NONE_STATED) stated = new Set();
      for (const id of said) stated.add(id);
    }
    return info;
  });
  return new PrinciplesInPassage(text, stated === NONE_STATED ? undefined : sentences, stated, framed, lightTouch);
}
