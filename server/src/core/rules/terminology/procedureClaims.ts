// Reading a document for the procedure it says it uses: where procedures are named (rightly or
// wrongly), which of those sentences are claims ("The Authority will use …") rather than discussion,
// and whether a claimed innovation partnership is really an informal collaboration, an alliance or a
// light touch process. Used by the procedure-name rule.

import { documentCitations, passageCitations, resolveInstrument, type PassageCitations } from '../../citations';
import { getClause } from '../../knowledge/clauses';
import { INSTRUMENTS } from '../../knowledge/instruments';
import { getProvision } from '../../knowledge/lookup';
import type { Instrument } from '../../knowledge/types';
import { NAMED_PROVISIONS, WRONG_PROCEDURE_NAMES, namedProvision, type WrongProcedureName } from '../../knowledge/procedures';
import { tiedProvision } from './citationChecks';
import { assertionAt } from '../../language/assertion';
import type { DocumentModel, Passage } from '../../model';
import { NEGATION, collectMatches, isDiscussion, quoted, scanText, toPassageMatch, type PassageMatch, type RawMatch } from '../../sentences';
import type { Fix, Regime, RelatedLocation, Report } from '../../types';

export interface FormalMention {
  hit: PassageMatch;
  /** Id of the procedure meant (NAMED_PROVISIONS). */
  means: string;
  wrong?: WrongProcedureName;
}

