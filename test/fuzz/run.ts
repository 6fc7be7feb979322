// npm run fuzz -- --count 100000 [--seed N] [--jobs J]: the property run at scale, with counts and
// timing. With --jobs, J processes each check every J-th document of the same seeded sequence, so
// the documents checked are exactly those of a single-process run.

import { fork } from 'node:child_process';
import { createParser } from '../../server/src/core/parse';
import { generateDocument, seeded } from './generate';
import { checkProperties } from './properties';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 10_000);
const seed = arg('--seed', 0x7e4de2);
const jobs = Math.max(1, arg('--jobs', 1));
const job = process.env.FUZZ_JOB === undefined ? -1 : Number(process.env.FUZZ_JOB);

interface Tally {
  checked: number;
  failures: number;
  chars: number;
}

function runSlice(slice: number, of: number): Tally {
  const random = seeded(seed);
  const parser = createParser();
  const tally: Tally = { checked: 0, failures: 0, chars: 0 };
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const text = generateDocument(random);
    if (i % of !== slice) continue;
    tally.checked++;
    tally.chars += text.length;
    const broken = checkProperties(text, parser);
    if (broken) {
      tally.failures++;
      if (tally.failures <= 10) console.log(`document ${i}: ${broken}\n  ${JSON.stringify(text).slice(0, 400)}`);
    }
    if (tally.checked % 5000 === 0) console.log(`… job ${slice + 1}/${of}: ${tally.checked} documents, ${tally.failures} failing, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return tally;
}

function report(t: Tally, ms: number) {
  console.log(`fuzz: seed ${seed}, ${t.checked} documents (${t.chars} characters) in ${Math.round(ms / 1000)} s, ${jobs} job(s)`);
  console.log(`${t.checked - t.failures} passed, ${t.failures} failed`);
  process.exitCode = t.failures > 0 ? 1 : 0;
}

if (job >= 0) {
  process.send!(runSlice(job, jobs));
} else if (jobs === 1) {
  const started = Date.now();
  report(runSlice(0, 1), Date.now() - started);
} else {
  const started = Date.now();
  const total: Tally = { checked: 0, failures: 0, chars: 0 };
  let done = 0;
  for (let j = 0; j < jobs; j++) {
    const child = fork(__filename, process.argv.slice(2), { env: { ...process.env, FUZZ_JOB: String(j) }, execArgv: process.execArgv });
    child.on('message', (t: Tally) => {
      total.checked += t.checked;
      total.failures += t.failures;
      total.chars += t.chars;
    });
    child.on('exit', () => {
      if (++done === jobs) report(total, Date.now() - started);
    });
  }
}
