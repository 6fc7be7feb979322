import assert from 'node:assert/strict';
import { lint, mergeSettings, normalizeSettings, parseConfigText } from '../../server/src/core';

const rules = ['front-matter', 'citation'];

describe('settings: normalisation and layers', () => {
  it('keeps valid values in either key style and reports each invalid one once', () => {
    const { settings, problems } = normalizeSettings(
      { regime: 'pa-2023', 'light-touch': true, date: '2025-13-01', kind: 'memo', rules: { citation: 'off', nope: 'error', 'front-matter': 'loud' }, colour: 'red' },
      '.tender-lint.json',
      rules,
    );
    assert.equal(settings.regime, 'pa-2023');
    assert.equal(settings.lightTouch, true);
    assert.deepEqual(settings.rules, { citation: 'off' });
    assert.equal(settings.date, undefined);
    assert.deepEqual(problems.map((p) => p.key).sort(), ['colour', 'date', 'kind', 'rules.front-matter', 'rules.nope']);
    for (const p of problems) assert.ok(p.message.startsWith('.tender-lint.json:'), p.message);
  });

  it('never throws on junk', () => {
    for (const raw of [42, 'x', [], null, undefined, { rules: [] }, { terms: {} }, { clauses: [{ id: 1 }] }]) {
      assert.doesNotThrow(() => normalizeSettings(raw, 'settings', rules));
    }
  });

  it('lets later layers win and merges rule levels key by key', () => {
    const merged = mergeSettings([{ regime: 'pcr-2015', rules: { citation: 'off', 'front-matter': 'warning' } }, { regime: 'pa-2023', rules: { citation: 'error' } }]);
    assert.equal(merged.regime, 'pa-2023');
    assert.deepEqual(merged.rules, { citation: 'error', 'front-matter': 'warning' });
  });

  it('reads JSON and YAML config files as data and reports broken ones with the file name', () => {
    assert.equal(parseConfigText('{"regime": "pcsr-2015"}', 'a/.tender-lint.json', rules).settings.regime, 'pcsr-2015');
    assert.equal(parseConfigText('regime: pa-2023\n', '.tender-lint.yaml', rules).settings.regime, 'pa-2023');
    const broken = parseConfigText('{"regime": ', 'b/.tender-lint.json', rules);
    assert.deepEqual(broken.settings, {});
    assert.match(broken.problems[0].message, /^b\/\.tender-lint\.json: could not be read/);
  });

  it('front matter beats config, config beats nothing; a rule switched off is silent', () => {
    const doc = '---\ntender-lint:\n  regime: pcr-2015\n  kind: oops\n---\n# T\n';
    assert.equal(lint(doc, { today: '2026-01-01', layers: [{ regime: 'pa-2023' }] }).context.regime, 'pcr-2015');
    assert.equal(lint(doc, { today: '2026-01-01' }).findings.length, 1);
    assert.equal(lint(doc, { today: '2026-01-01', layers: [{ rules: { 'front-matter': 'off' } }] }).findings.length, 0);
    const warned = lint(doc, { today: '2026-01-01', layers: [{ rules: { 'front-matter': 'warning' } }] });
    assert.equal(warned.findings[0].severity, 'warning');
  });
});

describe('regime and date', () => {
  const today = '2026-06-01';
  const ctx = (text: string, layers = []) => lint(text, { today, layers }).context;

  it('takes the regime from the front matter first', () => {
    const c = ctx('---\ntender-lint:\n  regime: pcsr-2015\n---\nUnder the Procurement Act 2023.\n');
    assert.deepEqual([c.regime, c.regimeSource], ['pcsr-2015', 'front-matter']);
  });

  it('infers it from the citations, preferring the Scottish Regulations when named', () => {
    assert.equal(ctx('Run under the Procurement Act 2023 (s.20).\n').regime, 'pa-2023');
    assert.equal(ctx('Under the Public Contracts Regulations 2015, regulation 31.\n').regime, 'pcr-2015');
    assert.equal(ctx('The Public Contracts (Scotland) Regulations 2015 apply, as does Directive 2014/24/EU.\n').regime, 'pcsr-2015');
    assert.equal(ctx('Article 31 of Directive 2014/24/EU.\n').regime, 'directive-2014-24');
    assert.equal(ctx('Public Contracts Regulations 2015.\n').regimeSource, 'citations');
  });

  it('reads a misspelt title as the instrument the drafter means', () => {
    // With no date, the citations decide; a misspelt title must count as the instrument meant, or
    // correcting it would change the regime under the drafter.
    assert.equal(ctx('Under regulation 30 of the Public Contract Regulations 2015.\n').regime, 'pcr-2015');
    assert.equal(ctx('Under the Procurement Act 2024 the Council will…\n').regime, 'pa-2023');
  });

  it('falls back to the date: PCR 2015 before 24 February 2025, the Act from then', () => {
    assert.equal(ctx('---\ntender-lint:\n  date: 2025-02-23\n---\nNo citations.\n').regime, 'pcr-2015');
    assert.equal(ctx('---\ntender-lint:\n  date: 2025-02-24\n---\nNo citations.\n').regime, 'pa-2023');
  });

  it('uses the configured default only when no date was given, and today otherwise', () => {
    const c = lint('No citations.\n', { today, layers: [{ defaultRegime: 'pcsr-2015' }] }).context;
    assert.deepEqual([c.regime, c.regimeSource, c.date, c.dateIsExplicit], ['pcsr-2015', 'default', today, false]);
    assert.equal(lint('No citations.\n', { today: '2024-01-01' }).context.regime, 'pcr-2015');
  });
});
