// A finding's legal explanation (detail) travels with its short message: to the editor as related
// information on the finding's own range, and into JSON and SARIF output.

import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/convert';
import { toJson, toSarif } from '../../server/src/cli/format';

const text = '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Tender\n\nThe notice will be published in the OJEU.\n';

describe('finding detail', () => {
  const result = lint(text);
  const finding = result.findings.find((f) => f.ruleId === 'obsolete-reference')!;

  it('keeps the message short and the law in the detail', () => {
    assert.ok(finding.detail && /legislation\.gov\.uk/.test(finding.detail));
    assert.ok(!finding.message.includes('legislation.gov.uk'), finding.message);
  });

  it('reaches the editor as related information on the finding itself', () => {
    const doc = TextDocument.create('file:///t.md', 'markdown', 1, text);
    const d = toDiagnostic(doc, finding);
    assert.equal(d.relatedInformation?.[0].message, finding.detail);
    assert.deepEqual(d.relatedInformation?.[0].location.range, d.range);
  });

  it('is in JSON and SARIF output', () => {
    const report = { file: 't.md', display: 't.md', findings: [finding], lineStarts: result.doc.lineStarts };
    assert.equal(JSON.parse(toJson([report]))[0].detail, finding.detail);
    assert.ok(JSON.parse(toSarif([report], '0.0.0')).runs[0].results[0].message.text.includes(finding.detail!));
  });
});
