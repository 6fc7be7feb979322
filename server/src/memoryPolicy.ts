// How V8 sizes the server's heap. By default it lets garbage grow to about twice the live heap before
// a full collection: with a 10 MB tender open, each re-lint leaves tens of megabytes behind and the
// process passes 600 MB. With --optimize-for-size V8 collects sooner (about 300 MB at 10 MB), but
// collects so often that a re-lint at 1 MB takes 40 ms instead of 25. So the server favours memory
// only while large documents are open. V8 reads the flag whenever it sizes the heap, so it can be
// switched while running; the switch is a heuristic and never changes results.

import { setFlagsFromString } from 'node:v8';

/** Open text, in UTF-16 code units, above which the server favours memory over speed. */
export const LARGE_OPEN_TEXT = 4_000_000;
/** Below this it favours speed again (a gap, so that one document near the limit does not flip it on every edit). */
export const SMALL_OPEN_TEXT = 2_000_000;

export class MemoryPolicy {
  private savingMemory = false;

  constructor(private readonly setFlag: (flag: string) => void = setFlagsFromString) {}

  /** Called with the total length of the open documents whenever it may have changed; true when the mode switched. */
  openTextIs(length: number): boolean {
    const want = this.savingMemory ? length >= SMALL_OPEN_TEXT : length >= LARGE_OPEN_TEXT;
    if (want === this.savingMemory) return false;
    this.savingMemory = want;
    try {
      this.setFlag(want ? '--optimize-for-size' : '--no-optimize-for-size');
    } catch {
      // A runtime that refuses flags only loses the memory saving.
    }
    return true;
  }

  get favoursMemory(): boolean {
    return this.savingMemory;
  }
}
