// citation: a named procedure or provision cited with the wrong number for its instrument ("the
// innovation partnership procedure (regulation 32)" under PCR 2015), the wrong provision word for the
// instrument ("Article 31 of the Public Contracts Regulations 2015"), misspelt or wrong instrument
// titles, and provisions beyond the last one of an instrument (only where that bound is certain).
// Facts: law-facts.md §1.1, §2.2, §3, §4, §7.6.

import { documentCitations, passageCitations, resolveInstrument, type DetailedCitation, type PassageCitations } from '../citations';
import { KINDS_BY_INSTRUMENT, MISSPELT_TITLES, PROVISION_UPPER_BOUNDS } from '../knowledge/citationTitles';
import { INSTRUMENTS, shortName } from '../knowledge/instruments';
import { formatParagraph, formatProvision } from '../knowledge/procedures';
import type { Instrument, ProvisionKind } from '../knowledge/types';
import { sourceRange, type Passage } from '../model';
import { collectMatches, quoted, scanText, sentenceAround, sourceReads, startsSentence, type RawMatch } from '../sentences';
import { assertionAt } from '../language/assertion';
import type { Rule, RuleContext } from '../types';
import { capitalise, kindWordFor, romanToInt, tiedProvision, wrongNumberDetail } from './terminology/citationChecks';
import { titleSlipsIn, type TitleSlip } from './terminology/titleNearMiss';
import { checkSubjectTie } from './terminology/subjectChecks';
import { checkNoticeNumber } from './terminology/noticeNumber';

const rule: Rule = {
  id: 'citation',
  description: 'Citations must use the right number, provision word and title for the instrument they cite.',
  rationale:
    'A wrong number sends the reader to the wrong rule: the innovation partnership is regulation 31 of the Public Contracts Regulations 2015 but regulation 32 in Scotland; ' +
    'regulation 86 is the award decision notice, not the contract award notice (regulation 50). Regulations have regulations, Acts sections and Directives articles, ' +
    'and a misspelt title ("Public Contract Regulations 2015") names no instrument at all.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      // The award decision notice is the regulation 86 notice.
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2023-03-01\n---\n\n# Award\n\nThe Regulation 86 notice will be sent to all bidders.\n',
      // A section without a statutory subdivision beside an Act-only procedure may be the document's own section.
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-04-22\n---\n\n# Guide\n\nThe competitive flexible procedure (see section 4) is explained below.\n',
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Authority uses the innovation partnership procedure (regulation 31) and the principles of procurement (regulation 18).\n',
      '---\ntender-lint:\n  regime: pcsr-2015\n---\n\n# Procedure\n\nThe Council uses the innovation partnership procedure (regulation 32 of the Public Contracts (Scotland) Regulations 2015).\n',
      '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Engagement\n\nPreliminary market engagement (section 16) will be announced in a preliminary market engagement notice (section 17).\n',
      // A subject cited to one of its own provisions is fine.
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Award\n\nTenders are evaluated against the award criteria in regulation 67, and the exclusion grounds in regulation 57 apply.\n',
      // Shortened, prefixed and devolved titles are not slips.
      '# Information\n\nRequests are handled under the Freedom of Information Act. The UK Procurement Act 2023 applies, and in Wales the Procurement (Wales) Regulations 2024.\n',
    ],
    invalid: [
      {
        text: '---\ntender-lint:\n  regime: pcr-2015\n  date: 2023-03-01\n---\n\n# Award\n\nBidders will receive a Regulation 87 notice setting out the award decision.\n',
        count: 1,
        messageIncludes: 'Write "regulation 86 notice"',
      },
      {
        text: '# Scottish procurement\n\nThe Procurement (Scotland) Reform Act 2014 requires an annual procurement report.\n',
        count: 1,
        messageIncludes: 'Procurement Reform (Scotland) Act 2014',
      },
      // A PCR-era page explaining the Act: the Act-only procedure says which instrument the bare section is in.
      { text: '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-04-22\n---\n\n# Guide\n\nThe procedures are consolidated into the competitive flexible procedure (section 22(2)(b)).\n', count: 1, messageIncludes: 'section 20(2)(b) of PA 2023' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Authority uses the innovation partnership procedure (regulation 32).\n', count: 1, messageIncludes: 'regulation 31' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Award\n\nWe will publish a contract award notice (regulation 86) within 30 days.\n', count: 1, messageIncludes: 'regulation 50' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Law\n\nSee Article 31 of the Public Contracts Regulations 2015.\n', count: 1, messageIncludes: 'regulation' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Law\n\nThis tender is subject to the Public Contract Regulations 2015.\n', count: 1, messageIncludes: 'Public Contracts Regulations 2015' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Engagement\n\nWe will run preliminary market engagement (section 17 of the Procurement Act 2023).\n', count: 1, messageIncludes: 'section 16' },
      // A subject tied to a provision that is not about it (knowledge/subjects).
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Selection\n\nBidders must declare whether any of the exclusion grounds in regulation 58 apply to them.\n', count: 1, messageIncludes: 'regulation 57' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Award\n\nThe standstill period under section 52 will be eight working days.\n', count: 1, messageIncludes: 'section 51' },
      // The wrong word and, for its subject, the wrong number too: no fix, since "regulation 31" would be wrong as well.
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Award\n\nTenders are evaluated on the most economically advantageous tender (see Article 31 of the Public Contracts Regulations 2015).\n', count: 1, messageIncludes: 'Check which provision is meant' },
      // One slip away from a real title, here an instrument other than the four regimes.
      { text: '# Concessions\n\nThe award is subject to the Concessions Contracts Regulations 2016.\n', count: 1, messageIncludes: 'Concession Contracts Regulations 2016' },
      { text: '# Law\n\nThe Public Procurement Contracts Regulations 2015 govern this tender.\n', count: 1, messageIncludes: 'Public Contracts Regulations 2015' },
    ],
  },
  check(ctx) {
    const facts = ctx.doc.passages.map((p) => ctx.memo(p, passageFacts));
    checkTitles(ctx, facts);
    const { scope } = documentCitations(ctx.doc, (_, i) => facts[i].cites);
    facts.forEach((f, index) => {
      const cites = f.cites.under(scope);
      if (cites.length === 0) return;
      const passage = ctx.doc.passages[index];
      // A list or range ("regulations 29 and 30") is not tied to the one name before it.
      const sharedStart = new Map<number, number>();
      if (cites.length > 1) for (const c of cites) sharedStart.set(c.start, (sharedStart.get(c.start) ?? 0) + 1);
      for (const c of cites) {
        if (quotedCitation(passage.text, c)) continue;
        const single = cites.length === 1 || sharedStart.get(c.start) === 1;
        if (checkKindWord(ctx, passage, c, single)) continue;
        numberChecks(ctx, passage, c, single);
      }
    });
  },
};

