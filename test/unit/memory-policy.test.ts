import assert from 'node:assert/strict';
import { LARGE_OPEN_TEXT, MemoryPolicy, SMALL_OPEN_TEXT } from '../../server/src/memoryPolicy';

describe('memory policy of the server', () => {
  it('favours memory while large documents are open, with a gap before switching back', () => {
    const flags: string[] = [];
    const policy = new MemoryPolicy((f) => flags.push(f));
    policy.openTextIs(1_000_000);
    assert.deepEqual(flags, [], 'small documents keep V8 defaults');
    assert.equal(policy.openTextIs(LARGE_OPEN_TEXT), true, 'says it switched');
    assert.deepEqual(flags, ['--optimize-for-size']);
    assert.equal(policy.openTextIs(LARGE_OPEN_TEXT - 1), false);
    policy.openTextIs(SMALL_OPEN_TEXT);
    assert.equal(flags.length, 1, 'no flip-flopping near the limit');
    policy.openTextIs(SMALL_OPEN_TEXT - 1);
    assert.deepEqual(flags, ['--optimize-for-size', '--no-optimize-for-size']);
    assert.equal(policy.favoursMemory, false);
  });

  it('a runtime that refuses the flag loses only the saving', () => {
    const policy = new MemoryPolicy(() => {
      throw new Error('flags are frozen');
    });
    assert.doesNotThrow(() => policy.openTextIs(LARGE_OPEN_TEXT * 2));
  });
});
