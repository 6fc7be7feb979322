// npm run fuzz -- --count 100000 [--seed N] [--jobs J] [--cli-every K] [--server-every K]: the
// property run at scale, with counts and timing, through the core, the CLI and the server.
//   core:   every document: the properties of properties.ts, timed (a document over 1 s is a hang),
//           and --fix's line-ending promise (a CRLF document stays CRLF after fixAllPreserving);
//   CLI:    every K-th document (default 100) is written to a folder and run through dist/cli.js
//           (--format json, then --fix): exit code 0 or 1, valid JSON, positions inside the file,
//           BOM and line endings kept by --fix;
//   server: every K-th document (default 50) is opened in one dist/server.js: diagnostics arrive
//           within 5 s, every range lies inside the document, a codeAction request for them
//           answers, and the server is still serving at the end.
// With --jobs, J processes each check every J-th document of the same seeded sequence (core only;
// the CLI and server passes run in job 1), so the documents checked are exactly those of one run.
// Faults are counted by kind and the first ones printed; peak RSS is reported for each process.

import { fork, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { lint } from '../../server/src/core';
import { createParser } from '../../server/src/core/parse';
import { eolOf, fixAllPreserving } from '../../server/src/preservingFix';
import { generateDocument, seeded } from './generate';
import { checkProperties } from './properties';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 10_000);
const seed = arg('--seed', 0x7e4de2);
const jobs = Math.max(1, arg('--jobs', 1));
const cliEvery = Math.max(0, arg('--cli-every', 100));
const serverEvery = Math.max(0, arg('--server-every', 50));
const job = process.env.FUZZ_JOB === undefined ? -1 : Number(process.env.FUZZ_JOB);
const today = '2026-06-01';
const HANG_MS = 1000;
const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'dist', 'server.js');

interface Tally {
  checked: number;
  chars: number;
  faults: Record<string, number>;
  examples: string[];
  slowestMs: number;
  peakRssMb: number;
  cliDocs: number;
  serverDocs: number;
  serverPeakRssMb?: number;
}

const newTally = (): Tally => ({ checked: 0, chars: 0, faults: {}, examples: [], slowestMs: 0, peakRssMb: 0, cliDocs: 0, serverDocs: 0 });

function fault(t: Tally, kind: string, detail: string, text?: string): void {
  t.faults[kind] = (t.faults[kind] ?? 0) + 1;
  if (t.examples.length < 12) t.examples.push(`${kind}: ${detail}${text === undefined ? '' : `\n  ${JSON.stringify(text).slice(0, 400)}`}`);
}