/** What one passage holds for this rule (cached per passage: see memo.ts). */
interface PassageFacts {
  cites: PassageCitations;
  /** Matches of each misspelt title, by index into MISSPELT_TITLES; undefined where none. */
  titles?: RawMatch[][];
  /** Title-like phrases one slip away from a real title. */
  slips: TitleSlip[];
}

const TITLE_PATTERNS = MISSPELT_TITLES.map((t) => new RegExp(String.raw`\b(?:${t.wrong})(?![\w/])`, 'gi'));
/** Pre-filter: one test for all the titles (without their boundaries: a superset). */
const ANY_TITLE = new RegExp(MISSPELT_TITLES.map((t) => `(?:${t.wrong})`).join('|'), 'i');

function passageFacts(passage: Passage): PassageFacts {
  const facts: PassageFacts = { cites: passageCitations(passage), slips: titleSlipsIn(passage.text) };
  if (ANY_TITLE.test(passage.text)) {
    const titles = TITLE_PATTERNS.map((re) => scanText(passage.text, re));
    if (titles.some((t) => t.length > 0)) facts.titles = titles;
  }
  return facts;
}

// The wrong title is not repeated in the message: the finding's range shows it, and a title and its
// correction share most of their words.
const NO_SUCH_TITLE = 'no instrument has the title written here.';

function checkTitles({ doc, report }: RuleContext, facts: PassageFacts[]): void {
  const titled: number[] = [];
  facts.forEach((f, i) => f.titles && titled.push(i));
  const reported: Array<{ start: number; end: number }> = [];
  MISSPELT_TITLES.forEach((t, k) => {
    for (const hit of collectMatches(doc, (i) => facts[i].titles?.[k], titled)) {
      reported.push(hit);
      report({
        message: `Write "${t.right}": ${NO_SUCH_TITLE}`,
        detail: `"${quoted(hit.match[0])}" is not the title of any instrument: ${t.why}. Source: ${INSTRUMENTS[t.instrument].url}`,
        start: hit.start,
        end: hit.end,
        fixes: hit.replaceable ? [{ title: `Replace with "${t.right}"`, edits: [{ start: hit.start, end: hit.end, text: t.right }], preferred: true }] : [],
        data: { kind: 'title', right: t.right },
      });
    }
  });
  facts.forEach((f, i) => {
    for (const slip of f.slips) {
      const passage = doc.passages[i];
      const { start, end } = sourceRange(passage, slip.from, slip.to);
      if (reported.some((r) => r.start < end && start < r.end)) continue;
      const written = passage.text.slice(slip.from, slip.to);
      const source = slip.url ? ` Source: ${slip.url}` : '';
      report({
        message: `Write "${slip.replacement}": ${NO_SUCH_TITLE}`,
        detail: `"${quoted(written)}" is not the title of any instrument; the nearest real title is the ${slip.title}.${source}`,
        start,
        end,
        // A slip in the title of a governing instrument gets no fix: the corrected title would change
        // which law the document is read under, and so what other rules say about it.
        fixes: !slip.governing && sourceReads(doc, start, end, written) ? [{ title: `Replace with "${slip.replacement}"`, edits: [{ start, end, text: slip.replacement }], preferred: true }] : [],
        data: { kind: 'title-near-miss', right: slip.title },
      });
    }
  });
}

