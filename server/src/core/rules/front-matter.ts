// front-matter: a header that does not parse, or `tender-lint:` settings that are not understood.
// The rest of the document is still linted, with defaults.

import type { Rule } from '../types';

const rule: Rule = {
  id: 'front-matter',
  description: 'The YAML front matter must parse and its `tender-lint` settings must be valid.',
  rationale:
    'The front matter tells Tender Lint which law governs the document and when the procurement starts. ' +
    'A header that does not parse, or a misspelt setting, silently changes which checks apply, so it is ' +
    'reported instead of guessed at.',
  defaultSeverity: 'error',
  fixable: false,
  examples: {
    valid: [
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-05-01\n---\n\n# Invitation to tender\n',
      '---\ntitle: Specification\n---\n\n# Specification\n',
      '# No front matter at all\n\n---\n\nA thematic break is not front matter.\n',
    ],
    invalid: [
      { text: '---\ntender-lint:\n  regime: [oops\n---\n\n# Tender\n', count: 1, messageIncludes: 'not valid YAML' },
      { text: '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Tender\n', count: 1, messageIncludes: 'regime' },
      { text: '---\ntender-lint:\n  date: 1 March 2025\n  kind: tender\n---\n\n# Tender\n', count: 1, messageIncludes: 'YYYY-MM-DD' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n# Tender\n', count: 1, messageIncludes: 'never closed' },
    ],
  },
  check({ doc, frontMatterProblems, report }) {
    const fm = doc.frontMatter;
    if (!fm) return;
    if (fm.error) {
      report({ message: `${fm.error.message.replace(/\.?$/, ".")} The rest of the document is checked with default settings.`, start: fm.error.start, end: fm.error.end });
      return;
    }
    for (const problem of frontMatterProblems) {
      const at = problem.key ? locateKey(fm.raw, problem.key.split('.').pop()!.replace(/\[\d+\]$/, '')) : -1;
      const start = at >= 0 ? fm.contentStart + at : fm.start;
      const end = at >= 0 ? start + problem.key!.split('.').pop()!.length : fm.start + 3;
      report({ message: problem.message.replace(/^front matter: /, 'Front matter: '), start, end });
    }
  },
};

/** Offset of `key:` in the raw YAML (good enough for a squiggle; falls back to the fence). */
function locateKey(raw: string, key: string): number {
  const m = new RegExp(`(^|\\n)([ \\t]*)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).exec(raw);
  return m ? m.index + m[1].length + m[2].length : -1;
}

export default rule;
