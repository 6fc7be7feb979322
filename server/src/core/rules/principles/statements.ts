// Where a document sets out its governing principles: a principles section, a list of principles
// (with its lead-in), or a sentence naming several of them. Each statement knows its anchor (heading or
// sentence), its scope (where a principle stated elsewhere still counts) and where a fix would go.

import { lastAtOrBefore, sourceRange, type DocumentModel, type Passage, type Section } from '../../model';
import type { PrincipleId } from '../../knowledge/principles';
import { distinctNamed, flat, hasPrinciplesCue, type Span } from './detect';
import { isGoverningStatement, principlesPassageFacts, type PassageFacts, type SentenceInfo } from './passageFacts';

export type { SentenceInfo } from './passageFacts';
import { titleSection } from '../../context/kind';

export interface PassageInfo {
  passage: Passage;
  index: number;
  stated: Set<PrincipleId>;
  facts: PassageFacts;
}

/** Where a fix adds text. */
export type InsertTarget =
  | { type: 'sentence'; passage: Passage; at: number }
  | { type: 'list'; list: number }
  | { type: 'paragraph'; at: number };

export interface Statement {
  kind: 'section' | 'list' | 'table' | 'sentence';
  anchor: Span;
  scope: Span;
  stated: Set<PrincipleId>;
  target: InsertTarget;
}

/** Every passage with its facts; `factsOf` lets the rule supply cached facts (see memo.ts). */
export function analysePassages(doc: DocumentModel, factsOf: (passage: Passage) => PassageFacts = principlesPassageFacts): PassageInfo[] {
  return doc.passages.map((passage, index) => {
    const facts = factsOf(passage);
    return { passage, index, stated: facts.stated, facts };
  });
}

function union(infos: PassageInfo[]): Set<PrincipleId> {
  const out = new Set<PrincipleId>();
  for (const i of infos) for (const id of i.stated) out.add(id);
  return out;
}

function within(p: Passage, span: Span): boolean {
  return p.start >= span.start && p.end <= span.end;
}

/** Passages inside a range. Passages are in document order, so a binary search finds the first. */
export function passagesIn(infos: PassageInfo[], span: Span): PassageInfo[] {
  let lo = 0;
  let hi = infos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (infos[mid].passage.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: PassageInfo[] = [];
  for (let i = lo; i < infos.length && infos[i].passage.start < span.end; i++) if (infos[i].passage.end <= span.end) out.push(infos[i]);
  return out;
}

const itemsByListCache = new WeakMap<PassageInfo[], Map<number, PassageInfo[]>>();

/** The first paragraphs of a list's items, by list index (computed once per analysis). */
export function listItems(infos: PassageInfo[], list: number): PassageInfo[] {
  let byList = itemsByListCache.get(infos);
  if (!byList) {
    byList = new Map();
    for (const i of infos) {
      const k = i.passage.listItem?.list;
      if (k === undefined || i.passage.kind !== 'paragraph') continue;
      const items = byList.get(k) ?? [];
      items.push(i);
      byList.set(k, items);
    }
    itemsByListCache.set(infos, byList);
  }
  return byList.get(list) ?? [];
}

/** Headings of procurement principles, as opposed to "Design principles" or "Service principles". */
const PROCUREMENT_PRINCIPLES_HEADING =
  /\b(?:procurement|tender(?:ing)?|award(?:ing)?|general|legal|statutory|governing|fundamental|treaty)\s+principles\b|\bprinciples of (?:public )?(?:procurement|tendering|award)|\bprocurement objectives\b/i;

const BARE_PRINCIPLES = /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:the\s+)?principles\W*$/i;

/** Cheap test before looking inside a section: can this heading introduce a principles section? */
function mayHeadPrinciples(heading: PassageInfo, named: (s: ReadonlySet<PrincipleId>) => number): boolean {
  const t = heading.passage.text;
  return PROCUREMENT_PRINCIPLES_HEADING.test(t) || BARE_PRINCIPLES.test(t) || named(heading.stated) >= 2;
}

/** The first section holding everything else (the document title), whose range is not a useful scope. */
function titleLike(doc: DocumentModel): Section | undefined {
  if (titleLikeCache.has(doc)) return titleLikeCache.get(doc);
  const found = findTitleLike(doc);
  titleLikeCache.set(doc, found);
  return found;
}

// scopeOf runs once per statement; the title does not change within one document model.
const titleLikeCache = new WeakMap<DocumentModel, Section | undefined>();

function findTitleLike(doc: DocumentModel): Section | undefined {
  const title = titleSection(doc);
  if (!title || title.index !== 0) return undefined;
  return doc.sections.filter((s) => s.depth === title.depth).length === 1 ? title : undefined;
}