// Citations are kept with their passage's cached facts (memo.ts): each is read once, not on every lint.
const quotedCache = new WeakMap<DetailedCitation, { text: string; quoted: boolean }>();

/** Someone else's words in quotation marks ("the bidder wrote: "… regulation 32 …""): not this document's citation to correct. */
function quotedCitation(text: string, c: DetailedCitation): boolean {
  const cached = quotedCache.get(c);
  if (cached && cached.text === text) return cached.quoted;
  const s = sentenceAround(text, c.start);
  const quoted = assertionAt(text.slice(s.start, s.end), c.start - s.start, c.end - s.start).kind === 'quoted';
  quotedCache.set(c, { text, quoted });
  return quoted;
}

/** The checks on a citation's number, once its provision word is right. */
function numberChecks(ctx: RuleContext, passage: Passage, c: DetailedCitation, single: boolean): void {
  if (checkUpperBound(ctx, passage, c) || checkNoticeNumber(ctx, passage, c) || c.rangeEnd || !single) return;
  if (tiedProvision(passage.text, c)) checkTiedName(ctx, passage, c);
  else checkSubjectTie(ctx, passage, c);
}

/** Would the citation, with its provision word corrected, be reported for its number? Then the word fix alone is not safe. */
function numberWrongToo(ctx: RuleContext, passage: Passage, c: DetailedCitation, kind: ProvisionKind, single: boolean): boolean {
  let fires = false;
  numberChecks({ ...ctx, report: () => { fires = true; } }, passage, { ...c, kind }, single);
  return fires;
}

/** "Article 31 of the PCR 2015": the provision word does not exist in the cited instrument. */
function checkKindWord(ctx: RuleContext, passage: Passage, c: DetailedCitation, single: boolean): boolean {
  const { doc, report } = ctx;
  if (!c.instrument || !c.instrumentExplicit || KINDS_BY_INSTRUMENT[c.instrument].includes(c.kind)) return false;
  const info = INSTRUMENTS[c.instrument];
  const right = kindWordFor(c.instrument, c.kind, c.kindText, startsSentence(passage.text, Math.min(c.start, c.kindStart)));
  const at = sourceRange(passage, c.kindStart, c.kindStart + c.kindText.length);
  // A number that is wrong for the corrected word too ("MEAT (Article 31 of the PCR 2015)": regulation 31 is not about award criteria) needs the drafter.
  const alsoNumber = right !== undefined && numberWrongToo(ctx, passage, c, info.provisionKind, single);
  const has = `${shortName(c.instrument)} numbers its provisions as ${info.provisionKind === 'article' ? 'Articles' : `${info.provisionKind}s`}, not ${c.kind}s.`;
  report({
    message: right && !alsoNumber ? `Write "${right} ${c.number}": ${has}` : `Check which provision is meant: ${has}`,
    detail:
      `"${c.kindText} ${c.number}" cites nothing: the ${info.title} ${c.instrument === 'pa-2023' ? 'is divided into sections' : c.instrument === 'directive-2014-24' ? 'is divided into Articles' : 'are divided into regulations'}. ` +
      `${alsoNumber ? `${capitalise(right!)} ${c.number} is not about what the sentence ties it to either. ` : right ? 'Check that the number is the one meant. ' : ''}Source: ${info.url}`,
    start: at.start,
    end: at.end,
    fixes: right && !alsoNumber && sourceReads(doc, at.start, at.end, c.kindText) ? [{ title: `Replace "${c.kindText}" with "${right}"`, edits: [{ start: at.start, end: at.end, text: right }], preferred: true }] : [],
    data: { kind: 'provision-word' },
  });
  return true;
}

