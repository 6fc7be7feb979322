// A second editor: headless Neovim's built-in LSP client against dist/server.js. Runs when `nvim`
// is installed (Debian package `neovim`); under CI a missing nvim is a failure, not a pass.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER } from './lspClient';

const SCRIPT = join(__dirname, '..', 'editors', 'nvim-lsp-check.lua');

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('Neovim built-in LSP client', function () {
  this.timeout(30000);

  it('receives diagnostics, a hover and code actions from the server', function () {
    if (!hasNvim()) {
      if (process.env.CI) assert.fail('nvim is not installed: CI must install the Debian package "neovim"');
      this.skip(); // a developer machine without Neovim: reported as pending, never as passed
    }
    const dir = mkdtempSync(join(tmpdir(), 'tender-lint-nvim-'));
    try {
      const file = join(dir, 'itt.md');
      writeFileSync(file, '---\ntender-lint:\n  regime: pcr-2016\n---\n\n# Invitation to tender\n');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${SCRIPT}`, file], {
        encoding: 'utf8',
        timeout: 25000,
        env: { ...process.env, LSP_SERVER: SERVER, LSP_TIMEOUT_MS: '15000', HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
      });
      const output = `${run.stdout}\n${run.stderr}`;
      assert.equal(run.status, 0, output);
      assert.match(output, /PASS: \d+ diagnostic/);
      assert.match(output, /diagnostic 3:3-9 severity=1 source=tender-lint code=front-matter/, output);
      assert.match(output, /hover: .*front-matter/, output);
      assert.match(output, /action: Show documentation for front-matter/, output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
