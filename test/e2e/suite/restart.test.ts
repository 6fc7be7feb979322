// If the server process dies, the client starts a new one and the open documents are checked again.
// The process is killed from outside (SIGKILL), as a crash or an out-of-memory kill would end it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activated, closeAll, hasCode, open, ours, waitForDiagnostics, workspaceUri } from './helpers';

const TIMEOUT_MS = 30000;

/**
 * The server's process id. vscode-languageclient keeps the forked child in a private field; where
 * that changes, the server is found as the child of this extension host running dist/server.js.
 */
function serverPid(client: LanguageClient): number | undefined {
  const pid = (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid;
  if (pid) return pid;
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && /dist[\\/]server\.js/.test(command)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once `condition` holds, checking every 50 ms (process state has no event to wait on). */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

suite('server restart', () => {
  suiteSetup(activated);
  teardown(closeAll);

  test('a killed server is restarted and the open document is checked again', async () => {
    const extension = await activated();
    const client = extension.exports as LanguageClient;
    assert.ok(client && typeof client.sendRequest === 'function', 'activate returns the LanguageClient');
    const uri = workspaceUri('tender-no-principles.md');
    await open(uri);
    await waitForDiagnostics(uri, hasCode('missing-principle'), 'missing-principle before the kill');

    const first = serverPid(client);
    assert.ok(first, 'the server process was found');
    // Publications after the kill can only come from a new server: the old one is dead.
    let republished = false;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && hasCode('missing-principle')(ours(uri))) republished = true;
    });
    try {
      process.kill(first, 'SIGKILL');
      await until(() => !isAlive(first), 'the old server to exit');
      await until(() => {
        const next = serverPid(client);
        return next !== undefined && next !== first && isAlive(next);
      }, 'a new server process');
      await until(() => republished, 'diagnostics from the new server');
      // The new server can publish before the client has finished its own restart bookkeeping.
      await until(() => client.isRunning(), 'the client to report that it is running again');
    } finally {
      listener.dispose();
    }
  });
});
