// npm run fuzz -- --count 100000 [--seed N]: the property run at scale, with counts and timing.

import { createParser } from '../../server/src/core/parse';
import { generateDocument, seeded } from './generate';
import { checkProperties } from './properties';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 10_000);
const seed = arg('--seed', 0x7e4de2);
const random = seeded(seed);
const parser = createParser();
const started = Date.now();
let failures = 0;
let chars = 0;
for (let i = 0; i < count; i++) {
  const text = generateDocument(random);
  chars += text.length;
  const broken = checkProperties(text, parser);
  if (broken) {
    failures++;
    if (failures <= 10) console.log(`document ${i}: ${broken}\n  ${JSON.stringify(text).slice(0, 400)}`);
  }
  if ((i + 1) % 5000 === 0) console.log(`… ${i + 1} documents, ${failures} failing, ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`fuzz: seed ${seed}, ${count} documents (${chars} characters) in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${count - failures} passed, ${failures} failed`);
process.exitCode = failures > 0 ? 1 : 0;
