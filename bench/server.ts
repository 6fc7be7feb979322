// Drives the bundled language server over stdio for the benchmark: start-up to the initialize reply,
// re-lint after an edit (didChange to fresh diagnostics), and the server's peak RSS.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = resolve(__dirname, '../dist/server.js');

export interface ServerSession {
  process: ChildProcess;
  connection: MessageConnection;
  initializeMs: number;
  close(): Promise<void>;
}

/** BENCH_SERVER_ARGS adds Node flags to the server process (e.g. --cpu-prof for profiling). */
export async function startServer(serverPath: string = SERVER, capabilities: Record<string, unknown> = { workspace: { configuration: true } }): Promise<ServerSession> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  // A server that has already exited must not take the benchmark down with EPIPE.
  child.stdin!.on('error', () => undefined);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions: { debounceMs: 0 } });
  const initializeMs = performance.now() - started;
  connection.sendNotification('initialized', {});
  return {
    process: child,
    connection,
    initializeMs,
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** Resolves with the next diagnostics for `uri` at `version` or later. */
export function nextDiagnostics(connection: MessageConnection, uri: string, version: number): Promise<number> {
  return new Promise((resolveDiagnostics) => {
    const sub = connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      if (p.uri === uri && (p.version ?? version) >= version) {
        sub.dispose();
        resolveDiagnostics(p.diagnostics.length);
      }
    });
  });
}

/** Peak resident set size of a process, from /proc (Linux). */
export function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
