// Guards in front of micromark. It recurses through nested containers (deep lists and block quotes
// overflow the stack) and is super-linear on some inline constructs (thousands of emphasis delimiters
// or link brackets in one block, long runs of setext underlines or definitions). No real tender comes
// near these bounds; a chunk that does is read as plain lines, with a message, instead of freezing
// the editor for seconds or minutes.

/** Container markers (">", "-", "1.") opening one line, or its indentation in columns. */
const MAX_LINE_NESTING = 64;
const MAX_INDENT_COLUMNS = 256;
/** Inline delimiters (* _ ~ [ ] `) in one chunk. */
const MAX_DELIMITERS = 4000;
/** Lines that could be setext underlines or definitions, in one chunk. */
const MAX_SPECIAL_LINES = 1000;

export function tooComplexForMarkdown(text: string): string | undefined {
  let delimiters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // * _ ~ [ ] `
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93 || c === 96) {
      if (++delimiters > MAX_DELIMITERS) return `more than ${MAX_DELIMITERS} emphasis, link or code delimiters in one block`;
    }
  }
  let specialLines = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = text.length;
    const nesting = lineNesting(text, lineStart, end);
    if (nesting) return nesting;
    if (isUnderlineOrDefinition(text, lineStart, end) && ++specialLines > MAX_SPECIAL_LINES) return `more than ${MAX_SPECIAL_LINES} underline or definition lines in one block`;
    lineStart = end + 1;
  }
  return undefined;
}

function lineNesting(text: string, start: number, end: number): string | undefined {
  let p = start;
  let columns = 0;
  let markers = 0;
  while (p < end) {
    const c = text[p];
    if (c === ' ') {
      columns++;
      p++;
    } else if (c === '\t') {
      columns += 4;
      p++;
    } else if (c === '>') {
      markers++;
      p++;
    } else if ((c === '-' || c === '*' || c === '+') && (text[p + 1] === ' ' || text[p + 1] === '\t')) {
      markers++;
      p += 2;
    } else {
      let q = p;
      while (q < end && q - p < 10 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
      if (q > p && (text[q] === '.' || text[q] === ')') && (text[q + 1] === ' ' || text[q + 1] === '\t')) {
        markers++;
        p = q + 2;
      } else break;
    }
    if (markers > MAX_LINE_NESTING) return `a line nested more than ${MAX_LINE_NESTING} lists or block quotes deep`;
    if (columns > MAX_INDENT_COLUMNS) return `a line indented more than ${MAX_INDENT_COLUMNS} columns`;
  }
  return undefined;
}

/** "===", "---" (setext underlines, thematic breaks) and "[label]: …" (definitions). */
function isUnderlineOrDefinition(text: string, start: number, end: number): boolean {
  const first = text[start];
  if (first === '[') {
    const close = text.indexOf(']:', start);
    return close !== -1 && close < end;
  }
  if (first !== '=' && first !== '-') return false;
  for (let i = start; i < end; i++) if (text[i] !== first && text[i] !== ' ' && text[i] !== '\r') return false;
  return true;
}
