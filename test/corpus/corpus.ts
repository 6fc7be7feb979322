// Loads the development corpus: real public documents with a metadata header comment, and the labels
// a reviewer wrote for each of them before the linter was run. The linter never sees the header: the
// eval strips it, so a document's date, regime and jurisdiction must be read from its own words.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusDocument {
  id: string;
  file: string;
  meta: Record<string, string>;
  /** The text the linter sees: the file without its header comment. */
  body: string;
  /** Lines the header took, so a body offset can be reported as a file line. */
  headerLines: number;
  words: number;
  synthetic: boolean;
}

// The period and weighting rules are labelled before they exist: until one is registered the eval
// reports it as "rule not registered" and its labels as misses, never as a crash.
export const LABEL_RULES = [
  'missing-principle',
  'procedure-name',
  'citation',
  'obsolete-reference',
  'standstill',
  'time-limit',
  'timetable',
  'weightings',
] as const;
export type LabelRule = (typeof LABEL_RULES)[number];

export interface Label {
  rule: LabelRule;
  text: string;
  occurrence?: number;
  through?: string;
  missing?: string;
  doubtful: boolean;
  why: string;
}

export interface DocumentLabels {
  note: string;
  findings: Label[];
}

export interface ResolvedLabel extends Label {
  start: number;
  end: number;
}

const HEADER = /^<!-- tender-lint-corpus\r?\n([\s\S]*?)-->\r?\n?/;

export function parseCorpusFile(id: string, file: string, raw: string): CorpusDocument {
  const m = HEADER.exec(raw);
  if (!m) throw new Error(`${file}: the file does not start with a "<!-- tender-lint-corpus" header comment`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([a-z-]+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]] = kv[2].trim();
  }
  const body = raw.slice(m[0].length);
  const headerLines = m[0].split('\n').length - 1;
  const words = body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return { id, file, meta, body, headerLines, words, synthetic: meta.synthetic === 'true' };
}

export function loadCorpus(dir: string): CorpusDocument[] {
  const docsDir = join(dir, 'docs');
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseCorpusFile(f.replace(/\.md$/, ''), join('test/corpus/docs', f), readFileSync(join(docsDir, f), 'utf8')));
}

export function loadLabels(dir: string): Record<string, DocumentLabels> {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, DocumentLabels>;
}

/** The offsets of a label in its document's body, or an error saying why the label does not resolve. */
export function resolveLabel(body: string, label: Label): ResolvedLabel | { error: string } {
  const occurrence = label.occurrence ?? 1;
  let start = -1;
  for (let i = 0, from = 0; i < occurrence; i++) {
    start = body.indexOf(label.text, from);
    if (start < 0) return { error: `text ${JSON.stringify(label.text)} (occurrence ${occurrence}) does not occur` };
    from = start + 1;
  }
  let end = start + label.text.length;
  if (label.through !== undefined) {
    const t = body.indexOf(label.through, start);
    if (t < 0) return { error: `"through" ${JSON.stringify(label.through)} does not occur after the text` };
    end = Math.max(end, t + label.through.length);
  }
  return { ...label, start, end };
}

/** 1-based line in the corpus file (header included) of a body offset. */
export function fileLine(doc: CorpusDocument, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < doc.body.length; i++) if (doc.body.charCodeAt(i) === 10) line++;
  return doc.headerLines + line;
}
