// workspace/executeCommand: each command rebuilds what it needs from the current document, so a
// command sent from an old code lens or palette entry cannot apply stale edits.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, MessageType, ResponseError, type Connection, type Position } from 'vscode-languageserver';
import { getRule } from './core';
import { clauseLibrary, principleChecklist } from './coreFeatures';
import { fixAllEdit, SHOW_DOCUMENTATION_COMMAND, workspaceEdit } from './codeActions';
import { INSERT_PRINCIPLES_COMMAND } from './codeLens';
import { docsHref, tellUser } from './convert';
import type { DocumentLinter } from './documents';
import { isObject, isPosition, isUri } from './guard';

export const COMMANDS = {
  fixAll: 'tenderLint.fixAll',
  insertClause: 'tenderLint.insertClause',
  insertMissingPrinciples: INSERT_PRINCIPLES_COMMAND,
  lintWorkspace: 'tenderLint.lintWorkspace',
  showDocumentation: SHOW_DOCUMENTATION_COMMAND,
} as const;

export interface CommandHost {
  connection: Connection;
  linter: DocumentLinter;
  getDocument(uri: string): TextDocument | undefined;
  lintWorkspace(): Promise<number>;
  canShowDocument: boolean;
}

const invalid = (command: string, what: string) => new ResponseError(ErrorCodes.InvalidParams, `${command}: ${what}.`);

export async function executeCommand(host: CommandHost, command: string, args: unknown[]): Promise<unknown> {
  if (!Array.isArray(args)) throw invalid(command, 'arguments must be a list');
  switch (command) {
    case COMMANDS.fixAll:
      if (!isDocumentArg(args[0])) throw invalid(command, 'the first argument must be a document URI');
      return fixAll(host, documentArg(host, args[0]));
    case COMMANDS.insertClause:
      if (typeof args[0] !== 'string' || args[0].length > 200) throw invalid(command, 'the first argument must be a clause id');
      if (!isDocumentArg(args[1])) throw invalid(command, 'the second argument must be a document URI');
      if (!isPosition(args[2])) throw invalid(command, 'the third argument must be a position {line, character} of whole numbers');
      return insertClause(host, args[0], documentArg(host, args[1]), args[2]);
    case COMMANDS.insertMissingPrinciples:
      if (!isDocumentArg(args[0])) throw invalid(command, 'the first argument must be a document URI');
      return insertMissingPrinciples(host, documentArg(host, args[0]));
    case COMMANDS.lintWorkspace:
      return host.lintWorkspace();
    case COMMANDS.showDocumentation:
      if (typeof args[0] !== 'string') throw invalid(command, 'the first argument must be a rule id');
      return showDocumentation(host, args[0]);
    default:
      host.connection.console.warn(`Unknown command ${command}`);
      return undefined;
  }
}

/** A URI, or an object with one (`{ uri }`, as VS Code passes a TextDocumentIdentifier). */
function isDocumentArg(arg: unknown): boolean {
  return isUri(arg) || (isObject(arg) && isUri(arg.uri));
}

function documentArg(host: CommandHost, arg: unknown): TextDocument | undefined {
  const uri = typeof arg === 'string' ? arg : (arg as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' ? host.getDocument(uri) : undefined;
}

async function fixAll(host: CommandHost, doc: TextDocument | undefined): Promise<boolean> {
  if (!doc) return false;
  const analysis = await host.linter.current(doc);
  const edit = analysis && fixAllEdit(doc, analysis.options);
  if (!edit) return false;
  return (await host.connection.workspace.applyEdit({ label: 'Tender Lint: fix all', edit: workspaceEdit(doc, [edit]) })).applied;
}

async function insertClause(host: CommandHost, clauseId: string, doc: TextDocument | undefined, position: Position | undefined): Promise<boolean> {
  if (!doc || !position) return false;
  const quick = host.linter.quick(doc);
  const clause = clauseLibrary(quick?.settings.clauses ?? []).find((c) => c.id === clauseId);
  if (!clause) {
    tellUser(host.connection, MessageType.Warning, `Tender Lint: there is no clause "${clauseId}".`);
    return false;
  }
  const insertion = clauseInsertion(doc.getText(), doc.offsetAt(position), clause.body);
  const edit = workspaceEdit(doc, [{ start: insertion.offset, end: insertion.offset, text: insertion.text }]);
  return (await host.connection.workspace.applyEdit({ label: `Insert clause: ${clause.title}`, edit })).applied;
}

/**
 * The clause as its own block at the cursor: blank lines around it unless they are already there.
 * A cursor in the middle of a line moves to the end of that line, so no sentence is split.
 */
export function clauseInsertion(text: string, cursor: number, body: string): { offset: number; text: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let offset = Math.max(0, Math.min(cursor, text.length));
  const atLineStart = offset === 0 || text[offset - 1] === '\n';
  if (!atLineStart) {
    const lineEnd = text.slice(offset).search(/\r?\n/);
    offset = lineEnd < 0 ? text.length : offset + lineEnd;
  }
  const clause = body.replace(/\r?\n/g, eol).replace(/\s+$/, '');
  const newlinesBefore = offset === 0 ? 2 : countNewlines(/(?:\r?\n)*$/.exec(text.slice(Math.max(0, offset - 4), offset))![0]);
  // At the end of the file the clause ends its line; elsewhere one blank line separates it from what follows.
  const after = offset === text.length ? 1 : Math.max(0, 2 - countNewlines(/^(?:\r?\n)*/.exec(text.slice(offset, offset + 4))![0]));
  return { offset, text: eol.repeat(Math.max(0, 2 - newlinesBefore)) + clause + eol.repeat(after) };
}

function countNewlines(s: string): number {
  return (s.match(/\n/g) ?? []).length;
}

async function insertMissingPrinciples(host: CommandHost, doc: TextDocument | undefined): Promise<boolean> {
  if (!doc) return false;
  const quick = host.linter.quick(doc);
  const fix = quick && principleChecklist(quick.doc, quick.context)?.fix;
  if (!fix) return false;
  return (await host.connection.workspace.applyEdit({ label: fix.title, edit: workspaceEdit(doc, fix.edits) })).applied;
}

async function showDocumentation(host: CommandHost, ruleId: string): Promise<boolean> {
  if (!getRule(ruleId)) return false;
  const uri = docsHref(ruleId);
  if (!host.canShowDocument) {
    tellUser(host.connection, MessageType.Info, `Tender Lint: documentation for ${ruleId} is at ${uri}`);
    return false;
  }
  return (await host.connection.window.showDocument({ uri, takeFocus: true })).success;
}
