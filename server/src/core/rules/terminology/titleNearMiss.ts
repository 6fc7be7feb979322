// Title-like phrases ("… Regulations 2006", "… Act 2014") that are not the title of any instrument but
// are one slip away from a real one ("Public Contract Regulations 2006", "Public Procurement
// Regulations 2006", "Concessions Contracts Regulations 2016"). Quiet when the phrase is a real
// title, when it only leaves words or the year out (drafters shorten titles: "Freedom of Information
// Act", "General Data Protection Regulation"), when a describing word stands in front ("UK
// Procurement Act 2023"), when the brackets differ (a devolved title our list lacks), and when
// nothing real is close.

import { INSTRUMENTS } from '../../knowledge/instruments';
import { nearestTitle, titleUrl, titleWords } from '../../knowledge/titles';
import { scanText, type RawMatch } from '../../sentences';

/** Capitalised words (and bracketed parts) ending in Regulations/Regulation/Act, then an optional year. */
const TITLE_LIKE =
  /\b(?:[A-Z][A-Za-z'’-]+|\([A-Z][^()\n]{0,60}\))(?:\s(?:[A-Z][A-Za-z'’-]+|\([A-Z][^()\n]{0,60}\)|and|of|for|on|etc\.?)){0,9}\s(?:Regulations?|Act)(?:\s\d{4})?(?![\w/])/g;
const ANY_TITLE_LIKE = /\b(?:Regulations?|Act)\b/;
const YEAR = /^\d{4}$/;
/** "Article 31 of the …": the phrase is a citation's instrument. Correcting it would let the citation
 * checks see that citation for the first time, so a fix could add a finding; leave those alone. */
const CITED_BEFORE = /\b(?:regulations?|regs?\.?|sections?|ss?\.|articles?|arts?\.?|schedules?|paras?\.?|paragraphs?)\s*[\dIVXivx][^.;]{0,40}?\b(?:of|under|in)\s+(?:the\s+)?$/i;

export interface TitleSlip {
  match: RawMatch;
  /** The phrase without a leading "The". */
  from: number;
  to: number;
  title: string;
  replacement: string;
  url?: string;
  /** The real title is one of the instruments a document can be governed by. */
  governing: boolean;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && short[i] === w) i++;
  return i === short.length;
}

/** The slips in one passage's text (a pure function of the text: cached per passage). */
export function titleSlipsIn(text: string): TitleSlip[] {
  if (!ANY_TITLE_LIKE.test(text)) return [];
  const out: TitleSlip[] = [];
  for (const m of scanText(text, TITLE_LIKE)) {
    let phrase = m.match[0];
    let from = m.from;
    const lead = /^(?:The|This|That|These|Our|Its|Their|Under|Each|Any|All|In|Of)\s/.exec(phrase);
    if (lead) {
      phrase = phrase.slice(lead[0].length);
      from += lead[0].length;
    }
    if (CITED_BEFORE.test(text.slice(Math.max(0, from - 60), from))) continue;
    const words = titleWords(phrase);
    if (words.filter((w) => !YEAR.test(w)).length < 3) continue;
    const near = nearestTitle(phrase);
    if (!near || near.distance === 0) continue;
    const real = titleWords(near.title).filter((w) => !YEAR.test(w));
    const mine = words.filter((w) => !YEAR.test(w));
    if (isSubsequence(mine, real)) continue;
    // "UK Procurement Act 2023", "the new Public Contracts Regulations": a describing word in front.
    if (mine.length > real.length && mine.slice(mine.length - real.length).join(' ') === real.join(' ')) continue;
    // A bracketed part the real title lacks ("Procurement (Wales) Regulations 2024") names another
    // jurisdiction's instrument, and our list of devolved titles is not complete.
    const brackets = (t: string) => (t.match(/\([^()]*\)/g) ?? []).join();
    if (brackets(phrase) !== brackets(near.title)) continue;
    const year = words.find((w) => YEAR.test(w));
    const titleYear = near.title.match(/\b\d{4}$/)?.[0];
    // A phrase without a year is corrected without inventing one.
    const replacement = year || !titleYear ? near.title : near.title.slice(0, -5);
    if (year && titleYear && year !== titleYear && mine.join(' ') === real.join(' ')) continue;
    out.push({ match: m, from, to: m.to, title: near.title, replacement, url: titleUrl(near.title), governing: Object.values(INSTRUMENTS).some((i) => near.title.startsWith(i.title.replace(/ on public procurement$/, ''))) });
  }
  return out;
}
