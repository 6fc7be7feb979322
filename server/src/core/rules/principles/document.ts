// Facts about the whole document the rule needs: is it a tender-type document at all (the rule stays
// quiet on guidance, notices, minutes and statute text), is it a light touch procurement, and how does
// it name the buyer and the bidders (so an inserted clause reads like the rest of the document).

import type { DocumentModel, Passage } from '../../model';
import type { DocumentContext } from '../../types';
import { DEFAULT_WORDING, type Wording } from '../../knowledge/principles';
import { flat } from './detect';
import { TENDER_KINDS } from '../../context/kind';

/** A tender-type document: declared so, or read so from its title and sections (context/kind.ts). */
export function isTenderDocument(context: DocumentContext): boolean {
  return context.kind !== undefined && TENDER_KINDS.has(context.kind);
}

const LIGHT_TOUCH_NAME = /\blight[- ]touch (?:regime|rules|procedure|regulations|services|contract|procurement)\b|\bregulations 74 to 77\b|\bregs? 74[-–]77\b/i;
const AFFIRMS_APPLICATION =
  /\b(?:under|subject to|in accordance with|pursuant to|governed by|falls? (?:within|under)|using|uses|is an?|as an?|apply|applies|follows?|conducted|procured|awarded|run)\b/i;
const NEGATION = /\b(?:not|never|no|neither|nor|whether|if|unless|outside)\b|n['’]t\b/i;

/** True when the front matter says so, or a sentence says this procurement is a light touch one. */
export function isLightTouch(doc: DocumentModel, context: DocumentContext, affirms: (passage: Passage, index: number) => boolean = (p) => p.kind !== 'heading' && affirmsLightTouch(p.text)): boolean {
  if (context.lightTouch !== undefined) return context.lightTouch;
  return doc.passages.some(affirms);
}

/** The first light touch name in a prose passage is used affirmatively ("under the light touch regime"). */
export function affirmsLightTouch(raw: string): boolean {
  // flat() is costly on long passages; without the phrase's stem there is nothing to find.
  if (!/light|reg/i.test(raw)) return false;
  const text = flat(raw);
  const m = LIGHT_TOUCH_NAME.exec(text);
  if (!m) return false;
  const sentenceStart = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
  const before = text.slice(Math.max(sentenceStart, m.index - 120), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split('.')[0];
  if (NEGATION.test(before) || NEGATION.test(after)) return false;
  return AFFIRMS_APPLICATION.test(before) || /^\s*(?:\([^)]{0,40}\)\s*)?(?:applies|will apply|govern)/i.test(after);
}

// Defined terms a buyer calls itself by. Names that also mean someone else in procurement text ("the
// Commission", "the Executive") are left out: the clause would name the wrong body.
const AUTHORITY_NAMES = ['Contracting Authority', 'Authority', 'Council', 'Buyer', 'Customer', 'Purchaser', 'Trust', 'Agency', 'Department', 'Board', 'University', 'College', 'ICB', 'Commissioner', 'Employer', 'Client', 'Corporation'];
const BIDDER_NAMES: Array<[string, string]> = [
  ['bidder', 'bidders'],
  ['tenderer', 'tenderers'],
  ['supplier', 'suppliers'],
  ['economic operator', 'economic operators'],
  ['applicant', 'applicants'],
  ['potential supplier', 'potential suppliers'],
  ['provider', 'providers'],
  ['candidate', 'candidates'],
];

const AUTHORITY_RES = AUTHORITY_NAMES.map((name) => new RegExp(`\\b[Tt]he\\s+${name.replace(/ /g, '\\s+')}\\b`, 'g'));
const BIDDER_RES = BIDDER_NAMES.map(([one]) => [
  new RegExp(`\\b${one.replace(/ /g, '\\s+')}s?\\b`, 'g'),
  // A capital counts as a defined term only mid-sentence: "Bidders must …" opening a sentence says nothing.
  new RegExp(`(?<=[a-z,;)]\\s{1,3})${one.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ /g, '\\s+')}s?\\b`, 'g'),
]);
const WORDING_RES = [...AUTHORITY_RES, ...BIDDER_RES.flat()];
/** Pre-filter: a passage naming none of the buyers or bidders counts nothing. */
const ANY_NAME = new RegExp(WORDING_RES.map((re) => re.source).join('|'));
const NO_COUNTS: number[] = WORDING_RES.map(() => 0);

/** How often one text names each buyer, then each bidder in lower and in upper case (WORDING_RES order). */
export function wordingCounts(text: string): number[] {
  if (!ANY_NAME.test(text)) return NO_COUNTS;
  return WORDING_RES.map((re) => {
    re.lastIndex = 0;
    return text.match(re)?.length ?? 0;
  });
}

/** How the document names its buyer and its bidders; defaults when it does not say. */
export function documentWording(doc: DocumentModel, pa2023: boolean, countsOf: (passage: Passage, index: number) => number[] = (p) => wordingCounts(p.text)): Wording {
  const total = WORDING_RES.map(() => 0);
  // The first 2,000 prose passages are enough to learn the document's words.
  for (let i = 0, prose = 0; i < doc.passages.length && prose < 2000; i++) {
    if (doc.passages[i].kind === 'heading') continue;
    prose++;
    countsOf(doc.passages[i], i).forEach((n, k) => (total[k] += n));
  }
  let authority = DEFAULT_WORDING.authority;
  let best = 0;
  AUTHORITY_NAMES.forEach((name, k) => {
    if (total[k] > best) {
      best = total[k];
      authority = `the ${name}`;
    }
  });
  let bidder = pa2023 ? 'supplier' : DEFAULT_WORDING.bidder;
  let bidders = pa2023 ? 'suppliers' : DEFAULT_WORDING.bidders;
  // One mention is enough: a document that calls them "providers" twice and never "bidders" means providers.
  let bestBidder = 0;
  BIDDER_NAMES.forEach(([one, many], k) => {
    const lower = total[AUTHORITY_NAMES.length + 2 * k];
    const upper = total[AUTHORITY_NAMES.length + 2 * k + 1];
    if (lower + upper > bestBidder) {
      bestBidder = lower + upper;
      const capital = upper > lower;
      bidder = capital ? one.replace(/\b\w/g, (c) => c.toUpperCase()) : one;
      bidders = capital ? many.replace(/\b\w/g, (c) => c.toUpperCase()) : many;
    }
  });
  return { authority, bidder, bidders };
}
