// Writes schemas/tender-lint.schema.json: npx tsx scripts/gen-schema.ts
import { writeFileSync } from 'node:fs';
import { schemaText } from './config-schema';

writeFileSync('schemas/tender-lint.schema.json', schemaText);
