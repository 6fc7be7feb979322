import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createParser, LintCache, lint, lintDocument, ruleIds } from '../../server/src/core';
import { seeded } from '../fuzz/generate';

// The content rules keep per-passage facts in the document's LintCache (memo.ts). After an edit of one
// paragraph, each rule must recompute the facts of that paragraph only, and its findings must be
// exactly those of a lint without any cache.

const today = '2026-06-01';
const memoRules = ruleIds.filter((id) => id !== 'front-matter');

/** A tender of 200 paragraphs that gives every content rule something to read in most of them. */
function tender(): string[] {
  const kinds = [
    (i: number) => `${i}.1 The Authority will use the innovation partnership procedure (regulation 32) for phase ${i}, with an alliance agreement.`,
    (i: number) => `${i}.2 The contract notice for lot ${i} will be published in the OJEU and on Contracts Finder.`,
    (i: number) => `The Authority will treat all bidders equally and without discrimination and will act transparently in stage ${i}.`,
    (i: number) => `${i}.4 Tenders are evaluated on the most economically advantageous tender under the Public Contract Regulations 2015, regulation 67(${i}).`,
    (i: number) => `${i}.5 The Council will run the competitive negotiation procedure for workstream ${i}; see Article 26 of the PCR 2015.`,
    (i: number) => `${i}.6 The standstill period will be five days (stage ${i}).`,
    (i: number) => `${i}.7 Clarification questions for lot ${i} close at noon on Friday 3 March 2025.`,
    (i: number) => `${i}.8 Tenders for lot ${i} are evaluated on 60% quality and 30% price.`,
    (i: number) => `${i}.9 The time limit for receipt of tenders for lot ${i} in this open procedure is 20 days.`,
  ];
  const out: string[] = [];
  for (let i = 0; out.length < 200; i++) {
    if (i % 10 === 0) out.push(`## Part ${i / 10 + 1}`);
    out.push(kinds[i % kinds.length](i));
  }
  return out;
}

const asDocument = (paragraphs: string[]) =>
  `---\ntender-lint:\n  regime: pcr-2015\n  kind: tender\n  date: 2023-03-01\n---\n\n# Invitation to tender: community services\n\n${paragraphs.join('\n\n')}\n`;

describe('content rules through the per-passage cache', () => {
  for (const id of memoRules) {
    it(`${id}: an edit of one paragraph recomputes that paragraph's facts only, with the same findings`, () => {
      const parser = createParser();
      const cache = new LintCache();
      const paragraphs = tender();
      const first = lintDocument(parser.parse(asDocument(paragraphs)), { today, only: [id], cache });
      const passages = first.doc.passages.length;
      assert.ok(passages > 200, `${passages} passages`);
      assert.ok(cache.misses > 0, 'the rule reads passages through memo');

      const edited = [...paragraphs];
      edited[101] = edited[101].replace(/\.$/, ' and the Contracting Authority confirms it.');
      const text = asDocument(edited);
      const before = { hits: cache.hits, misses: cache.misses };
      const again = lintDocument(parser.parse(text), { today, only: [id], cache });
      assert.ok(cache.misses - before.misses <= 2, `${cache.misses - before.misses} passages recomputed after one edit`);
      assert.ok(cache.hits - before.hits >= passages - 2, `${cache.hits - before.hits} of ${passages} passages reused`);
      assert.deepEqual(again.findings, lint(text, { today, only: [id] }).findings);
    });
  }

  it('every rule finds something in the test tender, so the comparisons above compare findings', () => {
    const { findings } = lint(asDocument(tender()), { today });
    for (const id of memoRules) assert.ok(findings.some((f) => f.ruleId === id), id);
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const INSERTS = [' ', 'x', '.', '\n', '\n\n', '- ', '## ', 'regulation 32', ' OJEU', 'equal treatment, ', 'the Act', ' innovative partnership', '(the Regulations)'];

describe('findings with and without the cache agree after random edits', () => {
  const root = join(__dirname, '..', '..');
  const files = [...markdownFiles(join(root, 'examples')), ...markdownFiles(join(root, 'test', 'fixtures'))];

  it('finds the example and fixture documents', () => assert.ok(files.length >= 30, `${files.length} files`));

  for (const file of files) {
    it(file.slice(root.length + 1), () => {
      const random = seeded(file.length * 7919 + 17);
      const parser = createParser();
      const cache = new LintCache();
      let text = readFileSync(file, 'utf8');
      for (let step = 0; step < 12; step++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 20)));
        else text = text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
        const cached = lintDocument(parser.parse(text), { today, cache });
        const fresh = lint(text, { today });
        assert.deepEqual(cached.findings, fresh.findings, `after edit ${step}`);
        assert.deepEqual(cached.context, fresh.context);
      }
      assert.ok(cache.hits > 0, 'later lints reuse facts');
    });
  }
});
