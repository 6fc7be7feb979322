// Statutory periods: every entry is sourced on legislation.gov.uk and dated, and the lookups give the
// shortest lawful figure (or none where the law lets the period be agreed).

import assert from 'node:assert/strict';
import { STATUTORY_PERIODS, periodsFor, shortestPeriod, standstillPeriod } from '../../server/src/core/knowledge/periods';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('knowledge: statutory periods', () => {
  it('every entry has a provision, a title, a legislation.gov.uk URL and an appliesFrom date', () => {
    assert.ok(STATUTORY_PERIODS.length >= 40);
    for (const p of STATUTORY_PERIODS) {
      assert.match(p.provision, /^(?:regulation|section) \d+\(\d+\)/, p.id);
      assert.ok(p.title.trim().length > 0, p.id);
      assert.ok(p.url.startsWith('https://www.legislation.gov.uk/'), p.id);
      assert.doesNotThrow(() => new URL(p.url), p.id);
      // The URL points at the provision's own number.
      assert.ok(p.url.endsWith(`/${/\d+/.exec(p.provision)![0]}`), p.id);
      assert.match(p.appliesFrom, ISO, p.id);
      if (p.appliesTo) assert.ok(p.appliesTo > p.appliesFrom, p.id);
      assert.ok(p.circumstance.length > 10, p.id);
      assert.ok(Number.isInteger(p.days) && p.days >= 0, p.id);
    }
    assert.equal(new Set(STATUTORY_PERIODS.map((p) => p.id)).size, STATUTORY_PERIODS.length);
  });

  it('records the standstill of each regime', () => {
    assert.equal(standstillPeriod('pcr-2015')?.days, 10);
    assert.equal(standstillPeriod('pcr-2015')?.provision, 'regulation 87(2)');
    assert.equal(standstillPeriod('pcsr-2015')?.provision, 'regulation 86(3)');
    const act = standstillPeriod('pa-2023');
    assert.equal(act?.days, 8);
    assert.equal(act?.unit, 'working-days');
    assert.equal(standstillPeriod('psr-2023'), undefined);
  });

  it('gives the shortest lawful time limit, and none where the period may be agreed', () => {
    assert.equal(shortestPeriod('pcr-2015', 'tenders', 'open')?.days, 15);
    assert.equal(shortestPeriod('pcsr-2015', 'tenders', 'open')?.days, 15);
    assert.equal(shortestPeriod('pcr-2015', 'requests', 'restricted')?.days, 15);
    assert.equal(shortestPeriod('pcr-2015', 'requests', 'competitive-dialogue')?.days, 30);
    assert.equal(shortestPeriod('pcsr-2015', 'requests', 'innovation-partnership')?.provision, 'regulation 32(11)');
    assert.equal(shortestPeriod('pcr-2015', 'tenders', 'restricted'), undefined);
    assert.equal(shortestPeriod('pa-2023', 'tenders', 'open')?.days, 10);
    assert.equal(shortestPeriod('pa-2023', 'requests', 'competitive-flexible')?.days, 10);
    assert.equal(shortestPeriod('pa-2023', 'tenders', 'competitive-flexible'), undefined);
    // The Act has no restricted procedure; nothing is invented for it beyond the general tender entries.
    assert.ok(periodsFor('pa-2023', 'requests', 'restricted').length === 0);
  });

  it('dates the regulations to their own regimes', () => {
    for (const p of STATUTORY_PERIODS.filter((x) => x.instrument === 'pcr-2015')) assert.equal(p.appliesTo, '2025-02-24', p.id);
    for (const p of STATUTORY_PERIODS.filter((x) => x.instrument === 'pa-2023')) assert.equal(p.appliesFrom, '2025-02-24', p.id);
  });
});
