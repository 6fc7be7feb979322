// The `tenderLint/status` notification: the regime and date the server assumed for a document and
// where they came from, for the client's status bar. Sent only when they change.

import type { Connection } from 'vscode-languageserver';
import { positionAt, type DocumentContext } from './core';

export const STATUS_NOTIFICATION = 'tenderLint/status';

export interface StatusParams {
  uri: string;
  regime: DocumentContext['regime'];
  regimeSource: DocumentContext['regimeSource'];
  date: string;
  dateIsExplicit: boolean;
  regimeConfidence: DocumentContext['regimeConfidence'];
  dateSource: DocumentContext['dateSource'];
  jurisdiction?: string;
  lightTouch?: boolean;
  /** What kind of document it is, and whether the settings said so or its title and sections did. */
  kind?: string;
  kindSource?: 'settings' | 'text';
  /** The words each value was read from (1-based lines), for the tooltip; at most MAX_EVIDENCE. */
  evidence: Array<{ line: number; field: string; value: string; reason: string; negated?: boolean }>;
  conflicts: string[];
}

const MAX_EVIDENCE = 8;

export class StatusNotifier {
  private readonly last = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  update(uri: string, context: DocumentContext, lineStarts: readonly number[] = [0]): void {
    const params: StatusParams = {
      uri,
      regime: context.regime,
      regimeSource: context.regimeSource,
      date: context.date,
      dateIsExplicit: context.dateIsExplicit,
      regimeConfidence: context.regimeConfidence,
      dateSource: context.dateSource,
      ...(context.jurisdiction ? { jurisdiction: context.jurisdiction } : {}),
      ...(context.lightTouch !== undefined ? { lightTouch: context.lightTouch } : {}),
      ...(context.kind ? { kind: context.kind, kindSource: context.kindSource } : {}),
      evidence: context.evidence.slice(0, MAX_EVIDENCE).map((e) => ({
        line: positionAt(lineStarts as number[], e.start).line + 1,
        field: e.field,
        value: e.value,
        reason: e.reason,
        ...(e.negated ? { negated: true } : {}),
      })),
      conflicts: context.conflicts,
    };
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
