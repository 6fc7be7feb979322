// Bundles the e2e mocha suite (test/e2e/suite/*.ts) to CommonJS for the extension host.
// `vscode` is provided by the host; mocha stays external and resolves from the project's node_modules
// (the output folder lives inside the project), because mocha loads its reporters dynamically.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

export async function buildSuite(outdir) {
  const srcDir = path.join(ROOT, 'test/e2e/suite');
  const entryPoints = fs.readdirSync(srcDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, f));
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
  return path.join(outdir, 'index.js');
}
