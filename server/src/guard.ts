// The server's boundary: every notification and request is checked before a handler sees it. A
// message with the wrong shape is dropped with a log line (notifications) or answered InvalidParams
// (requests); a request before `initialize` is answered ServerNotInitialized (-32002); a handler that
// throws is logged and answered with its empty result, so no single message can leave the server
// unable to lint.

import { ErrorCodes, ResponseError, type Connection, type Position, type Range } from 'vscode-languageserver';

/** Positions and versions are unsigned 32-bit integers in LSP. */
const MAX_UINT = 2 ** 31 - 1;
/** A URI longer than this is not a document anyone has open. */
const MAX_URI = 8192;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_UINT;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_UINT;
export const isUri = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_URI;

export function isPosition(v: unknown): v is Position {
  return isObject(v) && isUint(v.line) && isUint(v.character);
}

export function isRange(v: unknown): v is Range {
  return isObject(v) && isPosition(v.start) && isPosition(v.end);
}

const hasDocument = (p: unknown): p is { textDocument: { uri: string } } => isObject(p) && isObject(p.textDocument) && isUri(p.textDocument.uri);

export const validate = {
  didOpen(p: unknown): boolean {
    if (!isObject(p) || !isObject(p.textDocument)) return false;
    const td = p.textDocument;
    return isUri(td.uri) && typeof td.languageId === 'string' && isInt(td.version) && typeof td.text === 'string';
  },
  didChange(p: unknown): boolean {
    if (!hasDocument(p) || !isInt((p.textDocument as Record<string, unknown>).version)) return false;
    const changes = (p as Record<string, unknown>).contentChanges;
    return Array.isArray(changes) && changes.every((c) => isObject(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)) && (c.rangeLength === undefined || isUint(c.rangeLength)));
  },
  textDocument: hasDocument,
  documentPosition(p: unknown): boolean {
    return hasDocument(p) && isPosition((p as Record<string, unknown>).position);
  },
  codeAction(p: unknown): boolean {
    if (!hasDocument(p) || !isRange((p as Record<string, unknown>).range)) return false;
    const context = (p as Record<string, unknown>).context;
    if (!isObject(context) || !Array.isArray(context.diagnostics)) return false;
    return context.only === undefined || context.only === null || (Array.isArray(context.only) && context.only.every((k) => typeof k === 'string'));
  },
  executeCommand(p: unknown): boolean {
    return isObject(p) && typeof p.command === 'string' && (p.arguments === undefined || p.arguments === null || Array.isArray(p.arguments));
  },
  didChangeConfiguration(p: unknown): boolean {
    return isObject(p);
  },
  didChangeWatchedFiles(p: unknown): boolean {
    return isObject(p) && Array.isArray(p.changes) && p.changes.every((c) => isObject(c) && isUri(c.uri));
  },
  workspaceFolders(p: unknown): boolean {
    if (!isObject(p) || !isObject(p.event)) return false;
    const folders = (list: unknown) => Array.isArray(list) && list.every((f) => isObject(f) && isUri(f.uri));
    return folders(p.event.added) && folders(p.event.removed);
  },
  optionalObject(p: unknown): boolean {
    return p === undefined || p === null || isObject(p);
  },
};

/** A diagnostic sent back by the client in a code action context, checked before it is compared. */
export function isDiagnosticLike(v: unknown): boolean {
  return isObject(v) && isRange(v.range) && (v.source === undefined || typeof v.source === 'string');
}

export class Gate {
  initialized = false;

  constructor(private readonly log: (message: string) => void) {}

  /** A request handler behind the gate: -32002 before initialize, InvalidParams for a bad shape, `fallback` if it throws. */
  request<P, R>(method: string, check: (p: unknown) => boolean, handler: (params: P, token: any) => R | Promise<R>, fallback: R) {
    return async (params: P, token: any): Promise<R> => {
      if (!this.initialized) throw new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server has not been initialized.`);
      if (!check(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: invalid parameters.`);
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.log(`${method} failed: ${(e as Error)?.stack ?? e}`);
        return fallback;
      }
    };
  }

  /** A notification handler behind the gate: dropped before initialize or with a bad shape (logged), never throws. */
  notification<P>(method: string, check: (p: unknown) => boolean, handler: (params: P) => unknown) {
    return (params: P): void => {
      if (!this.initialized) return; // the spec: notifications before initialize are dropped
      if (!check(params)) {
        this.log(`${method}: invalid parameters; ignored.`);
        return;
      }
      try {
        const result = handler(params);
        if (result instanceof Promise) result.catch((e) => this.log(`${method} failed: ${(e as Error)?.stack ?? e}`));
      } catch (e) {
        this.log(`${method} failed: ${(e as Error)?.stack ?? e}`);
      }
    };
  }

  /**
   * The connection as TextDocuments.listen sees it: its document notifications go through the gate
   * first, so a didOpen with `text: null` never becomes a document.
   */
  documentSync(connection: Connection): Connection {
    const wrap = (name: string, check: (p: unknown) => boolean) => (handler: (p: any) => unknown) => (connection as any)[name](this.notification(name, check, handler));
    const overrides: Record<string, unknown> = {
      onDidOpenTextDocument: wrap('onDidOpenTextDocument', validate.didOpen),
      onDidChangeTextDocument: wrap('onDidChangeTextDocument', validate.didChange),
      onDidCloseTextDocument: wrap('onDidCloseTextDocument', validate.textDocument),
      onDidSaveTextDocument: wrap('onDidSaveTextDocument', validate.textDocument),
      onWillSaveTextDocument: wrap('onWillSaveTextDocument', validate.textDocument),
      onWillSaveTextDocumentWaitUntil: (handler: (p: any, t: any) => unknown) =>
        connection.onWillSaveTextDocumentWaitUntil(this.request('willSaveWaitUntil', validate.textDocument, handler as any, []) as any),
    };
    return new Proxy(connection, {
      get: (target, key, receiver) => (typeof key === 'string' && key in overrides ? overrides[key] : Reflect.get(target, key, receiver)),
      set: (target, key, value) => Reflect.set(target, key, value),
    });
  }
}
