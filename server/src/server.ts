// The language server: handlers of a few lines each over the pure core. Conversions live in
// convert.ts, document state in documents.ts, settings in environment.ts and settings.ts.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { lint, type LintResult } from './core';
import { clauseLibrary } from './coreFeatures';
import { codeActions, FIX_ALL_KIND, isFixAllData, resolveFixAll, useLazyFixAll, useVersionedEdits, wantsCodeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { completion, COMPLETION_TRIGGERS } from './completion';
import { isConfigFileUri } from './configCache';
import { tellUser, toDiagnostic } from './convert';
import { DocumentLinter } from './documents';
import { Environment } from './environment';
import { Gate, isObject, isUri, validate } from './guard';
import { hover } from './hover';
import { MemoryPolicy } from './memoryPolicy';
import { COMMANDS, executeCommand, type CommandHost } from './serverCommands';
import { StatusNotifier, STATUS_NOTIFICATION } from './status';
import { WorkspaceLinter } from './workspaceLint';

export { STATUS_NOTIFICATION };
export const CLAUSES_REQUEST = 'tenderLint/clauses';

export const WORKSPACE_TRUSTED_NOTIFICATION = 'tenderLint/workspaceTrusted';

export function startServer(connection: Connection): void {
  const gate = new Gate((message) => connection.console.error(message));
  const documents = new TextDocuments(TextDocument);
  const env = new Environment(connection);
  const status = new StatusNotifier(connection);
  const memory = new MemoryPolicy();
  const measureOpenText = (): void => {
    const length = documents.all().reduce((n, d) => n + d.getText().length, 0);
    if (!memory.openTextIs(length)) return;
    const size = `${(length / 1e6).toFixed(1)} million characters of text open`;
    connection.console.log(memory.favoursMemory ? `${size}: favouring memory over speed.` : `${size}: favouring speed again.`);
  };
  let snippetSupport = false;
  let canRegisterWatchers = false;
  let canRegisterConfiguration = false;
  let workspaceFolders: string[] = [];

  const publish = (doc: TextDocument, result: LintResult | undefined, versioned = true): void => {
    const diagnostics = result ? result.findings.map((f) => toDiagnostic(doc, f)) : [];
    void connection.sendDiagnostics({ uri: doc.uri, version: versioned ? doc.version : undefined, diagnostics });
    if (!result) return;
    env.reportDocumentProblems(doc.uri, result.problems);
    if (versioned) status.update(doc.uri, result.context, result.doc.lineStarts); // the status bar is about open documents
  };
  const failuresShown = new Set<string>();
  const linter = new DocumentLinter({
    getDocument: (uri) => documents.get(uri),
    environment: (uri) => env.forDocument(uri),
    publish: (doc, result) => publish(doc, result),
    lintFailed: (uri, e) => {
      // Once per document and reason: while the drafter types, the same failure must not pop up again.
      const message = `Tender Lint could not check ${uri}: ${(e as Error)?.message ?? e}`;
      if (failuresShown.has(message)) return;
      failuresShown.add(message);
      tellUser(connection, MessageType.Error, message);
    },
  });
  const workspace = new WorkspaceLinter({
    isOpen: (uri) => documents.get(uri) !== undefined,
    lintFile: async (doc) => {
      const { settings, options } = await env.forDocument(doc.uri);
      if (!settings.enable || documents.get(doc.uri)) return;
      publish(doc, lint(doc.getText(), options), false);
    },
    clear: (uri) => void connection.sendDiagnostics({ uri, diagnostics: [] }),
    log: (message) => connection.console.log(message),
  });
  const commandHost: CommandHost = {
    connection,
    linter,
    getDocument: (uri) => documents.get(uri),
    lintWorkspace: () => workspace.lintFolders(workspaceFolders),
    canShowDocument: false,
  };
  const relintAll = (): void => {
    for (const doc of documents.all()) void linter.lintNow(doc.uri, 'settings');
    void syncWorkspaceLint();
  };
  let workspaceLintOn = false;
  const syncWorkspaceLint = async (): Promise<void> => {
    const settings = (await env.forDocument(workspaceFolders[0] ?? '')).settings;
    const on = settings.enable && settings.lintWorkspace;
    // Turning the setting off clears its results; a run asked for by command is left alone.
    if (!on && workspaceLintOn) workspace.clear();
    workspaceLintOn = on;
    if (on) await workspace.lintFolders(workspaceFolders);
  };

  connection.onInitialize((raw: InitializeParams): InitializeResult => {
    if (!isObject(raw)) throw new ResponseError(ErrorCodes.InvalidParams, 'initialize: invalid parameters.');
    // Every field is optional here: a client that sends odd capabilities gets the defaults.
    const params = raw as unknown as Record<string, unknown>;
    const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);
    const caps = params.capabilities;
    env.canPullConfiguration = at(caps, 'workspace', 'configuration') === true;
    canRegisterConfiguration = at(caps, 'workspace', 'didChangeConfiguration', 'dynamicRegistration') === true;
    canRegisterWatchers = at(caps, 'workspace', 'didChangeWatchedFiles', 'dynamicRegistration') === true;
    snippetSupport = at(caps, 'textDocument', 'completion', 'completionItem', 'snippetSupport') === true;
    commandHost.canShowDocument = at(caps, 'window', 'showDocument', 'support') === true;
    useVersionedEdits(at(caps, 'workspace', 'workspaceEdit', 'documentChanges') === true);
    const resolvable = at(caps, 'textDocument', 'codeAction', 'resolveSupport', 'properties');
    const lazy = Array.isArray(resolvable) && resolvable.includes('edit');
    useLazyFixAll(lazy);
    const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [];
    workspaceFolders = folders.map((f) => (isObject(f) && isUri(f.uri) ? f.uri : undefined)).filter((u): u is string => u !== undefined);
    if (workspaceFolders.length === 0 && isUri(params.rootUri)) workspaceFolders = [params.rootUri];
    const debounce = at(params.initializationOptions, 'debounceMs');
    if (typeof debounce === 'number' && debounce >= 0 && debounce <= 5000) linter.debounceMs = debounce;
    // VS Code's client says whether the workspace is trusted; other clients have no such notion.
    env.setTrust(at(params.initializationOptions, 'workspaceTrusted') !== false, workspaceFolders);
    gate.initialized = true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: lazy },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'tender-lint' },
    };
  });

  connection.onInitialized(gate.notification('initialized', () => true, () => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tenderLint' });
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.tender-lint.{json,yaml,yml}' }] });
    }
    if (workspaceFolders.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        if (!validate.workspaceFolders({ event: e })) return connection.console.error('workspace/didChangeWorkspaceFolders: invalid parameters; ignored.');
        const removed = new Set(e.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)];
        env.setTrust(env.trusted, workspaceFolders);
        void syncWorkspaceLint();
      });
    }
    void syncWorkspaceLint();
  }));
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, gate.notification(WORKSPACE_TRUSTED_NOTIFICATION, () => true, () => {
    env.setTrust(true, workspaceFolders);
    relintAll();
  }));

  documents.onDidChangeContent(({ document }) => {
    measureOpenText();
    if (linter.has(document.uri)) linter.schedule(document.uri);
    else void linter.lintNow(document.uri, 'open');
  });
  documents.onDidSave(({ document }) => void linter.lintNow(document.uri, 'save'));
  documents.onDidClose(({ document }) => {
    linter.forget(document.uri);
    measureOpenText();
    for (const m of failuresShown) if (m.startsWith(`Tender Lint could not check ${document.uri}: `)) failuresShown.delete(m);
    env.documentClosed(document.uri);
    status.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    if (workspaceLintOn) void workspace.lintOne(document.uri);
  });

  connection.onDidChangeConfiguration(gate.notification('workspace/didChangeConfiguration', validate.didChangeConfiguration, (params: { settings?: unknown }) => {
    env.settingsChanged(params.settings);
    relintAll();
  }));
  connection.onDidChangeWatchedFiles(gate.notification('workspace/didChangeWatchedFiles', validate.didChangeWatchedFiles, (params: { changes: Array<{ uri: string }> }) => {
    if (!params.changes.some((c) => isConfigFileUri(c.uri))) return;
    env.configFilesChanged();
    relintAll();
  }));

  connection.onHover(gate.request('textDocument/hover', validate.documentPosition, ({ textDocument, position }: any) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const cached = linter.cachedAnalysis(doc.uri);
    const quick = linter.quick(doc);
    return quick ? hover(doc, quick, cached?.version === doc.version ? cached.result.findings : undefined, doc.offsetAt(position)) : null;
  }, null));
  connection.onCompletion(gate.request('textDocument/completion', validate.documentPosition, ({ textDocument, position }: any) => {
    const doc = documents.get(textDocument.uri);
    const quick = doc && linter.quick(doc);
    return doc && quick ? completion(doc, quick, doc.offsetAt(position), snippetSupport) : [];
  }, []));
  connection.onCodeAction(gate.request('textDocument/codeAction', validate.codeAction, async (params: any, token: any) => {
    const doc = documents.get(params.textDocument.uri);
    // Editors ask on every cursor move; without our diagnostics or a fix-all request there is
    // nothing to offer, and no reason to lint ahead of the debounce.
    if (!doc || !wantsCodeActions(params)) return [];
    const analysis = await linter.current(doc);
    if (!doc || !analysis || token.isCancellationRequested || documents.get(doc.uri)?.version !== analysis.version) return [];
    return codeActions(doc, analysis, params);
  }, []));
  connection.onCodeActionResolve(gate.request('codeAction/resolve', (p) => isObject(p) && typeof p.title === 'string', async (action: any) => {
    if (!isFixAllData(action.data)) return action;
    const doc = documents.get(action.data.uri);
    return resolveFixAll(doc, doc && (await linter.current(doc)), action);
  }, null));
  connection.onCodeLens(gate.request('textDocument/codeLens', validate.textDocument, ({ textDocument }: any) => {
    const doc = documents.get(textDocument.uri);
    const quick = doc && linter.quick(doc);
    return doc && quick ? codeLenses(doc, quick) : [];
  }, []));
  connection.onExecuteCommand(gate.request('workspace/executeCommand', validate.executeCommand, ({ command, arguments: args }: any) => executeCommand(commandHost, command, args ?? []), null));
  connection.onRequest(CLAUSES_REQUEST, gate.request(CLAUSES_REQUEST, validate.optionalObject, (params: { uri?: unknown } | undefined) => {
    const doc = isUri(params?.uri) ? documents.get(params.uri) : undefined;
    const userClauses = (doc && linter.quick(doc)?.settings.clauses) ?? [];
    return clauseLibrary(userClauses).map((c) => ({ id: c.id, title: c.title, body: c.body }));
  }, []));
  // Any other request: -32002 before initialize (as the spec asks), "method not found" after.
  connection.onRequest((method: string) => {
    throw gate.initialized
      ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`)
      : new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server has not been initialized.`);
  });

  documents.listen(gate.documentSync(connection));
  connection.listen();
}
