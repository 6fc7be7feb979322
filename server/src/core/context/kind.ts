// What kind of document this is, read the way a reader skims it: the title first ("Invitation to
// Tender", "Minutes of the Cabinet", "Procurement Strategy 2024–2028"), else the sections a tender
// has and a discussion of the law rarely does (instructions to bidders, evaluation criteria,
// clarification questions …). Rules that judge only tender-type documents read this instead of
// guessing for themselves. A title that discusses procurement ("guidance", "minutes", "report")
// wins over tender words inside it, except "invitation to tender", which names the document itself.

import type { DocumentModel, Section } from '../model';
import type { DocumentContext, DocumentKind } from '../types';
import type { Evidence } from './types';

/** The title heading: the first heading of depth 1, else the first heading. */
export function titleSection(doc: DocumentModel): Section | undefined {
  return doc.sections.find((s) => s.depth === 1) ?? doc.sections[0];
}

/** Titles that say the document discusses procurement rather than runs one, by the kind they name. */
const DISCUSSION_TITLES: Array<[DocumentKind, RegExp]> = [
  ['minutes', /\bminutes\b/i],
  ['report', /\breport\b|\bbriefing\b/i],
  ['notice', /\bnotice\b/i],
  [
    'guidance',
    /\b(?:guid(?:e|es|ance)|faqs?|frequently asked|explained|overview|notes?|commentary|blog|newsletter|training|handbook|toolkit|summary|consultation|case stud(?:y|ies)|lessons)\b/i,
  ],
  ['other', /\b(?:policy|policies|regulations \d{4}|act \d{4}|directive|article \d+)\b/i],
];

/** Titles that name a tender-type document, by kind; the first that matches decides. */
const TENDER_TITLES: Array<[DocumentKind, RegExp]> = [
  ['strategy', /\bprocurement strategy\b/i],
  ['specification', /\b(?:specification|statement of requirements?)\b/i],
  [
    'tender',
    /\b(?:invitation to (?:tender|participate|negotiate|submit|quote)|ITT|ITPD|ISIT|request for (?:quotations?|proposals?|tenders?)|RF[QPT]|tender|tendering|selection questionnaire|instructions to (?:bidders|tenderers|suppliers))\b/i,
  ],
];

/** Section headings that tender-type documents have and discussions of the law rarely do. */
const TENDER_SECTIONS: RegExp[] = [
  /\binstructions to (?:bidders|tenderers|suppliers|applicants)\b/i,
  /\b(?:evaluation (?:criteria|methodology|model|process)|evaluation of (?:tenders|bids|responses))\b/i,
  /\baward criteria\b/i,
  /\b(?:procurement|tender|tendering) (?:procedure|process|timetable|route)\b/i,
  /\b(?:submission of (?:tenders|bids|responses)|(?:tender|bid) submission|how to (?:submit|respond))\b/i,
  /\b(?:clarification questions|clarifications)\b/i,
  /\b(?:pricing schedule|price schedule|form of tender|commercial response)\b/i,
  /\b(?:selection criteria|conditions of participation|exclusion grounds)\b/i,
  /\b(?:scope of (?:the )?(?:requirements?|services|works|contract)|statement of requirements?|service specification|specification)\b/i,
  // "Alcatel period/letter" is the old name of the standstill section (obsolete-reference renames it).
  /\b(?:contract (?:term|duration|award)|standstill|alcatel)\b/i,
];

/** The kind the front matter or config declared; a kind read from the title is not a declaration. */
export function declaredKind(context: Pick<DocumentContext, 'kind' | 'kindSource'>): DocumentKind | undefined {
  return context.kindSource === 'settings' ? context.kind : undefined;
}

/** Kinds whose documents run a procurement: the ones held to stating its principles. */
export const TENDER_KINDS: ReadonlySet<DocumentKind> = new Set(['tender', 'specification', 'strategy']);

/** The kind the document's own title and sections give, with the words it came from. */
export function kindEvidence(doc: DocumentModel): Evidence | undefined {
  const title = titleSection(doc);
  const at = (kind: DocumentKind, reason: string, section: Section, confidence: Evidence['confidence']): Evidence => ({
    field: 'kind',
    value: kind,
    reason,
    start: section.headingStart,
    end: section.headingEnd,
    confidence,
  });
  if (title) {
    const discussion = DISCUSSION_TITLES.find(([, re]) => re.test(title.title));
    if (discussion && !/\binvitation to tender\b/i.test(title.title)) return at(discussion[0], `title '${short(title.title)}'`, title, 'medium');
    const tender = TENDER_TITLES.find(([, re]) => re.test(title.title));
    if (tender) return at(tender[0], `title '${short(title.title)}'`, title, 'medium');
  }
  // Two different tender sections make a tender; one could be a report describing one.
  const seen = new Map<number, Section>();
  for (const s of doc.sections) {
    if (s === title) continue;
    TENDER_SECTIONS.forEach((re, i) => {
      if (!seen.has(i) && re.test(s.title)) seen.set(i, s);
    });
  }
  if (seen.size < 2) return undefined;
  const first = [...seen.values()].reduce((a, b) => (b.headingStart < a.headingStart ? b : a));
  return at('tender', `${seen.size} tender sections such as '${short(first.title)}'`, first, 'low');
}

function short(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