/** The kind of a property failure, from checkProperties' message. */
function kindOf(broken: string): string {
  if (broken.startsWith('a rule threw')) return 'crash (rule threw)';
  if (/outside the document|splits a surrogate/.test(broken)) return 'range outside the document';
  if (/did not remove its finding/.test(broken)) return 'fix leaves its finding';
  if (/added a finding/.test(broken)) return 'fix adds a finding';
  return broken.replace(/:.*$/, '');
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

function checkCore(t: Tally, i: number, text: string, parser: ReturnType<typeof createParser>): void {
  // A hang is one lint over 1 s (the property check below lints a document a dozen times).
  const started = performance.now();
  let broken: string | undefined;
  try {
    lint(text, { today });
  } catch (e) {
    broken = `crash: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? e}`;
  }
  const ms = performance.now() - started;
  t.slowestMs = Math.max(t.slowestMs, ms);
  if (ms > HANG_MS) fault(t, 'hang over 1 s', `document ${i}: ${ms.toFixed(0)} ms`, text);
  try {
    broken ??= checkProperties(text, parser);
  } catch (e) {
    broken = `crash: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? e}`;
  }
  if (broken) fault(t, broken.startsWith('crash') ? 'crash' : kindOf(broken), `document ${i}: ${broken}`, text);
  // --fix keeps a CRLF document CRLF.
  if (text.includes('\n') && !text.includes('\r')) {
    const crlf = text.replace(/\n/g, '\r\n');
    try {
      const fixed = fixAllPreserving(crlf, { today }).text;
      if (fixed !== crlf && /(?<!\r)\n/.test(fixed)) fault(t, 'fix inserts a bare LF in a CRLF document', `document ${i}`, crlf);
    } catch (e) {
      fault(t, 'crash', `document ${i}: fixAllPreserving threw ${(e as Error)?.message}`, crlf);
    }
  }
}

function runSlice(slice: number, of: number, onDocument?: (i: number, text: string) => void): Tally {
  const random = seeded(seed);
  const parser = createParser();
  const tally = newTally();
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const text = generateDocument(random);
    if (i % of !== slice) continue;
    tally.checked++;
    tally.chars += text.length;
    checkCore(tally, i, text, parser);
    onDocument?.(i, text);
    if (tally.checked % 5000 === 0) {
      tally.peakRssMb = Math.max(tally.peakRssMb, rssMb());
      const faults = Object.values(tally.faults).reduce((a, b) => a + b, 0);
      console.log(`… job ${slice + 1}/${of}: ${tally.checked} documents, ${faults} faults, ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }
  tally.peakRssMb = Math.max(tally.peakRssMb, rssMb(), (process.resourceUsage().maxRSS ?? 0) / 1024);
  return tally;
}

// ---- CLI: batches of documents in a folder, through dist/cli.js --------------------------------

class CliPass {
  private batch: Array<{ i: number; text: string }> = [];
  constructor(private readonly t: Tally) {}

  add(i: number, text: string): void {
    this.batch.push({ i, text });
    if (this.batch.length >= 40) this.flush();
  }

  flush(): void {
    if (this.batch.length === 0) return;
    const dir = mkdtempSync(join(tmpdir(), 'tender-lint-fuzz-'));
    try {
      const names = this.batch.map(({ i, text }, k) => {
        const name = `d${i}.md`;
        // Some documents get a BOM, to check that --fix keeps it.
        writeFileSync(join(dir, name), (k % 3 === 0 ? '\ufeff' : '') + text);
        return name;
      });
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
      this.t.cliDocs += names.length;
      if (r.signal) fault(this.t, 'CLI hang', `batch of ${names.length} killed by ${r.signal}`);
      else if (r.status !== 0 && r.status !== 1) {
        // Exit 2 is right for an unreadable file (NUL bytes, not UTF-8); anything else is a fault.
        const unexpected = r.stderr.split('\n').filter((l) => /^tender-lint: error:/.test(l) && !/looks like a binary file|is not valid UTF-8/.test(l));
        if (unexpected.length > 0) fault(this.t, 'CLI error', `exit ${r.status}: ${unexpected.slice(0, 3).join(' | ')}`);
      }
      let out: Array<{ file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> = [];
      try {
        out = JSON.parse(r.stdout);
      } catch {
        fault(this.t, 'CLI output not JSON', r.stdout.slice(0, 200));
      }
      for (const f of out) {
        const text = readFileSync(join(dir, f.file), 'utf8').replace(/^\ufeff/, '');
        const lines = text.split(/\r\n|\r|\n/);
        for (const p of [f.range.start, f.range.end]) {
          if (!(p.line >= 0 && p.line < lines.length + 1 && p.character >= 0 && p.character <= (lines[p.line]?.length ?? 0) + 1)) {
            fault(this.t, 'CLI range outside the document', `${f.file} ${JSON.stringify(f.range)}`);
          }
        }
      }
      const before = new Map(names.map((n) => [n, readFileSync(join(dir, n))]));
      const fixed = spawnSync(process.execPath, [CLI, '--fix', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
      if (fixed.signal) fault(this.t, 'CLI hang', `--fix batch killed by ${fixed.signal}`);
      for (const [n, bytes] of before) {
        const after = readFileSync(join(dir, n));
        if (after.equals(bytes)) continue;
        const had = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
        if (had !== after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) fault(this.t, '--fix lost or added a BOM', n);
        const eolBefore = eolOf(bytes.toString('utf8'));
        const textAfter = after.toString('utf8');
        const onlyBefore = !/\r\n|\r|\n/.test(bytes.toString('utf8').split(eolBefore).join(''));
        if (onlyBefore && textAfter.split(eolBefore).join('').match(/\r\n|\r|\n/)) fault(this.t, '--fix mixed line endings', n);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      this.batch = [];
    }
  }
}

// ---- Server: one dist/server.js, documents opened one by one -----------------------------------

async function serverPass(t: Tally, docs: Array<{ i: number; text: string }>): Promise<void> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin!.on('error', () => undefined);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let waiting: { uri: string; resolve: (d: any[]) => void } | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: any[] }) => {
    if (waiting && p.uri === waiting.uri && p.diagnostics.length >= 0) {
      waiting.resolve(p.diagnostics);
      waiting = undefined;
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { debounceMs: 0 } });
  connection.sendNotification('initialized', {});
  for (const { i, text } of docs) {
    const uri = `file:///fuzz/d${i}.md`;
    const diagnostics = await new Promise<any[] | undefined>((resolveDiagnostics) => {
      const timer = setTimeout(() => resolveDiagnostics(undefined), 5000);
      waiting = { uri, resolve: (d) => (clearTimeout(timer), resolveDiagnostics(d)) };
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    });
    t.serverDocs++;
    if (!diagnostics) {
      fault(t, 'server: no diagnostics within 5 s', `document ${i}`, text);
      continue;
    }
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
      for (const p of [d.range?.start, d.range?.end]) {
        if (!(Number.isInteger(p?.line) && Number.isInteger(p?.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) {
          fault(t, 'server: range outside the document', `document ${i}: ${JSON.stringify(d.range)}`, text);
        }
      }
    }
    if (diagnostics.length > 0) {
      try {
        const actions = await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
        if (!Array.isArray(actions)) fault(t, 'server: codeAction did not answer a list', `document ${i}`, text);
        else if (JSON.stringify(actions).match(/"(line|character)":(null|-)/)) fault(t, 'server: edit with a null or negative position', `document ${i}`, text);
      } catch (e) {
        fault(t, 'server: codeAction failed', `document ${i}: ${(e as Error).message}`, text);
      }
    }
    connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) t.serverPeakRssMb = Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 5000))]);
  } catch {
    fault(t, 'server: not serving at the end', 'shutdown got no answer');
  }
  connection.dispose();
  child.kill();
}

