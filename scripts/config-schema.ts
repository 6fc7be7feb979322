// The JSON Schema of the config file, built from the core's own lists (regimes, document kinds, rule
// ids) so that editors complete and validate what the linter accepts. scripts/gen-schema.ts writes it to
// schemas/tender-lint.schema.json; test/unit/config-schema.test.ts fails when that file is stale.
import { REGIMES, DOCUMENT_KINDS, ruleIds } from '../server/src/core';
const level = { enum: ['error', 'warning', 'info', 'hint', 'off', true, false] };
const settings = {
  regime: { description: 'The law that governs the procurement; otherwise it is read from the document.', enum: [...REGIMES] },
  defaultRegime: { description: 'The law to assume when neither the document nor its date decides.', enum: [...REGIMES] },
  date: { description: 'The date the procurement starts (YYYY-MM-DD); decides what law is in force.', type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  kind: { description: 'What the document is.', enum: [...DOCUMENT_KINDS] },
  lightTouch: { description: 'The contract is a light touch contract (Light Touch Regime under PCR 2015).', type: 'boolean' },
  rules: {
    description: 'The level of each rule: error, warning, info, hint or off.',
    type: 'object',
    properties: Object.fromEntries(ruleIds.map((id) => [id, level])),
    additionalProperties: false,
  },
  terms: {
    description: 'Terms of your own, explained on hover.',
    type: 'array',
    items: { type: 'object', required: ['term', 'definition'], properties: { term: { type: 'string', minLength: 1 }, definition: { type: 'string', minLength: 1 }, source: { type: 'string' } } },
  },
  clauses: {
    description: 'Clauses of your own, offered as snippets and quick fixes.',
    type: 'array',
    items: { type: 'object', required: ['id', 'title', 'body'], properties: { id: { type: 'string', minLength: 1 }, title: { type: 'string', minLength: 1 }, body: { type: 'string', minLength: 1 } } },
  },
  ignores: { description: 'Files the command line does not check: globs in .gitignore syntax, relative to this file.', type: 'array', items: { type: 'string', minLength: 1 } },
};
const kebab: Record<string, unknown> = {};
for (const [k, v] of Object.entries(settings)) {
  const alias = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (alias !== k) kebab[alias] = v;
}
export const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'tender-lint.schema.json',
  title: 'Tender Lint configuration (.tender-lint.json, .tender-lint.yaml)',
  type: 'object',
  properties: { ...settings, ...kebab },
  additionalProperties: false,
};
export const schemaText = `${JSON.stringify(schema, null, 2)}\n`;
