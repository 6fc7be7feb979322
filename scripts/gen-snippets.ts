// Writes snippets/markdown.json from the clause library, so the snippets VS Code offers and the
// clauses completion inserts have one source. Run: npx tsx scripts/gen-snippets.ts
// test/unit/snippets.test.ts fails when the file is out of step with the library.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseSnippets } from '../server/src/core/knowledge';

const path = join(__dirname, '..', 'snippets', 'markdown.json');
writeFileSync(path, `${JSON.stringify(clauseSnippets(), null, 2)}\n`);
console.log(`wrote ${path}`);
