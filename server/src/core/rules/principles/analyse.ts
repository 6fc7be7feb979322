// One analysis of a document's principle statements, shared by the missing-principle rule and by
// principleChecklist() (the code lens), so that both always agree.

import type { DocumentModel } from '../../model';
import { noMemo } from '../../memo';
import { principlesPassageFacts } from './passageFacts';
import type { DocumentContext, Fix, RuleContext } from '../../types';
import { PRINCIPLES, principleSetFor, type PrincipleId, type PrincipleSet, type Wording } from '../../knowledge/principles';
import { hasPrinciplesCue, isStated, type Span } from './detect';
import { documentWording, isLightTouch, isTenderDocument } from './document';
import { titleSection } from '../../context/kind';
import { buildFix, fullStatementFix } from './fix';
import { analysePassages, endOfOwnContent, findStatements, passagesIn, type PassageInfo, type Statement } from './statements';

export interface StatementResult {
  statement: Statement;
  missing: PrincipleId[];
}

export interface PrincipleAnalysis {
  set: PrincipleSet;
  wording: Wording;
  infos: PassageInfo[];
  /** Required principles stated anywhere in the document. */
  stated: PrincipleId[];
  missing: PrincipleId[];
  statements: StatementResult[];
  /** The title heading (or the start of the body) where a document-level finding goes. */
  title: Span;
}

// The code lens asks for the analysis of the document the rule has just analysed: keep the last one.
const lastAnalysis = new WeakMap<DocumentModel, { context: DocumentContext; analysis: PrincipleAnalysis | undefined }>();

function sameContext(a: DocumentContext, b: DocumentContext): boolean {
  return a.regime === b.regime && a.regimeSource === b.regimeSource && a.date === b.date && a.dateIsExplicit === b.dateIsExplicit && a.kind === b.kind && a.kindSource === b.kindSource && a.lightTouch === b.lightTouch;
}

/**
 * Undefined when the document is not one the rule checks (guidance, notices, statute text …).
 * `memo` keeps per-passage facts across lints (the rule passes its RuleContext's).
 */
export function analysePrinciples(doc: DocumentModel, context: DocumentContext, memo: RuleContext['memo'] = noMemo): PrincipleAnalysis | undefined {
  const last = lastAnalysis.get(doc);
  if (last && sameContext(last.context, context)) return last.analysis;
  const analysis = analyse(doc, context, memo);
  lastAnalysis.set(doc, { context, analysis });
  return analysis;
}

function analyse(doc: DocumentModel, context: DocumentContext, memo: RuleContext['memo']): PrincipleAnalysis | undefined {
  // The Provider Selection Regime has its own rules; PCR and Act principles do not judge it.
  if (context.regime === 'psr-2023' || !isTenderDocument(context)) return undefined;
  const infos = analysePassages(doc, (p) => memo(p, principlesPassageFacts));
  const set = principleSetFor(context.regime, context.regime !== 'pa-2023' && isLightTouch(doc, context, (p, i) => p.kind !== 'heading' && infos[i].facts.lightTouch));
  if (!set) return undefined;
  const everywhere = new Set<PrincipleId>();
  for (const i of infos) if (i.stated.size > 0) for (const id of i.stated) everywhere.add(id);
  if (vocabularyContradictsGuess(context, set, everywhere)) return undefined;
  const required = set.required.map((r) => r.principle);
  const relevant = new Set<PrincipleId>(required.flatMap((id) => [id, ...(PRINCIPLES[id].alsoStatedBy ?? [])]));
  // A statement that names none of the required principles (a "Principles" section of values such as
  // value for money and social value) states something else, and is not held to the regime's list.
  const statements = findStatements(doc, infos, relevant)
    .filter((statement) => required.some((id) => isStated(id, statement.stated)))
    .map((statement) => {
      const inScope = new Set<PrincipleId>(statement.stated);
      for (const i of passagesIn(infos, statement.scope)) for (const id of i.stated) inScope.add(id);
      return { statement, missing: required.filter((id) => !isStated(id, inScope)) };
    });
  const title = titleSection(doc);
  return {
    set,
    wording: documentWording(doc, set.regime === 'pa-2023', (_, i) => infos[i].facts.wording()),
    infos,
    stated: required.filter((id) => isStated(id, everywhere)),
    missing: required.filter((id) => !isStated(id, everywhere)),
    statements,
    title: title ? { start: title.headingStart, end: title.headingEnd } : bodyStartSpan(doc),
  };
}

const CLASSIC_ONLY: PrincipleId[] = ['non-discrimination', 'proportionality'];
const PA_ONLY: PrincipleId[] = ['value-for-money', 'public-benefit', 'sharing-information', 'integrity'];

/**
 * With no regime, date or citation in the document, its regime is only a guess from today's date.
 * A document written in the other regime's vocabulary is then left alone rather than held to a law
 * it may not be under.
 */
function vocabularyContradictsGuess(context: DocumentContext, set: PrincipleSet, stated: ReadonlySet<PrincipleId>): boolean {
  if (context.regimeSource !== 'date' || context.dateIsExplicit) return false;
  const classic = CLASSIC_ONLY.some((id) => stated.has(id));
  const pa = PA_ONLY.some((id) => stated.has(id));
  // Under a guess of the Act (only today's date), any PCR-only principle in the text means the document
  // may well be a PCR one (or follow another instrument's list): too uncertain to hold it to s.12.
  return set.regime === 'pa-2023' ? classic : pa && !classic;
}

function bodyStartSpan(doc: DocumentModel): Span {
  const first = doc.passages[0];
  return first ? { start: first.start, end: first.end } : { start: doc.bodyStart, end: doc.bodyStart };
}

export function statementFixes(doc: DocumentModel, a: PrincipleAnalysis, result: StatementResult, only?: PrincipleId): Fix[] {
  const fixes = [buildFix(doc, a.infos, result.statement.target, result.missing, a.wording, true)];
  if (only && result.missing.length > 1) fixes.push(buildFix(doc, a.infos, result.statement.target, [only], a.wording, false));
  return fixes;
}

const PROCEDURE_HEADING = /\bprocurement (?:procedure|process)\b|^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:the\s+)?procedure\W*$/i;

/** The full clause for a document stating none of the principles: in a Principles or Procedure section, else after the title. */
export function documentFix(doc: DocumentModel, a: PrincipleAnalysis): Fix {
  // hasPrinciplesCue leaves out "Design principles" and the like.
  for (const fits of [(t: string) => /\bprinciples\b/i.test(t) && hasPrinciplesCue(t), (t: string) => PROCEDURE_HEADING.test(t)]) {
    const section = doc.sections.find((s) => fits(s.title));
    if (section) return fullStatementFix(doc, a.set, endOfOwnContent(doc, section), a.wording, false);
  }
  const title = titleSection(doc);
  if (title) return fullStatementFix(doc, a.set, title.headingEnd, a.wording, false);
  return fullStatementFix(doc, a.set, doc.bodyStart, a.wording, true);
}

export function principleName(id: PrincipleId): string {
  return PRINCIPLES[id].name;
}
