// The chunked parser must give exactly the model of one whole-document parse, on realistic documents
// and on random mixtures of the constructs that span blank lines (lists, fences, HTML, quotes).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createParser, parse, parseUnsplit } from '../../server/src/core/parse';
import { splitIntoChunks } from '../../server/src/core/blocks';
import { sourceRange, type DocumentModel } from '../../server/src/core';
import { scaled, scaledTimeout } from '../scale';

const FRAGMENTS = [
  'Plain clause text about the tender.\n',
  '3.1 The Council will evaluate tenders (60% quality) & price.\n',
  'A line with trailing spaces  \ncontinued after a hard break\n',
  '   Indented first line\n  and an indented continuation \n',
  'Visit www.example.com or email tenders@example.org.\n',
  '## 4. Evaluation and award\n',
  '#  Spaced heading  \n',
  '### Heading with closing ###\n',
  '# Invitation to tender\n',
  '## 2. Procedure\n',
  'The Authority will treat all bidders *equally* and without discrimination.\n',
  'A paragraph that goes on\nover two lines with `code` and [a link][ref].\n',
  '[ref]: https://www.legislation.gov.uk/uksi/2015/102/regulation/18\n',
  '- first item\n- second item\n',
  '1. numbered\n\n2. loose list item\n',
  '- item\n\n  continued paragraph inside the item\n',
  '- item with a lazy\ncontinuation line\n',
  ' - item indented by one space\n',
  '+ plus item\n',
  '1) parenthesis item\n',
  '7. item starting at seven\n',
  '- - -\n',
  '* * *\n',
  '> - item in a quote\n',
  '- item\n\n      indented code inside the item\n',
  '-\n',
  '```\nregulation 31 in code\n\nstill code\n```\n',
  '~~~~\nunclosed tilde fence\n',
  '<!-- a comment\n\nthat spans a blank line -->\n',
  '<!-- tender-lint-disable citation -->\n',
  '> quoted regulation 18\n> more quote\n',
  '| Criterion | Weight |\n|---|---|\n| Quality | 60% |\n',
  'Setext heading\n===\n',
  '    indented code\n',
  '<pre>\n\npreformatted\n\n</pre>\n',
  '<div>\n',
  '</pre>\n',
  '<!--\n',
  '-->\n',
  '```\n',
  '10. item ten\n',
  '\t- item after a tab\n',
  '- [ ] task item\n',
  'Footnote use[^1].\n',
  '[^1]: The footnote text about transparency.\n',
  '---\n',
  '',
  '\n',
];

/** 400 in `npm test`, 20,000 in `npm run test:slow`, or TENDER_LINT_CHUNK_DOCS. */
const RANDOM_DOCS = scaled(400, 20_000, 'TENDER_LINT_CHUNK_DOCS');

function view(doc: DocumentModel) {
  return {
    sections: doc.sections.map((s) => [s.title, s.depth, s.start, s.end, s.parent, s.children]),
    passages: doc.passages.map((p) => [p.kind, p.text, p.start, p.end, p.section, p.listItem && [p.listItem.start, p.listItem.list]]),
    comments: doc.comments,
    lists: doc.lists.map((l) => [l.start, l.end, l.ordered, l.marker, l.indent]),
    blocks: doc.blocks,
    // Where every visible character of every passage maps to in the source: what rules rely on.
    mapped: doc.passages.map((p) => [...p.text].map((c, i) => (/\s/.test(c) ? -1 : sourceRange(p, i, i + 1).start))),
  };
}

// A small deterministic generator (mulberry32), so failures reproduce.
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('chunked parsing equals a whole-document parse', () => {
  it('on the examples', () => {
    const dir = resolve(__dirname, '../../examples');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.deepEqual(view(parse(text)), view(parseUnsplit(text)), f);
      assert.ok(splitIntoChunks(text).length > 3, `${f} is split into several chunks`);
    }
  });

  it(`on ${RANDOM_DOCS} random documents built from fragments that span blank lines`, function () {
    this.timeout(scaledTimeout(60_000, 1_800_000));
    const rand = random(20261125);
    for (let n = 0; n < RANDOM_DOCS; n++) {
      const parts: string[] = [];
      const count = 2 + Math.floor(rand() * 10);
      for (let i = 0; i < count; i++) {
        parts.push(FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)]);
        if (rand() < 0.6) parts.push('\n');
      }
      const joined = parts.join('');
      const text = n % 3 === 0 ? joined.replace(/\n/g, '\r\n') : n % 7 === 0 ? joined.replace(/\n/g, '\r') : joined;
      assert.deepEqual(view(parse(text)), view(parseUnsplit(text)), JSON.stringify(text));
    }
  });

  it('an incremental parser reuses unchanged chunks and still equals a fresh parse after edits', () => {
    const parser = createParser();
    const rand = random(7);
    let text = readFileSync(resolve(__dirname, '../../examples/itt-community-support-services.md'), 'utf8');
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rand() * text.length);
      const edit = ['x', '\n', '\n\n', '# ', '- ', '```', '<!--', ''][Math.floor(rand() * 8)];
      const removed = rand() < 0.3 ? 1 : 0;
      text = text.slice(0, at) + edit + text.slice(at + removed);
      assert.deepEqual(view(parser.parse(text)), view(parse(text)), `after edit ${i}`);
    }
  });

  it('reads a block too large for micromark as plain lines, with a warning', () => {
    const huge = `# Title\n\n${'- the Authority will act transparently and proportionately\n'.repeat(4000)}`;
    const doc = parse(huge);
    assert.equal(doc.warnings.length, 1);
    assert.match(doc.warnings[0].message, /too complex to read as Markdown/);
    assert.ok(doc.passages.length > 4000);
  });
});
