// A small LSP client for protocol tests: spawns the bundled server over stdio, answers the requests a
// server sends (configuration, registration, applyEdit, showDocument) and records notifications.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver';

/** TENDER_LINT_SERVER runs the protocol tests against another build (e.g. the last release). */
export const SERVER = process.env.TENDER_LINT_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');

export interface Notice {
  method: string;
  params: any;
}

export interface ClientOptions {
  /** What workspace/configuration answers for the "tenderLint" section. */
  settings?: unknown;
  /** Advertise workspace/configuration support (pull) or not (push with didChangeConfiguration). */
  pullConfiguration?: boolean;
  workspaceFolder?: string;
  debounceMs?: number;
  /** Added to initializationOptions (e.g. { workspaceTrusted: false }). */
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly notices: Notice[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly shownDocuments: string[] = [];
  configurationRequests = 0;
  settings: unknown;
  private readonly versions = new Map<string, number>();
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly stderr: string[],
  ) {}

  static async start(options: ClientOptions = {}): Promise<{ client: TestClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, stderr);
    client.settings = options.settings ?? {};
    connection.onNotification((method, params) => client.notices.push({ method, params }));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      client.configurationRequests++;
      return params.items.map(() => client.settings);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('window/showDocument', (params: { uri: string }) => {
      client.shownDocuments.push(params.uri);
      return { success: true };
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      client.appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.listen();
    const folder = options.workspaceFolder;
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'ws' }] : null,
      initializationOptions: { debounceMs: options.debounceMs ?? 50, ...options.initializationOptions },
      capabilities: {
        workspace: {
          configuration: options.pullConfiguration !== false,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
        window: { showDocument: { support: true } },
      },
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  open(uri: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Replaces the whole text (an incremental change that covers everything) and returns the new version. */
  replace(uri: string, oldText: string, newText: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const lines = oldText.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: newText }],
    });
    return version;
  }

  /** An incremental insertion at a position. */
  insert(uri: string, line: number, character: number, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    return version;
  }

  diagnosticsFor(uri: string): PublishDiagnosticsParams[] {
    return this.notices.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params);
  }

  messages(): string[] {
    return this.notices.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message as string);
  }

  /** Resolves with the first notice after `from` that satisfies the predicate. */
  async waitFor(predicate: (n: Notice) => boolean, timeoutMs = 5000, from = 0): Promise<Notice> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notices.slice(from).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out; notices: ${JSON.stringify(this.notices.map((n) => n.method))}\n${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Diagnostics published for `uri` (optionally for a version) after notice index `from`. */
  async nextDiagnostics(uri: string, from: number, version?: number, timeoutMs = 5000): Promise<Diagnostic[]> {
    const n = await this.waitFor(
      (x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && (version === undefined || x.params.version === version),
      timeoutMs,
      from,
    );
    return n.params.diagnostics;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

/** Waits a fixed time: only used to prove that something does NOT happen (no stale publish). */
export function quietPeriod(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
