// Reading a file that may be hostile: only regular files are opened (a FIFO, a device or a socket is
// refused before it is read, and a FIFO is opened non-blocking so that even a race cannot hang us),
// and reading stops at a byte limit while it reads, not at what stat() says (0 for /dev/zero).
// Standard input is the only stream read, and only when asked for by name.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'not-regular' | 'too-large' | 'unreadable'; detail?: string; size?: number };

const CHUNK = 64 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** The bytes of a regular file of at most `limit` bytes. Never blocks on a FIFO, never reads past limit + 1. */
export function readBoundedFile(path: string, limit: number): BoundedRead {
  let fd: number;
  try {
    const before = statSync(path);
    if (!before.isFile()) return { ok: false, reason: 'not-regular', detail: kindOf(before) };
    if (before.size > limit) return { ok: false, reason: 'too-large', size: before.size };
    // O_NONBLOCK: a FIFO swapped in after the stat opens at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not-regular', detail: kindOf(stats) };
    return readFd(fd, limit);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** Standard input, read to its end or to `limit` bytes, whichever comes first. */
export function readBoundedStdin(limit: number): BoundedRead {
  try {
    return readFd(0, limit, true);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
}

function readFd(fd: number, limit: number, retryAgain = false): BoundedRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(CHUNK, limit + 1 - total);
    const buffer = Buffer.allocUnsafe(Math.max(1, want));
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (retryAgain && code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    chunks.push(buffer.subarray(0, n));
    if (total > limit) return { ok: false, reason: 'too-large' };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** "50 MB", "256 KB", "1234 bytes": a limit as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** "50MB", "256KB", "2GB", "1000" (bytes) → bytes, or undefined when it is not a size. */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : unit === 'g' ? 1024 * 1024 * 1024 : 1;
  const value = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
