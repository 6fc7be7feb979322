// YAML front matter: found by hand (it must open the file) and parsed with `yaml` under limits, so a
// hostile header (alias bombs, megabytes of YAML) costs bounded time and never throws.

import { parseDocument } from 'yaml';
import { detached, type FrontMatter } from './model';

/** Front matter larger than this is reported and ignored rather than parsed. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const MAX_ALIAS_COUNT = 100;
const OPEN = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

let last: { raw: string; contentStart: number; end: number; result: FrontMatter } | undefined;

export function extractFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  // Walk line by line to the closing fence.
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    const nl = nextLineBreak(text, lineStart);
    const line = text.slice(lineStart, nl.index);
    if (CLOSE.test(line)) {
      // Copied: the header is kept across versions of the document (below), a slice would keep the whole text.
      const raw = detached(text.slice(contentStart, lineStart));
      const end = nl.index + nl.length;
      // Typing in the body leaves the header as it was: its parse is kept (front matter is never mutated).
      if (last && last.raw === raw && last.contentStart === contentStart && last.end === end) return last.result;
      const result = parseRaw(raw, contentStart, 0, end);
      last = { raw, contentStart, end, result };
      return result;
    }
    if (nl.length === 0) break;
    lineStart = nl.index + nl.length;
  }
  // No closing fence. A lone "---" is a thematic break in Markdown; only call it broken front
  // matter when the next line looks like YAML.
  const firstLineEnd = nextLineBreak(text, contentStart).index;
  if (/^[A-Za-z_][\w-]*\s*:/.test(text.slice(contentStart, firstLineEnd))) {
    return {
      start: 0,
      end: open[0].length,
      contentStart,
      raw: '',
      data: undefined,
      error: { message: 'The front matter is never closed: add a line with `---` after it.', start: 0, end: 3 },
    };
  }
  return undefined;
}

function parseRaw(raw: string, contentStart: number, start: number, end: number): FrontMatter {
  const block = { start, end, contentStart, raw };
  const failed = (message: string, from: number, to: number): FrontMatter => ({ ...block, data: undefined, error: { message, start: from, end: to } });
  if (raw.length > MAX_FRONT_MATTER_CHARS) {
    const message = `The front matter is ${raw.length} characters long; Tender Lint reads at most ${MAX_FRONT_MATTER_CHARS}, so it was ignored.`;
    return { ...failed(message, start, Math.min(end, 3)), raw: '' };
  }
  try {
    // YAML breaks lines at LF and CRLF only; a file saved with old Mac line ends (CR alone) would read
    // as one long line. CR to LF keeps every offset, so error ranges still point into the document.
    const yamlText = raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\n') : raw;
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const [from, to] = onCodePoints(raw, err.pos ?? [0, 0]);
      return failed(`The front matter is not valid YAML: ${firstLine(err.message)}`, contentStart + from, contentStart + to);
    }
    return { ...block, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    // toJS throws on an alias bomb (maxAliasCount) and on other resource limits.
    return failed(`The front matter could not be read: ${firstLine(String((e as Error).message ?? e))}`, start, 3);
  }
}

function nextLineBreak(text: string, from: number): { index: number; length: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { index: i, length: 1 };
    if (c === 13) return { index: i, length: text.charCodeAt(i + 1) === 10 ? 2 : 1 };
  }
  return { index: text.length, length: 0 };
}

/** An error range at least one character long that never starts or ends inside a surrogate pair (an emoji). */
function onCodePoints(raw: string, [from, to]: [number, number]): [number, number] {
  const splits = (i: number) => i > 0 && i < raw.length && /[\uD800-\uDBFF]/.test(raw[i - 1]) && /[\uDC00-\uDFFF]/.test(raw[i]);
  const end = Math.max(to, from + 1);
  return [splits(from) ? from - 1 : from, splits(end) ? end + 1 : end];
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim();
}