// "innovation partnership" names the procedure only with "procedure" or a citation of reg 31/32/Art 31
// right after it; on its own it is often a project's name ("Children's Innovation Partnership").
const IP_TIED_CITATION = /^["”’']?\s?(?:\(|,\s|under\s|in\s|pursuant\sto\s)(?:the\s)?(?:regulation|reg\.?|article|art\.?)\s?3[12]\b/i;

const FORMAL_NAMES: ReadonlyArray<{ pattern: string; means: string; wrong?: WrongProcedureName }> = [
  ...WRONG_PROCEDURE_NAMES.map((wrong) => ({ pattern: wrong.pattern, means: wrong.means, wrong })),
  ...NAMED_PROVISIONS.filter((p) => p.procedure).map((p) => ({
    pattern: p.id === 'innovation-partnership' ? String.raw`innovation\s+partnerships?["”’']?(?:\s+procedure)?` : p.pattern,
    means: p.id,
  })),
];
const FORMAL_RES = FORMAL_NAMES.map((f) => new RegExp(String.raw`\b(?:${f.pattern})\b`, 'gi'));
/** Pre-filter: one test for every name (without word boundaries: a superset). */
const ANY_FORMAL = new RegExp(FORMAL_NAMES.map((f) => `(?:${f.pattern})`).join('|'), 'i');

/** What the innovation partnership analysis needs from one passage. */
export interface PartnershipFacts {
  informal: RawMatch[];
  /** The first match of each informal sign, by index into INFORMAL_SIGNS. */
  signs: Array<RawMatch | undefined>;
  substance: boolean;
}

/** What the procedure-name rule reads in one passage; a pure function of the passage (see memo.ts). */
export interface ProcedureFacts {
  /** Matches of each formal or wrong name, by index into FORMAL_NAMES; undefined where none. */
  formal?: RawMatch[][];
  cites: PassageCitations;
  /** Computed on first use: most documents claim no innovation partnership. */
  partnership(): PartnershipFacts;
}

// A class rather than closures: the cache holds one of these per passage.
class PassageProcedures implements ProcedureFacts {
  private partnershipFacts?: PartnershipFacts;

  constructor(
    private readonly text: string,
    readonly cites: PassageCitations,
    readonly formal?: RawMatch[][],
  ) {}

  partnership(): PartnershipFacts {
    return (this.partnershipFacts ??= partnershipFacts(this.text));
  }
}

/** Most passages show no sign of either kind of partnership: they share one value. */
const NO_PARTNERSHIP: PartnershipFacts = { informal: [], signs: [], substance: false };

function partnershipFacts(text: string): PartnershipFacts {
  const informal = scanText(text, INFORMAL_NAME);
  const signs = SIGN_RES.map((re) => scanText(text, re)[0]);
  const substance = SUBSTANCE.test(text);
  return informal.length === 0 && !substance && signs.every((s) => s === undefined) ? NO_PARTNERSHIP : { informal, signs, substance };
}

export function procedureFacts(passage: Passage): ProcedureFacts {
  const text = passage.text;
  let formal: RawMatch[][] | undefined;
  if (ANY_FORMAL.test(text)) {
    const all = FORMAL_RES.map((re) => scanText(text, re));
    if (all.some((m) => m.length > 0)) formal = all;
  }
  return new PassageProcedures(text, passageCitations(passage), formal);
}

export function formalMentions(doc: DocumentModel, facts: ProcedureFacts[] = doc.passages.map(procedureFacts)): FormalMention[] {
  const out: FormalMention[] = [];
  const named: number[] = [];
  facts.forEach((f, i) => f.formal && named.push(i));
  FORMAL_NAMES.forEach((name, k) => {
    for (const hit of collectMatches(doc, (i) => facts[i].formal?.[k], named)) {
      if (name.means === 'innovation-partnership' && !name.wrong && !/procedure$/i.test(hit.match[0]) && !IP_TIED_CITATION.test(hit.passage.text.slice(hit.to, hit.to + 40))) continue;
      out.push(name.wrong ? { hit, means: name.means, wrong: name.wrong } : { hit, means: name.means });
    }
  });
  return out.sort((a, b) => a.hit.start - b.hit.start);
}

const MODAL = /\b(?:may|can|could|might|must|should|would)\b/i;
// Past procurements ("was let in 2019 using the restricted procedure") are history, not this document's claim.
const PAST = /\b(?:was|were|had\s+been|used\s+to|last\s+year|in\s+(?:19|20[01])\d\d|in\s+202[0-4])\b/i;
const SUBJECT =
  /\b(?:this|the\s+present|our)\s+(?:procurement|tender|contract|competition|opportunity|process|exercise|invitation|requirement|project|partnership|arrangement|service|collaboration)\b|\b(?:we|the\s+(?:authority|council|trust|department|board|buyer|contracting\s+authority|commissioner|commissioners|agency|ICB|purchaser|customer|partnership|partners))\b/i;
const USAGE =
  /\b(?:us(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|run(?:s|ning)?|follow(?:s|ed|ing)?|adopt(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|procured?|tendered|let|awarded|under|via|by\s+way\s+of|by\s+means\s+of|through|in\s+accordance\s+with|pursuant\s+to)\b/i;
const LABEL_BEFORE = /(?:procedure|route)\s*[:–-]\s*(?:the\s+|an?\s+)?$/i;
const PASSIVE_AFTER = /^[^.;]{0,40}?\b(?:will|shall|is|are)\s+(?:be\s+|being\s+)?(?:used|followed|adopted|applied|run|conducted)\b/i;

/**
 * The shared assertion analysis (language/assertion.ts) reads the mention as true of this procurement
 * now: not quoted, defined, conditional, contrasted, negated or historical in its own clause. It adds
 * to the sentence-wide cues above, which stay because a procedure claim needs the whole sentence's
 * verb; the clause-level reading catches what they miss ("If the Council were to use …").
 */
export function assertsCurrently(hit: PassageMatch): boolean {
  const s = hit.sentence;
  return assertionAt(s.text, hit.from - s.start, hit.to - s.start).kind === 'current';
}

/** The sentence says this procurement uses the procedure (not guidance, a comparison or a denial). */
export function isClaim(hit: PassageMatch): boolean {
  const s = hit.sentence;
  const before = hit.passage.text.slice(s.start, hit.from);
  if (LABEL_BEFORE.test(before)) return true;
  if (isDiscussion(s.text) || MODAL.test(s.text) || PAST.test(s.text) || !assertsCurrently(hit)) return false;
  if (PASSIVE_AFTER.test(hit.passage.text.slice(hit.to, s.end))) return true;
  return SUBJECT.test(s.text) && USAGE.test(s.text);
}

/** What an informal arrangement looks like (law-facts §1.3, §6.1, §6.3). */
const INFORMAL_SIGNS: ReadonlyArray<{ label: string; re: RegExp }> = [
  { label: 'an alliance arrangement', re: /\balliance\s+(?:contract|agreement|model|board|partners?|arrangement)\b|\balliancing\b/i },
  {
    label: 'an informal collaboration',
    re: /\b(?:memorandum\s+of\s+understanding|collaboration\s+agreement|non-binding|not\s+legally\s+binding|informal\s+(?:partnership|collaboration|arrangement)|co-produc(?:ed|tion))\b/i,
  },
  {
    label: 'a light touch procurement designed by the authority',
    re: /\blight[\s-]+touch\s+(?:regime|procedure|rules|process)\b|\bregulations?\s+7[456]\b|\bSchedule\s+3\s+services\b/i,
  },
];
/** What the statutory procedure needs: R&D phases and buying the result (reg 31(9)–(10)). */
const SUBSTANCE =
  /\bresearch\s+and\s+(?:development|innovation)\b|\bR&D\b|\bsuccessive\s+phases\b|\bdevelopment\s+phases?\b|\bintermediate\s+targets\b|\bpurchase\s+(?:of\s+)?the\s+(?:result|resulting|developed|outcome)|\bprototypes?\b/i;
const INFORMAL_NAME = /\binnovative\s+partnerships?\b(?!\s+procedure)/gi;
const SIGN_RES = INFORMAL_SIGNS.map((x) => new RegExp(x.re.source, 'gi'));

function firstMatch(doc: DocumentModel, partnership: PartnershipFacts[], sign: number): PassageMatch | undefined {
  const i = partnership.findIndex((p) => p.signs[sign] !== undefined);
  return i < 0 ? undefined : toPassageMatch(doc, doc.passages[i], i, partnership[i].signs[sign]!);
}

const STATUTORY: Partial<Record<Regime, string>> = {
  'pcr-2015': 'regulation 31 of the Public Contracts Regulations 2015',
  'pcsr-2015': 'regulation 32 of the Public Contracts (Scotland) Regulations 2015',
  'directive-2014-24': 'Article 31 of Directive 2014/24/EU',
};

/** legislation.gov.uk address of the innovation partnership provision in the regime's instrument. */
function statutoryUrl(regime: Regime): string {
  const instrument = regime in STATUTORY ? regime : 'pcr-2015';
  const ref = namedProvision('innovation-partnership')?.provisions[instrument as Instrument];
  return (ref && getProvision(instrument as Instrument, ref.kind, ref.number)?.url) ?? INSTRUMENTS[instrument as Instrument].url;
}

/**
 * The document cites the procedure's provision, read as the citation rule would correct it, so that
 * none of its fixes (a provision word, a number tied to a name) changes the answer: a citation written
 * next to a procedure's name cites that procedure; "Article 31 of the PCR 2015" means regulation 31.
 */
function citesTheProcedure(doc: DocumentModel, regime: Regime, facts: ProcedureFacts[]): boolean {
  const ip = namedProvision('innovation-partnership')?.provisions;
  const { scope } = documentCitations(doc, (_, i) => facts[i].cites);
  return facts.some((f, index) =>
    f.cites.under(scope).some((c) => {
      const tie = tiedProvision(doc.passages[index].text, c);
      if (tie) return tie.named.id === 'innovation-partnership';
      return ip?.[resolveInstrument(c, regime)]?.number === c.number;
    }),
  );
}

/** One finding about a claimed innovation partnership, or undefined when the document is consistent. */
export function analyseInnovationPartnership(
  doc: DocumentModel,
  mentions: FormalMention[],
  regime: Regime,
  facts: ProcedureFacts[] = doc.passages.map(procedureFacts),
): { report: Report; covers: FormalMention[] } | undefined {
  const ip = mentions.filter((m) => m.means === 'innovation-partnership');
  const claims = ip.filter((m) => isClaim(m.hit));
  // A sentence that says the partnership is NOT the procedure (the tender-informal-partnership clause) settles it.
  if (claims.length === 0 || ip.some((m) => NEGATION.test(m.hit.sentence.text))) return undefined;
  const partnership = facts.map((f) => f.partnership());
  const withInformal: number[] = [];
  partnership.forEach((p, i) => p.informal.length > 0 && withInformal.push(i));
  const informalNames = collectMatches(doc, (i) => partnership[i].informal, withInformal);
  const related: RelatedLocation[] = informalNames.map((h) => ({ start: h.start, end: h.end, message: `Called an informal "${quoted(h.match[0])}" here.` }));
  const first = claims[0].hit;
  const statutory = STATUTORY[regime] ?? STATUTORY['pcr-2015']!;
  const signs = INFORMAL_SIGNS.map((x, k) => ({ ...x, hit: firstMatch(doc, partnership, k) })).filter((x): x is typeof x & { hit: PassageMatch } => x.hit !== undefined);
  const substance = partnership.some((p) => p.substance) || citesTheProcedure(doc, regime, facts);

  if (signs.length > 0 && !substance) {
    const labels = signs.map((x) => x.label).join(' and ');
    related.unshift(...signs.map((x) => ({ start: x.hit.start, end: x.hit.end, message: `Described as ${x.label} here.` })));
    const both = informalNames.length > 0 ? ' The document also calls it an "innovative partnership", which is a different thing.' : '';
    const fixes: Fix[] = claims.every((m) => m.hit.replaceable)
      ? [
          {
            title: 'Call it an "innovative (collaborative) partnership"',
            edits: claims.map((m) => ({ start: m.hit.start, end: m.hit.end, text: 'innovative (collaborative) partnership' })),
            preferred: true,
          },
        ]
      : [];
    const clause = getClause('tender-informal-partnership');
    const block = doc.blocks.find((b) => b.start <= first.start && first.end <= b.end);
    // The clause does not correct a name that does not exist ("Innovative Partnership procedure"): only the rewording does.
    if (clause && block && !claims.some((m) => m.wrong)) fixes.push({ title: `Add the clause "${clause.title}"`, edits: [{ start: block.end, end: block.end, text: `\n\n${clause.body}` }] });
    return {
      // Only the wrong names the rewording replaces; a wrong name elsewhere gets its own finding.
      covers: claims.filter((m) => m.wrong),
      report: {
        message: 'Call it an "innovative (collaborative) partnership": with no R&D phases, it is not the statutory procedure.',
        detail:
          `The document says it uses the innovation partnership procedure (${statutory}) but describes ${labels}, with no research-and-development phases and no purchase of a developed result. ` +
          `That procedure exists to develop an innovative product, service or works and then buy it, so this appears to be ${labels}.${both} ` +
          `Rename it, or add a clause saying it is not the statutory procedure. Source: ${statutoryUrl(regime)}`,
        start: first.start,
        end: first.end,
        fixes,
        related,
        data: { kind: 'informal-arrangement', signs: signs.map((x) => x.label) },
      },
    };
  }
  if (informalNames.length === 0) return undefined;
  return {
    covers: [],
    report: {
      message: 'Use one term: this arrangement is called both an "innovative partnership" and the innovation partnership procedure.',
      detail:
        `An "innovative partnership" is an informal way of working; the innovation partnership procedure (${statutory}) is the statutory procedure for developing and then buying an innovative solution. ` +
        `Use one term throughout, or say expressly that the partnership is not the statutory procedure. Source: ${statutoryUrl(regime)}`,
      start: first.start,
      end: first.end,
      related,
      data: { kind: 'both-terms' },
    },
  };
}
