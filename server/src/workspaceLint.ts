// "Lint workspace": every Markdown file under the workspace folders, read from disk, linted and
// published. Bounded (file count, file size, depth), skips node_modules and dot-folders, yields to
// the event loop between files and stops when a newer run starts.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { filePathOf } from './configCache';
import { readBoundedFile } from './node/readBounded';

/** A regular file of at most MAX_FILE_BYTES, as text; a FIFO or a device (a symlink to /dev/zero) is never read. */
function readMarkdown(path: string): string {
  const read = readBoundedFile(path, MAX_FILE_BYTES);
  if (!read.ok) throw new Error(read.reason === 'too-large' ? `larger than ${MAX_FILE_BYTES} bytes` : `not read (${read.detail ?? read.reason})`);
  return read.bytes.toString('utf8');
}

export const MAX_WORKSPACE_FILES = 2000;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 20;
const MARKDOWN = /\.(?:md|markdown)$/i;

export interface WorkspaceLintHost {
  isOpen(uri: string): boolean;
  /** Lints a file's text and publishes; returns false when linting is disabled for it. */
  lintFile(doc: TextDocument): Promise<void>;
  clear(uri: string): void;
  log(message: string): void;
}

export class WorkspaceLinter {
  private run = 0;
  /** Files this linter published diagnostics for, to clear them when the setting is turned off. */
  private readonly published = new Set<string>();

  constructor(private readonly host: WorkspaceLintHost) {}

  async lintFolders(folderUris: string[]): Promise<number> {
    const run = ++this.run;
    const files = await this.collect(folderUris, run);
    let count = 0;
    for (const path of files) {
      if (run !== this.run) return count;
      const uri = pathToFileURL(path).href;
      if (this.host.isOpen(uri)) continue; // the open document is linted from the editor's text
      try {
        const text = readMarkdown(path);
        await this.host.lintFile(TextDocument.create(uri, 'markdown', 0, text));
        this.published.add(uri);
        count++;
      } catch (e) {
        this.host.log(`Lint workspace: could not read ${path}: ${(e as Error).message}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.host.log(`Lint workspace: checked ${count} Markdown file(s).`);
    return count;
  }

  /** One file from disk (an open document of the workspace was closed: its saved text counts now). */
  async lintOne(uri: string): Promise<void> {
    const path = filePathOf(uri);
    if (!path || !MARKDOWN.test(path) || (await sizeOf(path)) > MAX_FILE_BYTES || this.host.isOpen(uri)) return;
    try {
      await this.host.lintFile(TextDocument.create(uri, 'markdown', 0, readMarkdown(path)));
      this.published.add(uri);
    } catch {
      // deleted or unreadable since: nothing to show
    }
  }

  /** Stops a running pass and clears what it published (files not open in the editor). */
  clear(): void {
    this.run++;
    for (const uri of this.published) if (!this.host.isOpen(uri)) this.host.clear(uri);
    this.published.clear();
  }

  private async collect(folderUris: string[], run: number): Promise<string[]> {
    const found: string[] = [];
    const queue: Array<{ dir: string; depth: number }> = [];
    for (const uri of folderUris) {
      const path = filePathOf(uri);
      if (path) queue.push({ dir: path, depth: 0 });
    }
    while (queue.length > 0 && found.length < MAX_WORKSPACE_FILES && run === this.run) {
      const { dir, depth } = queue.shift()!;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory() && depth < MAX_DEPTH) queue.push({ dir: path, depth: depth + 1 });
        else if (entry.isFile() && MARKDOWN.test(entry.name) && (await sizeOf(path)) <= MAX_FILE_BYTES) found.push(path);
        if (found.length >= MAX_WORKSPACE_FILES) break;
      }
    }
    if (found.length >= MAX_WORKSPACE_FILES) this.host.log(`Lint workspace: stopped at ${MAX_WORKSPACE_FILES} files.`);
    return found;
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
