// The document's kind, read from its title and sections (server/src/core/context/kind.ts): each row is
// a document opening in a real style with the kind a reader would give it, and the evidence it cites.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';

const TODAY = '2026-12-04';

const ROWS: Array<{ name: string; text: string; kind: string | undefined; source?: 'settings' | 'text'; reason?: RegExp }> = [
  { name: 'ITT title', text: '# Invitation to Tender: Home Care Services\n\nTenders are invited.\n', kind: 'tender', reason: /^title 'Invitation to Tender/ },
  { name: 'ITT abbreviation', text: '# ITT 2025/014 – Grounds Maintenance\n\nBody.\n', kind: 'tender' },
  { name: 'ITPD', text: '# Invitation to Participate in Dialogue (ITPD)\n\nBody.\n', kind: 'tender' },
  { name: 'ISIT', text: '# ISIT: Integrated Sexual Health Services\n\nBody.\n', kind: 'tender' },
  { name: 'request for quotation', text: '# Request for Quotation – Printing Services\n\nBody.\n', kind: 'tender' },
  { name: 'specification', text: '# Service Specification: Community Equipment\n\nBody.\n', kind: 'specification' },
  { name: 'statement of requirements', text: '# Statement of Requirements\n\nBody.\n', kind: 'specification' },
  { name: 'procurement strategy', text: '# Procurement Strategy 2024–2028\n\nBody.\n', kind: 'strategy' },
  { name: 'committee minutes', text: '# Minutes of the Cabinet, 21 January 2025\n\nBody.\n', kind: 'minutes' },
  { name: 'cabinet report about a tender', text: '# Report to Cabinet: Award of the Leisure Tender\n\nBody.\n', kind: 'report' },
  { name: 'contract notice', text: '# Contract Notice: Highways Maintenance Framework\n\nBody.\n', kind: 'notice' },
  { name: 'guidance about tendering', text: '# Guidance for suppliers on tendering with the Council\n\nBody.\n', kind: 'guidance' },
  { name: 'FAQs', text: '# Procurement FAQs\n\nBody.\n', kind: 'guidance' },
  { name: 'policy', text: '# Social Value Policy\n\nBody.\n', kind: 'other' },
  { name: 'statute text', text: '# The Public Contracts Regulations 2015\n\nBody.\n', kind: 'other' },
  { name: 'ITT title beats the word notice inside it', text: '# Invitation to tender and notice of requirements\n\nBody.\n', kind: 'tender' },
  {
    name: 'untitled document with two tender sections',
    text: '# Home care\n\nIntro.\n\n## Instructions to bidders\n\nText.\n\n## Evaluation criteria\n\nText.\n',
    kind: 'tender',
    reason: /^2 tender sections/,
  },
  { name: 'one tender section is not enough', text: '# Home care\n\nIntro.\n\n## Evaluation criteria\n\nText.\n', kind: undefined },
  { name: 'no heading at all', text: 'The Council will treat all suppliers equally.\n', kind: undefined },
  { name: 'front matter kind wins', text: '---\ntender-lint:\n  kind: guidance\n---\n\n# Invitation to Tender\n\nBody.\n', kind: 'guidance', source: 'settings' },
];

describe('document kind read from the title and sections', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const { context } = lint(row.text, { today: TODAY });
      assert.equal(context.kind, row.kind);
      if (row.kind === undefined) {
        assert.equal(context.kindSource, undefined);
        assert.ok(!context.evidence.some((e) => e.field === 'kind'));
        return;
      }
      assert.equal(context.kindSource, row.source ?? 'text');
      if (context.kindSource === 'text') {
        const e = context.evidence.find((x) => x.field === 'kind');
        assert.ok(e, 'the kind carries its evidence');
        assert.equal(e.value, row.kind);
        assert.ok(e.end > e.start, 'the evidence points at the heading');
        if (row.reason) assert.match(e.reason, row.reason);
      }
    });
  }

  it('an inferred tender kind does not by itself report a document that states no principles', () => {
    const text = '# Invitation to Tender: Library System\n\n**Issued:** 3 March 2025\n\nTenders are invited for a library management system.\n';
    const { findings, context } = lint(text, { today: TODAY });
    assert.equal(context.kind, 'tender');
    assert.equal(findings.filter((f) => f.ruleId === 'missing-principle').length, 0);
    const declared = lint(`---\ntender-lint:\n  kind: tender\n---\n\n${text}`, { today: TODAY });
    assert.equal(declared.findings.filter((f) => f.ruleId === 'missing-principle').length, 1);
  });
});
