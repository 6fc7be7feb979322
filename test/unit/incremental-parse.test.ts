// The incremental parser (resplit.ts) must give exactly what a fresh parse gives, whatever the edit:
// inside a chunk, across chunk boundaries, in the front matter, at either end, with CRLF or CR line
// ends. It must also actually reuse: an edit in one paragraph parses one chunk again.

import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createParser, parse } from '../../server/src/core/parse';
import { commonPrefix, commonSuffix } from '../../server/src/core/resplit';
import { LintCache, lintDocument, type DocumentModel } from '../../server/src/core';
import { seeded } from '../fuzz/generate';
import { scaled, scaledTimeout } from '../scale';

/** Documents of 100 random edits each: 4 in `npm test`, 45 in `npm run test:slow`. */
const EDITED_DOCS = scaled(4, 45, 'TENDER_LINT_EDITED_DOCS');

const PIECES = [
  '# Invitation to tender\n', '## 2. Procedure\n', 'Plain clause text about the tender.\n', '\n', '\n\n',
  '- first item\n- second item\n', '1. numbered\n\n2. loose item\n', '  continued inside the item\n',
  '```\nregulation 31 in code\n\nstill code\n```\n', '```', '<!-- a comment\n\nover a blank line -->\n', '<!--', '-->',
  '> quoted regulation 18\n', '| A | B |\n|---|---|\n| 1 | 2 |\n', 'Setext heading\n===\n', '    indented code\n',
  '<pre>\n\nkept\n\n</pre>\n', '---\ntender-lint:\n  regime: pcr-2015\n---\n', '---\n', 'x', '#', '- ', '\r', '\r\n',
  'The Authority will treat bidders equally and act transparently.\n',
  '[^1]: A footnote about regulation 18.\n', 'as the note says[^1].\n', '[ref]: https://www.legislation.gov.uk/uksi/2015/102\n',
  'see [the Regulations][ref].\n', '    indented line\n',
];

function view(doc: DocumentModel) {
  return JSON.stringify({
    bodyStart: doc.bodyStart,
    sections: doc.sections,
    passages: doc.passages,
    lists: doc.lists,
    comments: doc.comments,
    blocks: doc.blocks,
    warnings: doc.warnings,
    lineStarts: doc.lineStarts,
  });
}

describe('incremental parsing', () => {
  it('finds the common start and end of two strings as a character loop does', () => {
    const r = seeded(3);
    for (let n = 0; n < 500; n++) {
      const base = Array.from({ length: Math.floor(r() * 3000) }, () => 'ab\n'[Math.floor(r() * 3)]).join('');
      const at = Math.floor(r() * (base.length + 1));
      const cut = Math.floor(r() * 5);
      const other = base.slice(0, at) + (r() < 0.5 ? 'b' : '') + base.slice(at + cut);
      let p = 0;
      while (p < Math.min(base.length, other.length) && base[p] === other[p]) p++;
      assert.equal(commonPrefix(base, other), p);
      const limit = Math.min(base.length, other.length) - p;
      let s = 0;
      while (s < limit && base[base.length - 1 - s] === other[other.length - 1 - s]) s++;
      assert.equal(commonSuffix(base, other, limit), s);
    }
  });

  it(`equals a fresh parse after ${EDITED_DOCS * 100} random edits of every kind`, function () {
    this.timeout(scaledTimeout(60_000, 900_000));
    const r = seeded(20261126);
    for (let docNo = 0; docNo < EDITED_DOCS; docNo++) {
      const parser = createParser();
      let text = Array.from({ length: 30 + Math.floor(r() * 30) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
      if (docNo % 3 === 1) text = text.replace(/\r?\n/g, '\r\n');
      for (let i = 0; i < 100; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const removed = r() < 0.4 ? Math.floor(r() * (r() < 0.2 ? 200 : 4)) : 0;
        const inserted = r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : '';
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        assert.equal(view(parser.parse(text)), view(parse(text)), `document ${docNo}, edit ${i}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('parses only the chunk an edit touched', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `## Clause ${i}\n\nThe supplier shall deliver item ${i} *on time*.\n`);
    const parser = createParser();
    const first = parser.parse(paragraphs.join('\n'));
    const edited = [...paragraphs];
    edited[100] = edited[100].replace('on time', 'promptly');
    const second = parser.parse(edited.join('\n'));
    // Passages before the edit are the very same objects; the edited one is new.
    const index = first.passages.findIndex((p) => p.text.includes('item 100'));
    assert.equal(second.passages[index - 1], first.passages[index - 1]);
    assert.notEqual(second.passages[index], first.passages[index]);
    assert.equal(second.passages[index].text, 'The supplier shall deliver item 100 promptly.');
  });

  it('keeps the facts of a document that is edited again and again bounded', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `The Authority will publish notice ${i} of the contract award.`);
    const parser = createParser();
    const cache = new LintCache();
    for (let i = 0; i < 300; i++) {
      paragraphs[i % 50] = `${paragraphs[i % 50]} Edit ${i}.`;
      const text = `# Tender\n\n${paragraphs.join('\n\n')}\n`;
      lintDocument(parser.parse(text), { today: '2026-01-01', cache });
    }
    // At most about twice the 51 passages' texts.
    assert.ok(cache.size <= 2 * 51 + 64, `held facts of ${cache.size} texts`);
  });
});

describe('incremental parsing: memory', () => {
  it('does not keep old versions of the document alive through the chunks it keeps', function () {
    this.timeout(60_000);
    // A V8 slice keeps its whole parent string; a chunk model that kept slices would keep every
    // version of a large document a drafter has typed into (4 MB each here: about 11 MB more after these edits when slices were kept).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const parser = createParser();
    let text = Array.from({ length: 20_000 }, (_, i) => `Clause ${i}: the supplier shall deliver the services described in part ${i}.`).join('\n\n');
    parser.parse(text);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10; i++) {
      const at = Math.floor(((i + 0.5) / 10) * text.length);
      text = text.slice(0, at) + 'x' + text.slice(at);
      parser.parse(text);
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grownMb < 5, `heap grew by ${grownMb.toFixed(1)} MB over 10 edits of a ${(text.length / 1e6).toFixed(1)} MB document`);
  });
});
