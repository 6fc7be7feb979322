// snippets/markdown.json is generated from the clause library (scripts/gen-snippets.ts); this fails
// when someone edits a clause without regenerating, or edits the JSON by hand.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinClauses, clauseSnippets } from '../../server/src/core/knowledge';

const file = join(__dirname, '..', '..', 'snippets', 'markdown.json');
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('snippets/markdown.json', () => {
  const onDisk = JSON.parse(readFileSync(file, 'utf8'));

  it('is in step with the clause library (regenerate with: npx tsx scripts/gen-snippets.ts)', () => {
    assert.deepEqual(onDisk, clauseSnippets());
  });

  it('has one snippet per built-in clause, its prefix the clause id', () => {
    const prefixes = Object.values(onDisk as Record<string, { prefix: string }>).map((s) => s.prefix).sort();
    assert.deepEqual(prefixes, builtinClauses().map((c) => c.id).sort());
  });

  it('uses only well-formed snippet syntax: every "${" opens a numbered placeholder that closes', () => {
    for (const [name, snippet] of Object.entries(onDisk as Record<string, { body: string[] }>)) {
      const text = snippet.body.join('\n').replace(/\\[$}\\]/g, '');
      let depth = 0;
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '$') {
          assert.match(text.slice(i, i + 5), /^\$\{\d+:/, `${name}: bare "$" at ${i}`);
          depth++;
        } else if (text[i] === '}') {
          depth--;
          assert.ok(depth >= 0, `${name}: unmatched "}" at ${i}`);
        }
      }
      assert.equal(depth, 0, `${name}: unclosed placeholder`);
    }
  });

  it('escapes snippet syntax in plain clause bodies', () => {
    const [entry] = Object.values(clauseSnippets([{ id: 'tender-x', title: 'X', body: 'Pay $5 {now} \\ later', sources: [] }]));
    assert.deepEqual(entry.body, ['Pay \\$5 {now\\} \\\\ later']);
  });

  it('is contributed to VS Code for Markdown in package.json', () => {
    assert.ok(
      (pkg.contributes.snippets as Array<{ language: string; path: string }>).some((s) => s.language === 'markdown' && s.path === './snippets/markdown.json'),
    );
  });
});
