// The rule registry, the docs and the README agree: a rule added in one place and forgotten in another
// fails here.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../server/src/core';

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('rule metadata', () => {
  it('ids are unique, kebab-case and match their module file names', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const files = readdirSync(join(root, 'server/src/core/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual([...ids].sort(), files.sort());
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.id}: has a description, a rationale, examples and a docs page`, () => {
      assert.ok(rule.description.length > 20 && rule.description.endsWith('.'), 'a one-sentence description');
      assert.ok(rule.rationale.length > 80, 'a rationale that explains why');
      assert.ok(rule.examples.valid.length >= 1 && rule.examples.invalid.length >= 1, 'at least one valid and one invalid example');
      const doc = join(root, 'docs/rules', `${rule.id}.md`);
      assert.ok(existsSync(doc), `docs/rules/${rule.id}.md exists`);
      assert.match(readFileSync(doc, 'utf8'), new RegExp(`^# ${rule.id}\\n`));
    });
  }

  it('the README rules table lists exactly the registered rules, with their defaults', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = [...table.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/\1\.md\) \| (\w+) \| (yes|no) \| (.+) \|$/gm)];
    assert.deepEqual(rows.map((m) => m[1]).sort(), rules.map((r) => r.id).sort());
    for (const [, id, severity, fixable, description] of rows) {
      const rule = rules.find((r) => r.id === id)!;
      assert.equal(severity, rule.defaultSeverity, `${id} default severity`);
      assert.equal(fixable, rule.fixable ? 'yes' : 'no', `${id} fixable`);
      assert.equal(description, rule.description, `${id} description`);
    }
  });
});
