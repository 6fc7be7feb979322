// The CLI's SARIF output validated against the SARIF 2.1.0 JSON Schema (the copy that
// @microsoft/jest-sarif ships, a devDependency: the schema is not vendored into this repository).
// Code-scanning services reject a log that does not validate, so every property we emit, fixes and
// helpUri included, must be where the schema allows it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';

const cli = resolve(__dirname, '../../dist/cli.js');
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

interface SarifLog {
  runs: Array<{
    results: Array<{ ruleId: string; fixes?: unknown[] }>;
    tool: { driver: { rules: Array<{ id: string; helpUri?: string; shortDescription?: unknown; fullDescription?: unknown }> } };
  }>;
}

// The schema's "language" pattern ("…{2}]?$") is valid only as a non-Unicode regular expression.
const compileSchema = () => new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

describe('SARIF output against the SARIF 2.1.0 schema', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tender-lint-sarif-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'broken.md'), '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Notes\n');
    writeFileSync(
      join(dir, 'docs', 'tender.md'),
      '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Invitation to tender\n\nThe standstill period will be ten calendar days.\n\n' +
        'The notice will be published in the OJEU.\n\n| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Price | 30% |\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('validates, with results that carry fixes, helpUri and rule metadata', () => {
    const r = spawnSync(process.execPath, [cli, '--format=sarif', 'docs'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    const log: SarifLog = JSON.parse(r.stdout);
    const validate = compileSchema();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));

    const results = log.runs[0].results;
    assert.ok(results.some((x) => x.ruleId === 'standstill' && (x.fixes?.length ?? 0) > 0), 'a fix is emitted and validated');
    assert.ok(results.some((x) => x.ruleId === 'weightings'), 'a finding without a fix is emitted');
    const rules = log.runs[0].tool.driver.rules;
    for (const rule of rules) {
      assert.match(rule.helpUri ?? '', /weightings|standstill|obsolete-reference|front-matter|\.md$/, rule.id);
      assert.ok(rule.shortDescription && rule.fullDescription, rule.id);
    }
  });

  it('rejects a log the schema does not allow, so the check above can fail', () => {
    const validate = compileSchema();
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: 'not an object' }] }] }), false);
  });
});
