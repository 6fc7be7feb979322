// The principles checklist behind the code lens ("Principles: 3 of 4 stated — proportionality
// missing"): pure, from the same analysis as the missing-principle rule.

import type { DocumentModel } from '../../model';
import type { DocumentContext, Fix } from '../../types';
import { PRINCIPLES, commitmentSentence } from '../../knowledge/principles';
import { analysePrinciples, documentFix, statementFixes } from './analyse';
import { buildFix, fixTitle } from './fix';
import { endOfOwnContent } from './statements';
import { titleSection } from '../../context/kind';

export interface PrincipleChecklist {
  /** Provision key of the requirement: "pcr-2015:regulation:18". */
  provision: string;
  required: Array<{ id: string; name: string }>;
  /** Ids of required principles stated somewhere in the document. */
  stated: string[];
  missing: string[];
  /** Where the lens goes: the first statement of principles, else the title heading. */
  anchor: { start: number; end: number };
  /** Inserts what is missing (absent when nothing is). */
  fix?: Fix;
}

/**
 * Undefined when the document is not one the missing-principle rule checks. A principle counts as
 * missing when the document never states it, or when a statement of principles leaves it out (what the
 * rule reports), so the lens and the diagnostics agree. The fix adds what the anchor lacks.
 */
export function principleChecklist(doc: DocumentModel, context: DocumentContext): PrincipleChecklist | undefined {
  const a = analysePrinciples(doc, context);
  if (!a) return undefined;
  const flagged = a.statements.find((s) => s.missing.length > 0);
  const missingIds = new Set<string>(a.missing);
  if (a.stated.length > 0) for (const s of a.statements) for (const id of s.missing) missingIds.add(id);
  const required = a.set.required.map((r) => ({ id: r.principle, name: PRINCIPLES[r.principle].name }));
  const result: PrincipleChecklist = {
    provision: a.set.provision,
    required,
    stated: required.map((r) => r.id).filter((id) => !missingIds.has(id)),
    missing: required.map((r) => r.id).filter((id) => missingIds.has(id)),
    anchor: { ...(flagged ?? a.statements[0])?.statement.anchor ?? a.title },
  };
  if (result.missing.length === 0) return result;
  if (a.stated.length === 0) result.fix = documentFix(doc, a);
  else if (flagged) result.fix = statementFixes(doc, a, flagged)[0];
  else {
    // Some principles are mentioned in passing but never set out: add the rest after the title.
    const title = titleSection(doc);
    if (title) result.fix = buildFix(doc, a.infos, { type: 'paragraph', at: endOfOwnContent(doc, title) }, a.missing, a.wording, true);
    else result.fix = { title: fixTitle(a.missing), preferred: true, edits: [{ start: doc.bodyStart, end: doc.bodyStart, text: `${commitmentSentence(a.missing, a.wording)}\n\n` }] };
  }
  return result;
}
