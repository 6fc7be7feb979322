import assert from 'node:assert/strict';
import { parse, sectionAt, sourceRange } from '../../server/src/core';

describe('parse: the document model', () => {
  const text = [
    '---',
    'title: Invitation to tender',
    '---',
    '',
    '# Invitation to tender',
    '',
    'The Authority will treat *all* bidders `equally` and [fairly](https://example.org/x).',
    '',
    '<!-- a comment that is not prose -->',
    '',
    '## Procedure',
    '',
    '```',
    'regulation 31 inside code',
    '```',
    '',
    '1. First item',
    '2. Second &amp; last',
    '',
    '### Detail',
    '',
    '| Criterion | Weight |',
    '|---|---|',
    '| Quality | 60% |',
    '',
    '## Evaluation',
    '',
    'Text.',
  ].join('\n');
  const doc = parse(text);

  it('reads the front matter and starts the body after it', () => {
    assert.deepEqual(doc.frontMatter?.data, { title: 'Invitation to tender' });
    assert.equal(text.slice(doc.bodyStart, doc.bodyStart + 2), '\n#');
  });

  it('builds the heading tree with section ranges', () => {
    assert.deepEqual(doc.sections.map((s) => [s.title, s.depth, s.parent]), [
      ['Invitation to tender', 1, -1],
      ['Procedure', 2, 0],
      ['Detail', 3, 1],
      ['Evaluation', 2, 0],
    ]);
    const evaluation = doc.sections[3];
    assert.equal(doc.sections[1].end, evaluation.start, 'a section ends where a heading of its level starts');
    assert.equal(doc.sections[0].end, text.length);
    assert.equal(sectionAt(doc, text.indexOf('Quality')), 2);
  });

  it('keeps prose, leaves out code, comments and link targets, and marks inline code', () => {
    const prose = doc.passages.map((p) => p.text).join('\n');
    assert.ok(prose.includes('The Authority will treat all bidders \uFFFC and fairly.'));
    assert.ok(!prose.includes('inside code'));
    assert.ok(!prose.includes('example.org'));
    assert.ok(!prose.includes('a comment'));
    assert.deepEqual(doc.comments.map((c) => c.body), ['a comment that is not prose']);
  });

  it('maps passage text back to exact source offsets across inline markup', () => {
    const passage = doc.passages.find((p) => p.text.startsWith('The Authority'))!;
    for (const word of ['all', 'bidders', 'fairly', 'Authority']) {
      const i = passage.text.indexOf(word);
      const { start, end } = sourceRange(passage, i, i + word.length);
      assert.equal(text.slice(start, end), word);
    }
  });

  it('records list items, their list and its marker', () => {
    const items = doc.passages.filter((p) => p.listItem);
    assert.deepEqual(items.map((p) => p.text), ['First item', 'Second & last']);
    assert.equal(doc.lists[items[0].listItem!.list].marker, '1.');
    assert.equal(doc.lists[0].ordered, true);
  });

  it('turns table cells into passages', () => {
    assert.deepEqual(doc.passages.filter((p) => p.kind === 'tableCell').map((p) => p.text), ['Criterion', 'Weight', 'Quality', '60%']);
  });

  it('keeps offsets right after a BOM and CRLF line endings', () => {
    const crlf = '\uFEFF# Title\r\n\r\nSome text here.\r\n';
    const d = parse(crlf);
    const p = d.passages.find((x) => x.kind === 'paragraph')!;
    assert.equal(crlf.slice(p.start, p.end), 'Some text here.');
    assert.equal(d.lineStarts.length, 4);
  });

  it('never starts or ends a front matter error inside a surrogate pair (found by fuzzing)', () => {
    const text = '---\ntender-lint:\n  light-t[ref]: https://example.org/\nouch: \u{1F600}true\n  regime: pcr-2015\n---\n# Title\n';
    const error = parse(text).frontMatter?.error;
    assert.ok(error, 'the YAML is invalid');
    const low = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
    assert.ok(!low(error.start) && !low(error.end), `${error.start}–${error.end}`);
    assert.ok(error.end > error.start);
  });

  it('survives deeply nested lists without overflowing the stack', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const d = parse(deep);
    assert.ok(d.passages.length > 0);
  });
});

describe('parse: mapping prose back to source where Markdown changed it', () => {
  const cases: Array<[string, string]> = [
    ['A line with trailing spaces   \nand the Innovative Partnership procedure.\n', 'Innovative Partnership procedure'],
    ['Indented continuation\n   lines keep the Innovative Partnership procedure mapped.\n', 'Innovative Partnership procedure'],
    ['Escapes \\*like this\\* before the Innovative Partnership procedure.\n', 'Innovative Partnership procedure'],
    ['Fish &amp; chips &copy; then the Innovative Partnership procedure.\n', 'Innovative Partnership procedure'],
    ['A hard break  \nthen the Innovative Partnership procedure.\n', 'Innovative Partnership procedure'],
    ['Emoji 😀 and e\u0301 then the Innovative Partnership procedure.\n', 'Innovative Partnership procedure'],
  ];
  for (const [text, phrase] of cases) {
    it(`maps "${phrase}" exactly in ${JSON.stringify(text.slice(0, 30))}…`, () => {
      const passage = parse(text).passages[0];
      const i = passage.text.indexOf(phrase);
      assert.ok(i >= 0, passage.text);
      const { start, end } = sourceRange(passage, i, i + phrase.length);
      assert.equal(text.slice(start, end), phrase);
    });
  }

  it('keeps a character reference whole when a match ends on it', () => {
    const text = 'Terms &amp; conditions\n';
    const passage = parse(text).passages[0];
    const i = passage.text.indexOf('&');
    const r = sourceRange(passage, 0, i + 1);
    assert.equal(text.slice(r.start, r.end), 'Terms &amp;');
  });
});

describe('parse: text that GFM re-creates without positions', () => {
  it('maps words around a URL in square brackets exactly', () => {
    const text = 'See [www.example.com] and the OJEU notice [https://x.org/a] then the Innovative Partnership procedure.\n';
    const passage = parse(text).passages[0];
    for (const phrase of ['OJEU', 'www.example.com', 'https://x.org/a', 'Innovative Partnership procedure', 'See [']) {
      const i = passage.text.indexOf(phrase);
      const { start, end } = sourceRange(passage, i, i + phrase.length);
      assert.equal(text.slice(start, end), phrase);
    }
  });
});
