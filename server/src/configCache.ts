// Config files (.tender-lint.json / .yaml) for open documents, cached per directory and dropped when
// the client reports that a config file changed. Only file: URIs have a directory to search.

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFor, type ConfigPolicy, type LoadedConfig } from './node/configFiles';

const NO_CONFIG: LoadedConfig = { layer: {}, problems: [] };
const MAX_CACHED_DIRECTORIES = 1000;

export class ConfigCache {
  private readonly byDirectory = new Map<string, LoadedConfig>();
  /** Untrusted workspace: config files inside its folders are not followed out of them. */
  policy: ConfigPolicy = {};

  forUri(uri: string): LoadedConfig {
    const path = filePathOf(uri);
    if (!path) return NO_CONFIG;
    const dir = dirname(path);
    let loaded = this.byDirectory.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(path, undefined, this.policy);
      if (this.byDirectory.size >= MAX_CACHED_DIRECTORIES) this.byDirectory.clear();
      this.byDirectory.set(dir, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byDirectory.clear();
  }
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isConfigFileUri(uri: string): boolean {
  return /\/\.tender-lint\.(?:json|ya?ml)$/i.test(uri);
}
