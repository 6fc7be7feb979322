// The `tenderLint/status` notification: the regime and date the server assumed for a document and
// where they came from, for the client's status bar. Sent only when they change.

import type { Connection } from 'vscode-languageserver';
import type { DocumentContext } from './core';

export const STATUS_NOTIFICATION = 'tenderLint/status';

export interface StatusParams {
  uri: string;
  regime: DocumentContext['regime'];
  regimeSource: DocumentContext['regimeSource'];
  date: string;
  dateIsExplicit: boolean;
}

export class StatusNotifier {
  private readonly last = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  update(uri: string, context: DocumentContext): void {
    const params: StatusParams = { uri, regime: context.regime, regimeSource: context.regimeSource, date: context.date, dateIsExplicit: context.dateIsExplicit };
    const key = JSON.stringify(params);
    if (this.last.get(uri) === key) return;
    if (this.last.size > 5000) this.last.clear();
    this.last.set(uri, key);
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