/** A provision number beyond the instrument's last one (only bounds we are sure of). */
function checkUpperBound({ report }: RuleContext, passage: Passage, c: DetailedCitation): boolean {
  if (!c.instrument) return false;
  const bound = PROVISION_UPPER_BOUNDS[c.instrument]?.[c.kind];
  if (bound === undefined) return false;
  const value = (n: string) => (c.kind === 'annex' ? romanToInt(n) : parseInt(n, 10));
  const too = [c.number, c.rangeEnd].find((n) => n !== undefined && value(n) > bound);
  if (!too) return false;
  const info = INSTRUMENTS[c.instrument];
  const at = sourceRange(passage, c.numberStart, c.numberEnd);
  report({
    message: `Check this citation: ${shortName(c.instrument)} has no ${kindLabel(c.kind)} ${too}; its last is ${kindLabel(c.kind)} ${c.kind === 'annex' ? toRoman(bound) : bound}.`,
    detail: `${info.title.startsWith('Directive') ? '' : 'The '}${info.title} ends at ${kindLabel(c.kind)} ${c.kind === 'annex' ? toRoman(bound) : bound}, so ${kindLabel(c.kind)} ${too} cites nothing. Source: ${info.url}`,
    start: at.start,
    end: at.end,
    data: { kind: 'no-such-provision' },
  });
  return true;
}

function kindLabel(kind: ProvisionKind): string {
  return kind === 'article' ? 'Article' : kind === 'annex' ? 'Annex' : kind === 'schedule' ? 'Schedule' : kind;
}

function toRoman(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'][n] ?? String(n);
}

/**
 * A bare "section 22(2)(b)" beside a procedure that only the Procurement Act 2023 has ("the competitive
 * flexible procedure (section 22(2)(b))") cites the Act, whatever the document's regime: a PCR-era page
 * explaining the Act still means the Act. The statutory subdivision is required, because "the
 * competitive flexible procedure (see section 4)" may mean section 4 of the document itself.
 */
function actOnlySection(c: DetailedCitation, provisions: Partial<Record<Instrument, unknown>>): Instrument | undefined {
  if (c.instrument || c.kind !== 'section' || !c.paragraph) return undefined;
  const holders = Object.keys(provisions);
  return holders.length === 1 && holders[0] === 'pa-2023' ? 'pa-2023' : undefined;
}

/** "the innovation partnership procedure (regulation 32)" in a PCR 2015 document. */
function checkTiedName({ doc, context, report }: RuleContext, passage: Passage, c: DetailedCitation): void {
  const tie = tiedProvision(passage.text, c);
  if (!tie) return;
  const bare = !c.instrument;
  const instrument: Instrument = tie.hint ?? actOnlySection(c, tie.named.provisions) ?? resolveInstrument(c, context.regime);
  // In an Act document a bare "regulation 20" next to "open procedure" is more likely a wrong word than a wrong number.
  if (bare && !tie.hint && context.regime === 'pa-2023' && c.kind === 'regulation' && tie.named.provisions['pa-2023']) return;
  const expected = tie.named.provisions[instrument];
  if (!expected || expected.kind !== c.kind) return;
  const numberWrong = expected.number !== c.number;
  const paragraphWrong = expected.paragraph !== undefined && c.paragraph !== undefined && expected.paragraph !== c.paragraph;
  if (!numberWrong && !paragraphWrong) return;
  const at = sourceRange(passage, c.numberStart, c.numberEnd);
  const right = `${expected.number}${c.paragraph ? formatParagraph(expected.paragraph ?? c.paragraph) : ''}`;
  const canFix = !(numberWrong && c.paragraph && !expected.paragraph);
  const fixable = canFix && sourceReads(doc, at.start, at.end, passage.text.slice(c.numberStart, c.numberEnd));
  const cited = `${kindLabel(c.kind)} ${c.number}${formatParagraph(c.paragraph)}`;
  report({
    message:
      `Cite ${formatProvision(expected)} of ${shortName(instrument)} for the ${tie.named.name}, not ${cited}.` +
      (canFix ? '' : ' Check the paragraph too: paragraph numbers differ between instruments.'),
    detail: wrongNumberDetail(instrument, expected, `the ${tie.named.name}`, cited, c.number, c.kind),
    start: at.start,
    end: at.end,
    fixes: fixable ? [{ title: `Replace with ${kindLabel(c.kind)} ${right}`, edits: [{ start: at.start, end: at.end, text: right }], preferred: true }] : [],
    data: { kind: 'wrong-number', named: tie.named.id, expected: right },
  });
}

export default rule;
