// A bounded, seeded fuzz run inside `npm test`; `npm run fuzz -- --count 100000` runs it at scale.

import assert from 'node:assert/strict';
import { createParser } from '../../server/src/core/parse';
import { generateDocument, seeded } from '../fuzz/generate';
import { checkProperties } from '../fuzz/properties';
import { scaled, scaledTimeout } from '../scale';

/** 400 in `npm test`, 5,000 in `npm run test:slow` (about 4 minutes), or TENDER_LINT_FUZZ_COUNT. */
const COUNT = scaled(400, 5_000, 'TENDER_LINT_FUZZ_COUNT');

describe(`fuzz: ${COUNT} generated documents keep every property`, function () {
  this.timeout(scaledTimeout(120_000, 1_800_000));
  it('no throw, ranges inside and on UTF-16 boundaries, deterministic, fixes round-trip, fix all idempotent, incremental = full', () => {
    const random = seeded(0x7e4de2);
    const parser = createParser();
    for (let i = 0; i < COUNT; i++) {
      const text = generateDocument(random);
      const broken = checkProperties(text, parser);
      assert.equal(broken, undefined, `document ${i}: ${broken}\n${JSON.stringify(text)}`);
    }
  });
});

// Documents the large fuzz runs found faults in, kept so the fault cannot come back.
const FOUND: Array<[string, string]> = [
  [
    'seed 20261207 document 35059: a provision-word fix whose corrected number is wrong for its subject (MEAT)',
    '---\ntender-lint:\n  regime: pa-2023\nTenders are evaluated on the most economically advantageous tender (See Article 31 of the Public Contracts Regulations 2015 and s.12 PA 2023, regs 74 to 77, Schedule 3.\nMEAT) under the Light Touch Regime.\n```\nregulation 31 in code\n```ticle 31 of the Public Contracts Regu> quoted regulation 18 text\nlations 2015 and s.12 PA 2023, regs 74 to 77, Schedule 3.',
  ],
];

describe('fuzz: documents earlier runs found faults in', () => {
  for (const [name, text] of FOUND) it(name, () => assert.equal(checkProperties(text), undefined));
});
