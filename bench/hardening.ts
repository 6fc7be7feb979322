// npx tsx bench/hardening.ts [--baseline path/to/old/dist/server.js]: the issue 21 benchmark lines.
//   1. codeAction at 1 MB with ~2,000 findings: one request with 1, 10 and 100 diagnostics, each right
//      after an edit (fresh lint, nothing cached from an earlier request). Target: ≤ 20 ms median.
//   2. NEL, U+2028 and U+2029 as line separators: core lint time against the same text with LF.
//      Target: within 2× of LF.
// With --baseline, line 1 is measured against that build too (the code before the issue) and the
// ratio printed; the old build takes seconds per request, so it gets fewer runs.

import { lint } from '../server/src/core';
import { generateTender } from './generate';
import { startServer, type ServerSession } from './server';
import { fmt, stat, time, type Stat } from './stats';

const today = '2026-06-01';

/** ~1 MB: a generated tender plus 2,000 numbered clauses that each cite the OJEU (a fixable finding). */
export function codeActionDocument(): string {
  const base = generateTender(850_000);
  const extra = Array.from({ length: 2000 }, (_, i) => `${i + 1}. A contract notice will be published in the OJEU and on Contracts Finder.\n`).join('');
  return `${base}\n## Notices\n\n${extra}`;
}

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  source?: string;
}

export async function measureCodeActions(serverPath: string | undefined, runs: number, counts: number[], resolve = false, timeoutMs = 120_000): Promise<{ findings: number; byCount: Map<number, Stat> }> {
  const text = codeActionDocument();
  // VS Code advertises codeAction/resolve for edits; a client that does not gets the edits eagerly.
  const capabilities = { workspace: { configuration: true }, textDocument: resolve ? { codeAction: { resolveSupport: { properties: ['edit'] } } } : {} };
  const session: ServerSession = await startServer(serverPath, capabilities);
  const uri = 'file:///bench/code-actions.md';
  // One handler per method in vscode-jsonrpc: this one records the diagnostics and wakes the waiter.
  let diagnostics: Diagnostic[] = [];
  let waiting: { version: number; resolve: () => void } | undefined;
  const sub = session.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    if (p.uri !== uri) return;
    diagnostics = p.diagnostics;
    if (waiting && (p.version ?? waiting.version) >= waiting.version) {
      waiting.resolve();
      waiting = undefined;
    }
  });
  const nextDiagnostics = (version: number) => new Promise<void>((resolve) => (waiting = { version, resolve }));
  const opened = nextDiagnostics(1);
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  let version = 1;
  const lines = text.split('\n');
  const byCount = new Map<number, Stat>();
  for (const count of counts) {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      // An edit at the end of the document: the next request finds a fresh lint and no cached actions.
      version++;
      const fresh = nextDiagnostics(version);
      const end = { line: lines.length - 1, character: 0 };
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: version % 2 ? ' ' : '' }] });
      await fresh;
      const ours = diagnostics.filter((d) => d.code === 'obsolete-reference');
      const asked = Array.from({ length: count }, (_, i) => ours[(run * 37 + i * 13) % ours.length]);
      const start = performance.now();
      await Promise.race([
        session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: asked[0].range, context: { diagnostics: asked } }),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`codeAction took over ${timeoutMs} ms`)), timeoutMs)),
      ]);
      samples.push(performance.now() - start);
    }
    byCount.set(count, stat(samples));
  }
  sub.dispose();
  await session.close();
  return { findings: diagnostics.length, byCount };
}

/** Core lint time of the same text with LF and with each odd line separator. */
const PROSE = 'The Council will evaluate tenders against the award criteria under regulation 67 of the Public Contracts Regulations 2015.';

export function measureSeparators(chars = 800_000, prose = false): Array<{ label: string; stat: Stat; ratio: number }> {
  // Prose (one sentence a line) is where NEL used to cost 10×: every sentence ran on into the next.
  const lf = prose ? Array.from({ length: Math.ceil(chars / (PROSE.length + 1)) }, () => PROSE).join('\n') : generateTender(chars);
  const runs = 3;
  lint(lf, { today });
  const base = time(() => lint(lf, { today }), runs);
  const rows = [{ label: 'LF', stat: base, ratio: 1 }];
  for (const [label, sep] of [['NEL (U+0085)', '\u0085'], ['U+2028', '\u2028'], ['U+2029', '\u2029'], ['CR', '\r']] as const) {
    const text = lf.replace(/\n/g, sep);
    const s = time(() => lint(text, { today }), runs);
    rows.push({ label, stat: s, ratio: s.median / base.median });
  }
  return rows;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--baseline');
  const baseline = i >= 0 ? process.argv[i + 1] : undefined;
  const counts = [1, 10, 100];
  console.log(`Tender Lint hardening benchmark, Node ${process.version}`);
  const now = await measureCodeActions(undefined, 9, counts);
  const lazy = await measureCodeActions(undefined, 9, counts, true);
  console.log(`\ncodeAction, 1 MB, ${now.findings} findings, each request right after an edit:`);
  console.log('| diagnostics in the request | edits sent eagerly | client resolves edits (VS Code) | target |');
  console.log('|---|---|---|---|');
  for (const c of counts) console.log(`| ${c} | ${fmt(now.byCount.get(c)!)} | ${fmt(lazy.byCount.get(c)!)} | ≤ 20 ms |`);
  if (baseline) {
    // The old build recomputes a whole-document fix-all per diagnostic: one request, one diagnostic, bounded wait.
    const limit = 150_000;
    const n = now.byCount.get(1)!;
    try {
      const old = (await measureCodeActions(baseline, 1, [1], false, limit)).byCount.get(1)!;
      console.log(`\nbaseline (${baseline}), 1 diagnostic: ${fmt(old)}; this build ${fmt(n)}: ${(old.median / n.median).toFixed(0)}× faster`);
    } catch {
      console.log(`\nbaseline (${baseline}), 1 diagnostic: no answer within ${limit / 1000} s; this build ${fmt(n)}: over ${(limit / n.median).toFixed(0)}× faster`);
    }
  }
  for (const prose of [false, true]) {
    console.log(`\nline separators, core lint of 0.8 MB of ${prose ? 'prose, one sentence a line' : 'generated tender'}:`);
    console.log('| separator | lint | vs LF | target |');
    console.log('|---|---|---|---|');
    for (const row of measureSeparators(800_000, prose)) console.log(`| ${row.label} | ${fmt(row.stat)} | ${row.ratio.toFixed(2)}× | ≤ 2× |`);
  }
}

if (require.main === module) void main();
