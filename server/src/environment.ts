// Where a document's lint options come from: editor settings (pulled per document with
// workspace/configuration, or pushed with didChangeConfiguration by clients that cannot be asked)
// and the nearest config file. Problems with either are shown once, until the settings or the file
// change again.

import { MessageType, type Connection } from 'vscode-languageserver';
import { todayIso, type ConfigProblem, type LintOptions } from './core';
import { ConfigCache, filePathOf } from './configCache';
import { tellUser } from './convert';
import { DEFAULT_EDITOR_SETTINGS, normalizeEditorSettings, type EditorSettings } from './settings';

export interface DocumentEnvironment {
  settings: EditorSettings;
  options: LintOptions;
}

export class Environment {
  private readonly settingsByUri = new Map<string, Promise<EditorSettings>>();
  private pushedSettings: EditorSettings = DEFAULT_EDITOR_SETTINGS;
  private readonly configs = new ConfigCache();
  private readonly shown = new Set<string>();
  /** Set from the client's capabilities: can we ask it for settings? */
  canPullConfiguration = false;
  /** Whether the workspace is trusted (VS Code's client says; other clients count as trusted). */
  trusted = true;

  constructor(private readonly connection: Connection) {}

  async forDocument(uri: string): Promise<DocumentEnvironment> {
    const settings = await this.editorSettings(uri);
    const config = this.configs.forUri(uri);
    this.show(settings.problems, MessageType.Warning);
    this.show(config.problems, MessageType.Warning);
    // Lowest priority first: the editor settings, then the project's config file (more specific: it
    // travels with the documents); the document's own front matter is applied by the core above both.
    return { settings, options: { layers: [settings.layer, config.layer], today: todayIso() } };
  }

  /** Settings changed in the editor: ask again, and show their problems again. */
  settingsChanged(pushed: unknown): void {
    this.settingsByUri.clear();
    if (!this.canPullConfiguration) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).tenderLint : undefined;
      this.pushedSettings = normalizeEditorSettings(section);
    }
    this.shown.clear();
  }

  /**
   * In an untrusted workspace a config file inside a workspace folder that resolves outside every
   * folder (a symlink to ~/.ssh/…, /proc/self/environ) is not read; a message says so.
   */
  setTrust(trusted: boolean, folderUris: string[]): void {
    this.trusted = trusted;
    const folders = folderUris.map(filePathOf).filter((p): p is string => p !== undefined);
    this.configs.policy = trusted ? {} : { confineTo: folders };
    this.configFilesChanged();
  }

  configFilesChanged(): void {
    this.configs.clear();
    this.shown.clear();
  }

  documentClosed(uri: string): void {
    this.settingsByUri.delete(uri);
  }

  /** A per-document problem (a failing rule, a bad directive), logged once per document and message. */
  reportDocumentProblems(uri: string, problems: ConfigProblem[]): void {
    for (const p of problems) {
      const key = `${uri}\n${p.message}`;
      if (this.shown.has(key)) continue;
      this.remember(key);
      const failed = /^Rule \S+ failed/.test(p.message);
      // A failing rule is our bug and the drafter should know checks were skipped; directive typos
      // change with every keystroke, so they go to the log rather than a pop-up.
      if (failed) tellUser(this.connection, MessageType.Error, `Tender Lint (${uri}): ${p.message}`);
      else this.connection.console.log(`${uri}: ${p.message}`);
    }
  }

  private editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.canPullConfiguration) return Promise.resolve(this.pushedSettings);
    let pending = this.settingsByUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'tenderLint' } : { section: 'tenderLint' }).then(
        (raw: unknown) => normalizeEditorSettings(raw),
        () => DEFAULT_EDITOR_SETTINGS,
      );
      this.settingsByUri.set(uri, pending);
    }
    return pending;
  }

  private show(problems: ConfigProblem[], type: MessageType): void {
    for (const p of problems) {
      if (this.shown.has(p.message)) continue;
      this.remember(p.message);
      tellUser(this.connection, type, `Tender Lint: ${p.message}`);
    }
  }

  private remember(key: string): void {
    if (this.shown.size > 5000) this.shown.clear(); // bounded: a long session cannot grow it forever
    this.shown.add(key);
  }
}
