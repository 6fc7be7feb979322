import assert from 'node:assert/strict';
import { createParser, LintCache, lintDocument, sourceRange, type Rule } from '../../server/src/core';

// A rule that flags "OJEU" through memo, counting how often it really scans a passage.
let scans = 0;
const rule: Rule = {
  id: 'ojeu',
  description: 'test rule.',
  rationale: 'test rule',
  defaultSeverity: 'warning',
  fixable: false,
  examples: { valid: [], invalid: [] },
  check({ doc, memo, report }) {
    for (const p of doc.passages) {
      const hits = memo(p, (q) => {
        scans++;
        return [...q.text.matchAll(/OJEU/g)].map((m) => m.index!);
      });
      for (const at of hits) report({ message: 'OJEU', ...sourceRange(p, at, at + 4) });
    }
  },
};

describe('per-passage memo across lints', () => {
  const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} mentions the OJEU.`);
  const text = (ps: string[]) => `---\ntender-lint:\n  regime: pcr-2015\n---\n\n${ps.join('\n\n')}\n`;

  it('re-scans only the passage an edit touched, and findings stay exact', () => {
    const parser = createParser();
    const cache = new LintCache();
    const lint = (t: string) => lintDocument(parser.parse(t), { today: '2026-01-01', cache }, [rule]);
    scans = 0;
    assert.equal(lint(text(paragraphs)).findings.length, 50);
    assert.equal(scans, 50);
    const edited = [...paragraphs];
    edited[10] = 'Paragraph 10 now mentions the OJEU twice: OJEU.';
    scans = 0;
    const t2 = text(['Inserted first.', ...edited]);
    const result = lint(t2);
    assert.equal(scans, 2, 'the edited and the inserted passage');
    assert.equal(result.findings.length, 51);
    for (const f of result.findings) assert.equal(t2.slice(f.start, f.end), 'OJEU');
  });

  it('a change of the document context (regime) invalidates the cache', () => {
    const parser = createParser();
    const cache = new LintCache();
    const lint = (t: string) => lintDocument(parser.parse(t), { today: '2026-01-01', cache }, [rule]);
    lint(text(paragraphs));
    scans = 0;
    lint(text(paragraphs).replace('pcr-2015', 'pa-2023'));
    assert.equal(scans, 50);
  });

  it('a lint that runs no rule (the parse hover asks for) keeps the facts for the next lint', () => {
    const parser = createParser();
    const cache = new LintCache();
    const many = Array.from({ length: 150 }, (_, i) => `Paragraph ${i} mentions the OJEU.`);
    const lint = (t: string, only?: string[]) => lintDocument(parser.parse(t), { today: '2026-01-01', cache, only }, [rule]);
    lint(text(many));
    lint(text(many), []);
    scans = 0;
    lint(text(many));
    assert.equal(scans, 0);
  });
});
