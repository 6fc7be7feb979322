// Real titles, near-miss titles, and the acts whose provision numbers must not be read as
// procurement provisions.

import assert from 'node:assert/strict';
import { CITED_ACTS, citedActIn } from '../../server/src/core/knowledge/acts';
import { TITLES, nearestTitle } from '../../server/src/core/knowledge/titles';

describe('knowledge titles: nearestTitle', () => {
  it('maps garbled titles to the real one', () => {
    assert.equal(nearestTitle('The Public Procurement Contracts Regulations 2015')?.title, 'Public Contracts Regulations 2015');
    assert.equal(nearestTitle('Public Contract Regulations 2015')?.title, 'Public Contracts Regulations 2015');
    assert.equal(nearestTitle('Procurement Act 2024')?.title, 'Procurement Act 2023');
    assert.equal(nearestTitle('the Procurement Act 2022')?.title, 'Procurement Act 2023');
  });

  it('returns exact matches with distance 0', () => {
    assert.deepEqual(nearestTitle('Local Government Act 2000'), { title: 'Local Government Act 2000', distance: 0 });
    assert.deepEqual(nearestTitle('the Public Contracts Regulations 2015'), { title: 'Public Contracts Regulations 2015', distance: 0 });
    for (const t of TITLES) assert.equal(nearestTitle(t)?.distance, 0, t);
  });

  it('returns undefined for unrelated titles and ambiguous year slips', () => {
    assert.equal(nearestTitle('Housing Act 1996'), undefined);
    assert.equal(nearestTitle('Road Traffic Regulation Act 1984'), undefined);
    assert.equal(nearestTitle('Local Government Act 1972'), undefined);
    assert.equal(nearestTitle(''), undefined);
  });

  it('is bounded on long input', () => {
    const t = Date.now();
    nearestTitle('Public Contracts '.repeat(5000));
    assert.ok(Date.now() - t < 200);
  });
});

describe('knowledge titles: cited acts', () => {
  it('has a dozen or more acts with unique ids and legislation.gov.uk addresses', () => {
    assert.ok(CITED_ACTS.length >= 12);
    assert.equal(new Set(CITED_ACTS.map((a) => a.id)).size, CITED_ACTS.length);
    for (const a of CITED_ACTS) {
      assert.ok(a.url.startsWith('https://www.legislation.gov.uk/'), a.id);
      assert.doesNotThrow(() => new RegExp(a.pattern, 'i'));
      assert.equal(citedActIn(a.title)?.id, a.id, a.title);
    }
    assert.equal(CITED_ACTS.find((a) => a.id === 'uk-gdpr')!.url, 'https://www.legislation.gov.uk/eur/2016/679/contents');
  });

  it('recognises citations of other instruments', () => {
    assert.equal(citedActIn('Article 28 of the UK GDPR')?.id, 'uk-gdpr');
    assert.equal(citedActIn('section 17 of the Local Government Act 1988')?.id, 'lga-1988');
    assert.equal(citedActIn('regulation 4 of TUPE')?.id, 'tupe-2006');
    assert.equal(citedActIn('section 54 of the Modern Slavery Act 2015')?.id, 'msa-2015');
    assert.equal(citedActIn('section 1 of the Public Services (Social Value) Act 2012')?.id, 'social-value-act-2012');
    assert.equal(citedActIn('section 3 of the Local Government Act 1999')?.id, 'lga-1999');
    assert.equal(citedActIn('regulation 57 of the Public Contracts Regulations 2015'), undefined);
  });
});