/** "The same section": the outermost section below the title, or the title's own introduction. */
export function scopeOf(doc: DocumentModel, sectionIndex: number): Span {
  const firstHeading = doc.sections[0]?.start ?? doc.text.length;
  if (sectionIndex < 0) return { start: doc.bodyStart, end: firstHeading };
  const title = titleLike(doc);
  let s = doc.sections[sectionIndex];
  if (s === title) {
    const firstChild = s.children.length > 0 ? doc.sections[s.children[0]].start : s.end;
    return { start: s.start, end: firstChild };
  }
  for (let guard = 0; s.parent >= 0 && doc.sections[s.parent] !== title && guard < 100; guard++) s = doc.sections[s.parent];
  return { start: s.start, end: s.end };
}

/**
 * `relevant`: the principles the regime requires and their other names. A sentence naming value for
 * money, social value and transparency is a statement of values, not of the PCR 2015 principles.
 */
export function findStatements(doc: DocumentModel, infos: PassageInfo[], relevant: ReadonlySet<PrincipleId>): Statement[] {
  // Where the text talks about principles, any principle counts towards a statement; otherwise only
  // the regime's own (so a list of values such as value for money and social value is not held to reg 18).
  const named = (stated: ReadonlySet<PrincipleId>, cue = false) => distinctNamed(stated, cue ? undefined : relevant);
  const statements: Statement[] = [];
  const consumed = new Set<number>();
  const headings = new Map(infos.filter((i) => i.passage.kind === 'heading').map((i) => [i.passage.start, i]));
  // Sections are in document order and a covering section precedes what it covers.
  let coveredUntil = -1;
  const coveredSpans: Span[] = [];
  for (const section of doc.sections) {
    if (section.end <= coveredUntil) continue;
    const statement = sectionStatement(doc, infos, section, headings.get(section.headingStart), named);
    if (statement) {
      statements.push(statement);
      coveredSpans.push(statement.scope);
      coveredUntil = Math.max(coveredUntil, statement.scope.end);
    }
  }
  const isCovered = (p: Passage) => {
    const span = coveredSpans[lastAtOrBefore(coveredSpans.length, (i) => coveredSpans[i].start, p.start)];
    return span !== undefined && within(p, span);
  };

  doc.lists.forEach((list, k) => {
    const items = listItems(infos, k);
    if (items.length === 0 || isCovered(items[0].passage)) return;
    const naming = items.filter((i) => named(i.stated) > 0);
    if (naming.length < 2) return;
    const before = infos[items[0].index - 1];
    const leadIn = before && before.passage.kind === 'paragraph' && before.passage.end <= list.start && /:\s*$/.test(before.passage.text) ? before : undefined;
    const stated = union(leadIn ? [leadIn, ...items] : items);
    const sectionTitle = items[0].passage.section >= 0 ? doc.sections[items[0].passage.section].title : '';
    const cue = (leadIn && hasPrinciplesCue(leadIn.passage.text)) || hasPrinciplesCue(sectionTitle);
    if (named(stated, cue) < (cue ? 2 : 3)) return;
    for (const i of items) consumed.add(i.index);
    if (leadIn) consumed.add(leadIn.index);
    const anchorInfo = leadIn ?? naming[0];
    const anchorSentences = anchorInfo.facts.sentences;
    const lastSentence = anchorSentences[anchorSentences.length - 1];
    const anchor = lastSentence ? sourceRange(anchorInfo.passage, lastSentence.span.start, lastSentence.span.end) : { start: anchorInfo.passage.start, end: anchorInfo.passage.end };
    statements.push({ kind: 'list', anchor, scope: scopeOf(doc, items[0].passage.section), stated, target: { type: 'list', list: k } });
  });

  for (const table of doc.blocks.filter((b) => b.type === 'table')) {
    const cells = passagesIn(infos, table).filter((i) => i.passage.kind === 'tableCell');
    const naming = cells.filter((i) => named(i.stated) > 0);
    if (naming.length < 2 || isCovered(naming[0].passage)) continue;
    const stated = union(cells);
    const sectionTitle = naming[0].passage.section >= 0 ? doc.sections[naming[0].passage.section].title : '';
    const cue = hasPrinciplesCue(sectionTitle) || cells.some((c) => hasPrinciplesCue(c.passage.text));
    if (named(stated, cue) < (cue ? 2 : 3)) continue;
    for (const c of cells) consumed.add(c.index);
    // A new row would have to match the table's columns; a sentence after the table is safer.
    const anchor = sourceRange(naming[0].passage, 0, naming[0].passage.text.trimEnd().length);
    statements.push({ kind: 'table', anchor, scope: scopeOf(doc, naming[0].passage.section), stated, target: { type: 'paragraph', at: table.end } });
  }

  for (const info of infos) {
    const p = info.passage;
    // Only a sentence naming two or more principles (one with frames) can be a statement.
    if (p.kind === 'heading' || !info.facts.framed || consumed.has(info.index) || isCovered(p)) continue;
    const found = governingSentence(info.facts.sentences, named) ?? commitmentRun(info.facts.sentences, named);
    if (found) {
      const anchor = sourceRange(p, found.start, found.end);
      // A paragraph that ends by introducing something (":") gets the new sentence right after this one.
      const at = /:\s*$/.test(p.text) ? anchor.end : p.end;
      statements.push({ kind: 'sentence', anchor, scope: scopeOf(doc, p.section), stated: found.stated, target: { type: 'sentence', passage: p, at } });
    }
  }
  statements.sort((a, b) => a.anchor.start - b.anchor.start);
  // Statements sharing a scope have the same principles missing: report them once, on the first.
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.scope.start}:${s.scope.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Named = (s: ReadonlySet<PrincipleId>, cue?: boolean) => number;

/** The first sentence that on its own sets out the principles for the procurement. */
function governingSentence(sentences: readonly SentenceInfo[], named: Named): { start: number; end: number; stated: Set<PrincipleId> } | undefined {
  const s = sentences.find((x) => x.frames && isGoverningStatement(x.frames, named(x.stated), named(x.stated, true)));
  return s && { start: s.span.start, end: s.span.end, stated: s.stated };
}

/**
 * Consecutive sentences of one paragraph, each the authority's own commitment to two or more principles,
 * that together name three or more of the regime's ("The Council will treat all suppliers the same and
 * act with integrity. It will have regard to value for money and public benefit."): one statement,
 * as a reader takes them, though neither sentence is one alone.
 */
function commitmentRun(sentences: readonly SentenceInfo[], named: Named): { start: number; end: number; stated: Set<PrincipleId> } | undefined {
  const commits = (x: SentenceInfo) => x.frames !== undefined && x.frames.commitment && !x.frames.purpose && named(x.stated, true) >= 2;
  for (let i = 0; i < sentences.length; i++) {
    if (!commits(sentences[i])) continue;
    let j = i;
    while (j + 1 < sentences.length && commits(sentences[j + 1])) j++;
    if (j > i) {
      const stated = new Set(sentences.slice(i, j + 1).flatMap((x) => [...x.stated]));
      if (named(stated) >= 3) return { start: sentences[i].span.start, end: sentences[j].span.end, stated };
    }
    i = j;
  }
  return undefined;
}

function sectionStatement(
  doc: DocumentModel,
  infos: PassageInfo[],
  section: Section,
  heading: PassageInfo | undefined,
  named: (s: ReadonlySet<PrincipleId>, cue?: boolean) => number,
): Statement | undefined {
  if (!heading || !mayHeadPrinciples(heading, named)) return undefined;
  const scope = { start: section.start, end: section.end };
  const inside = passagesIn(infos, scope);
  const stated = union(inside);
  const title = flat(heading.passage.text);
  const flavoured = PROCUREMENT_PRINCIPLES_HEADING.test(title) || BARE_PRINCIPLES.test(title);
  const headingNames = named(heading.stated) >= 2;
  const qualifies = headingNames || (flavoured && named(stated, true) >= (PROCUREMENT_PRINCIPLES_HEADING.test(title) ? 1 : 2));
  if (!qualifies) return undefined;
  // Missing principles belong with the others: in the section's list of principles when it has one.
  const listed = [...inside].reverse().find((i) => i.passage.listItem && listItems(infos, i.passage.listItem.list).filter((j) => j.stated.size > 0).length >= 2);
  const lastNaming = listed ?? [...inside].reverse().find((i) => i.passage.kind !== 'heading' && i.stated.size > 0);
  let target: InsertTarget;
  const table = lastNaming?.passage.kind === 'tableCell' ? doc.blocks.find((b) => b.type === 'table' && within(lastNaming.passage, b)) : undefined;
  if (table) target = { type: 'paragraph', at: table.end };
  else if (lastNaming?.passage.listItem) target = { type: 'list', list: lastNaming.passage.listItem.list };
  else if (lastNaming) target = { type: 'sentence', passage: lastNaming.passage, at: /:\s*$/.test(lastNaming.passage.text) ? sentenceEndBefore(lastNaming) : lastNaming.passage.end };
  else target = { type: 'paragraph', at: endOfOwnContent(doc, section) };
  return { kind: 'section', anchor: { start: section.headingStart, end: section.headingEnd }, scope, stated, target };
}

function sentenceEndBefore(info: PassageInfo): number {
  const sentences = info.facts.sentences;
  const naming = [...sentences].reverse().find((s) => s.stated.size > 0) ?? sentences[0];
  return naming ? sourceRange(info.passage, naming.span.start, naming.span.end).end : info.passage.end;
}

/** End of the last block of a section's own content (before its first subsection), else its heading. */
export function endOfOwnContent(doc: DocumentModel, section: Section): number {
  const limit = section.children.length > 0 ? doc.sections[section.children[0]].start : section.end;
  let at = section.headingEnd;
  for (const b of doc.blocks) if (b.start >= section.headingEnd && b.end <= limit) at = Math.max(at, b.end);
  return at;
}
