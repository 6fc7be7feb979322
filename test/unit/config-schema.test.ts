// The config file's JSON Schema (schemas/tender-lint.schema.json, contributed to VS Code through
// jsonValidation) agrees with what the linter accepts, and is not stale.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { normalizeSettings, ruleIds } from '../../server/src/core';
import { schemaText } from '../../scripts/config-schema';

const ROOT = resolve(__dirname, '../..');
const committed = readFileSync(resolve(ROOT, 'schemas/tender-lint.schema.json'), 'utf8');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(committed));

const VALID = [
  {},
  { regime: 'pa-2023', date: '2025-03-01', kind: 'tender', lightTouch: true },
  { 'light-touch': false, 'default-regime': 'pcr-2015' },
  { rules: { 'obsolete-reference': 'error', citation: 'off', 'procedure-name': false } },
  { terms: [{ term: 'PSR', definition: 'Provider Selection Regime' }], clauses: [{ id: 'tupe', title: 'TUPE', body: 'TUPE applies.' }] },
  { ignores: ['drafts/**', '!drafts/final.md'] },
];
const INVALID = [
  { regime: 'pcr-2016' },
  { date: 'tomorrow' },
  { rules: { bogus: 'error' } },
  { rules: { citation: 'loud' } },
  { unknownSetting: 1 },
  { ignores: 'drafts' },
  { terms: [{ term: 'PSR' }] },
];

describe('config file JSON Schema', () => {
  it('is the schema scripts/gen-schema.ts writes from the core (run it after adding a rule or regime)', () => {
    assert.equal(committed, schemaText);
  });

  it('accepts what the linter accepts without a problem', () => {
    for (const config of VALID) {
      assert.deepEqual(normalizeSettings(config, 'cfg', ruleIds).problems, [], JSON.stringify(config));
      assert.ok(validate(config), `${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects what the linter reports as a problem', () => {
    for (const config of INVALID) {
      assert.ok(normalizeSettings(config, 'cfg', ruleIds).problems.length > 0, JSON.stringify(config));
      assert.ok(!validate(config), JSON.stringify(config));
    }
  });

  it('is contributed to VS Code for .tender-lint.json and shipped in the extension', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ['.tender-lint.json'], url: './schemas/tender-lint.schema.json' }]);
    assert.match(readFileSync(resolve(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });
});
