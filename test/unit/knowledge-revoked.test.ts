// Revoked and superseded instruments: sourced, dated, unique, and recognised in text.

import assert from 'node:assert/strict';
import { REVOKED_INSTRUMENTS, revokedInstrumentsIn } from '../../server/src/core/knowledge/revoked';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('knowledge revoked instruments', () => {
  it('has at least 20 entries with unique ids', () => {
    assert.ok(REVOKED_INSTRUMENTS.length >= 20, `only ${REVOKED_INSTRUMENTS.length}`);
    assert.equal(new Set(REVOKED_INSTRUMENTS.map((r) => r.id)).size, REVOKED_INSTRUMENTS.length);
  });

  it('every entry is dated, sourced, and points at legislation.gov.uk', () => {
    for (const r of REVOKED_INSTRUMENTS) {
      assert.match(r.revokedFrom, ISO, r.id);
      assert.ok(!Number.isNaN(Date.parse(r.revokedFrom)), r.id);
      assert.ok(r.url.startsWith('https://www.legislation.gov.uk/'), r.id);
      assert.doesNotThrow(() => new URL(r.url));
      assert.ok(r.source.trim().length > 0, r.id);
      assert.ok(r.replacedBy.trim().length > 0, r.id);
      assert.ok(r.jurisdiction.length > 0, r.id);
      assert.ok(r.names.length > 0, r.id);
    }
  });

  it('every pattern compiles and matches each of its names', () => {
    for (const r of REVOKED_INSTRUMENTS) {
      const re = new RegExp(String.raw`\b(?:${r.pattern})`, 'i');
      for (const n of r.names) assert.match(n, re, `${r.id}: ${n}`);
    }
  });

  it('keeps the key dates', () => {
    const by = new Map(REVOKED_INSTRUMENTS.map((r) => [r.id, r]));
    assert.equal(by.get('pcr-2015')!.revokedFrom, '2025-02-24');
    assert.deepEqual(by.get('pcr-2015')!.jurisdiction, ['England', 'Wales', 'Northern Ireland']);
    assert.equal(by.get('pcr-2006')!.revokedFrom, '2015-02-26');
    assert.equal(by.get('pcsr-2012')!.revokedFrom, '2016-04-18');
    assert.equal(by.get('directive-2014-24-uk')!.revokedFrom, '2021-01-01');
  });

  it('finds revoked instruments in text, not their successors', () => {
    const ids = (t: string) => revokedInstrumentsIn(t).map((m) => m.entry.id);
    assert.ok(ids('This is run under the Public Contracts Regulations 2006.').includes('pcr-2006'));
    assert.ok(ids('See PCR 2006 reg 32.').includes('pcr-2006'));
    assert.deepEqual(ids('See the Procurement Act 2023 and the Public Contracts (Scotland) Regulations 2015.'), []);
    assert.deepEqual(ids('SI 2006/52 is unrelated.'), []);
  });
});
