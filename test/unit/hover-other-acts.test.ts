// Hover on a citation of another instrument named right after it ("Article 28 of the UK GDPR"): the
// hover names that instrument and never explains a procurement provision with the same number.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { hoverAt } from '../../server/src/core/hover';

function hoverOn(text: string, target: string) {
  const r = lint(text, { today: '2026-06-01', only: [] });
  const at = text.indexOf(target);
  assert.ok(at >= 0);
  return hoverAt({ doc: r.doc, context: r.context, settings: r.settings }, at + 2);
}

describe('hover: citations of other instruments', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['The processor must meet Article 28 of the UK GDPR.', 'Article 28', /UK General Data Protection Regulation/],
    ['Staff transfer under regulation 4 of the TUPE Regulations.', 'regulation 4', /Transfer of Undertakings/],
  ];
  for (const [text, target, names] of cases) {
    it(`"${target}" in "${text}" names its own instrument`, () => {
      const h = hoverOn(`# Terms\n\n${text}\n`, target);
      assert.ok(h, "a hover naming the instrument");
      assert.match(h.markdown, names);
      assert.doesNotMatch(h.markdown, /Directive 2014\/24|Public Contracts Regulations|Procurement Act 2023/);
    });
  }

  it('a citation of an act whose name the citation finder already reads as foreign gets no procurement hover', () => {
    const h = hoverOn('# Terms\n\nSection 54 of the Modern Slavery Act 2015 requires a statement.\n', 'Section 54');
    assert.ok(h === undefined || /Modern Slavery Act 2015/.test(h.markdown), JSON.stringify(h));
  });

  it('a bare article still explains the Directive', () => {
    const h = hoverOn('# Law\n\nSee Article 28 on the restricted procedure.\n', 'Article 28');
    assert.ok(h);
    assert.match(h.markdown, /Directive 2014\/24/);
  });
});