function report(t: Tally, ms: number): void {
  const faults = Object.values(t.faults).reduce((a, b) => a + b, 0);
  console.log(`fuzz: seed ${seed}, ${t.checked} documents (${t.chars} characters) in ${Math.round(ms / 1000)} s, ${jobs} job(s)`);
  console.log(`core: ${t.checked} documents, slowest ${t.slowestMs.toFixed(0)} ms, peak RSS ${t.peakRssMb.toFixed(0)} MB (largest job)`);
  console.log(`CLI: ${t.cliDocs} documents; server: ${t.serverDocs} documents, peak RSS ${t.serverPeakRssMb?.toFixed(0) ?? '?'} MB`);
  for (const [kind, n] of Object.entries(t.faults)) console.log(`  ${kind}: ${n}`);
  for (const e of t.examples) console.log(e);
  console.log(`${t.checked - Math.min(t.checked, faults)} passed, ${faults} failed`);
  process.exitCode = faults > 0 ? 1 : 0;
}

function merge(into: Tally, t: Tally): void {
  into.checked += t.checked;
  into.chars += t.chars;
  for (const [k, n] of Object.entries(t.faults)) into.faults[k] = (into.faults[k] ?? 0) + n;
  into.examples.push(...t.examples.slice(0, Math.max(0, 12 - into.examples.length)));
  into.slowestMs = Math.max(into.slowestMs, t.slowestMs);
  into.peakRssMb = Math.max(into.peakRssMb, t.peakRssMb);
  into.cliDocs += t.cliDocs;
  into.serverDocs += t.serverDocs;
  if (t.serverPeakRssMb !== undefined) into.serverPeakRssMb = t.serverPeakRssMb;
}

/** Job 1 (or the only job) also feeds the CLI and server passes. */
async function sliceWithPasses(slice: number, of: number): Promise<Tally> {
  const serverDocs: Array<{ i: number; text: string }> = [];
  let cli: CliPass | undefined;
  let sideTally: Tally | undefined;
  const tally = runSlice(slice, of, slice === 0 ? (i, text) => {
    sideTally ??= newTally();
    cli ??= new CliPass(sideTally);
    if (cliEvery > 0 && i % cliEvery === 0) cli.add(i, text);
    if (serverEvery > 0 && i % serverEvery === 0) serverDocs.push({ i, text });
  } : undefined);
  if (slice === 0) {
    cli?.flush();
    const side = sideTally ?? newTally();
    if (serverDocs.length > 0) await serverPass(side, serverDocs);
    merge(tally, { ...side, checked: 0, chars: 0, slowestMs: 0, peakRssMb: 0 });
  }
  return tally;
}

if (job >= 0) {
  void sliceWithPasses(job, jobs).then((t) => process.send!(t));
} else if (jobs === 1) {
  const started = Date.now();
  void sliceWithPasses(0, 1).then((t) => report(t, Date.now() - started));
} else {
  const started = Date.now();
  const total = newTally();
  let done = 0;
  for (let j = 0; j < jobs; j++) {
    const child = fork(__filename, process.argv.slice(2), { env: { ...process.env, FUZZ_JOB: String(j) }, execArgv: process.execArgv });
    child.on('message', (t: Tally) => merge(total, t));
    child.on('exit', () => {
      if (++done === jobs) report(total, Date.now() - started);
    });
  }
}
