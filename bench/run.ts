// npm run bench [-- --sizes 10KB,100KB,1MB,10MB] : speed and memory of Tender Lint against targets,
// with markdownlint on the same documents in the same process as the baseline.

import { lint as markdownlint } from 'markdownlint/sync';
import { completeAt, createDocumentLinter, hoverAt, lint } from '../server/src/core';
import { seeded } from '../test/fuzz/generate';
import { generateTender, SIZES } from './generate';
import { nextDiagnostics, peakRssMb, startServer } from './server';
import { fmt, stat, time, timeAsync, type Stat } from './stats';

const today = '2026-06-01';
const wanted = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10KB,100KB,1MB,10MB').split(',');
const sizes = SIZES.filter((s) => wanted.includes(s.label.replace(' ', '')));
const runsFor = (chars: number) => (chars <= 11_000 ? 20 : chars <= 110_000 ? 10 : chars <= 1_100_000 ? 5 : 2);

interface Row {
  label: string;
  full: Stat;
  markdownlint: Stat;
  relint: Stat;
  hover: Stat;
  completion: Stat;
}

function measureCore(label: string, text: string): Row {
  const runs = runsFor(text.length);
  lint(text, { today }); // warm up the JIT
  const full = time(() => lint(text, { today }), runs);
  const mdl = time(() => markdownlint({ strings: { doc: text } }), runs);
  // Re-lint after a one-character edit at random places, with the document's cached parse.
  const linter = createDocumentLinter();
  let current = text;
  const base = linter.lint(current, { today });
  const r = seeded(9);
  const edits = text.length >= 10_000_000 ? 5 : 20;
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * current.length);
    current = current.slice(0, at) + 'x' + current.slice(at);
    const start = performance.now();
    linter.lint(current, { today });
    samples.push(performance.now() - start);
  }
  // Hover and completion at random citations, on the analysis of the last lint (as the server does).
  const analysis = { doc: base.doc, context: base.context, settings: base.settings };
  const citations = [...text.matchAll(/regulation \d+/g)].map((m) => m.index!);
  const hover = time(() => hoverAt(analysis, citations[Math.floor(r() * citations.length)] + 12), 50);
  const completion = time(() => completeAt(analysis, citations[Math.floor(r() * citations.length)] + 11), 50);
  return { label, full, markdownlint: mdl, relint: stat(samples), hover, completion };
}

async function measureServer(text: string): Promise<{ relint: Stat; rssMb?: number }> {
  const session = await startServer();
  const uri = 'file:///bench/tender.md';
  const opened = nextDiagnostics(session.connection, uri, 1);
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const r = seeded(11);
  let version = 1;
  let length = text.length;
  const relint = await timeAsync(async () => {
    version++;
    const at = Math.floor(r() * length);
    const pos = offsetToPosition(text, at);
    const fresh = nextDiagnostics(session.connection, uri, version);
    session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
    length++;
    await fresh;
  }, 10);
  const rssMb = peakRssMb(session.process.pid!);
  await session.close();
  return { relint, rssMb };
}

/** Position of an offset in the original text (edits of one character shift little; exactness is not needed). */
function offsetToPosition(text: string, offset: number) {
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - before - 1 };
}

async function main() {
  console.log(`Tender Lint benchmark, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const starts = await timeAsync(async () => (await startServer()).close(), 10);
  const init: number[] = [];
  for (let i = 0; i < 10; i++) {
    const s = await startServer();
    init.push(s.initializeMs);
    await s.close();
  }
  console.log(`server start to initialize reply: ${fmt(stat(init))} (start+shutdown cycle ${fmt(starts)})\n`);
  console.log('| size | full lint | markdownlint | ratio | re-lint after edit (core) | re-lint via server | hover | completion | server peak RSS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const size of sizes) {
    const text = generateTender(size.chars);
    const row = measureCore(size.label, text);
    const server = await measureServer(text);
    const ratio = (row.full.median / row.markdownlint.median).toFixed(2);
    console.log(`| ${size.label} | ${fmt(row.full)} | ${fmt(row.markdownlint)} | ${ratio}× | ${fmt(row.relint)} | ${fmt(server.relint)} | ${fmt(row.hover)} | ${fmt(row.completion)} | ${server.rssMb?.toFixed(0) ?? '?'} MB |`);
  }
}

void main();
