// Issue 21: text split by NEL (U+0085), U+2028 or U+2029 reads as sentences, as the same text split by
// LF does. \s does not match NEL, so a NEL-separated document used to be one 4,000-character sentence
// around every mention, and linted about ten times slower (the speed itself is in bench/hardening.ts).

import assert from 'node:assert/strict';
import { sentenceAround } from '../../server/src/core/sentences';
import { lint } from '../../server/src/core';

const LINE = 'The Council will evaluate tenders against the award criteria under regulation 67 of the Public Contracts Regulations 2015.';

describe('line separators: NEL, U+2028, U+2029', () => {
  for (const [name, sep] of [['NEL', '\u0085'], ['U+2028', '\u2028'], ['U+2029', '\u2029'], ['LF', '\n']] as const) {
    it(`${name}: a sentence ends at the separator`, () => {
      const text = Array.from({ length: 50 }, () => LINE).join(sep);
      const at = text.indexOf('regulation 67', LINE.length * 20);
      const s = sentenceAround(text, at);
      assert.equal(text.slice(s.start, s.end), LINE);
    });
  }

  it('the same findings whichever separator splits the lines', () => {
    const lines = ['# Tender', '', 'A contract notice will be published in the OJEU.', 'The Alcatel period will be observed.'];
    const count = (sep: string) => lint(lines.join(sep), { today: '2026-06-01' }).findings.filter((f) => f.ruleId === 'obsolete-reference').length;
    assert.ok(count('\n') > 0);
    assert.equal(count('\u0085'), count('\u2028'));
  });

  it('front matter with CR-only line ends is read as with LF (old Mac files)', () => {
    const lines = ['---', 'tender-lint:', '  regime: pcr-2015', '  date: 2023-03-01', '---', '', '# Notices', '', 'The contract notice will be published in the OJEU.', ''];
    for (const sep of ['\n', '\r\n', '\r']) {
      const result = lint(lines.join(sep), { today: '2026-06-01' });
      assert.equal(result.context.regime, 'pcr-2015', JSON.stringify(sep));
      assert.equal(result.context.date, '2023-03-01', JSON.stringify(sep));
      assert.deepEqual(result.findings.map((f) => f.ruleId), ['obsolete-reference'], JSON.stringify(sep));
    }
    // A YAML error in a CR-only header is reported inside the header (the parser notices it at the closing fence, as with LF).
    const broken = ['---', 'tender-lint:', '  regime: [pcr-2015', '---', '', 'Text.'].join('\r');
    const [error] = lint(broken).findings.filter((f) => f.ruleId === 'front-matter');
    assert.ok(error && error.start >= 4 && error.end <= broken.indexOf('\r---') + 4, JSON.stringify(error));
  });
});
