// Bundles the three entry points. unified and remark are ESM-only; bundling makes them safe to load
// from the CommonJS that VS Code's extension host and `node dist/cli.js` expect.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// What we test is what we ship: minified bundles by default (server start-up is ~2x faster minified);
// `--dev` adds source maps and keeps names for debugging.
const production = !process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Keep the bundles free of any module that could reach the network (see the reliability tests).
  external: ['vscode'],
  define: { TENDER_LINT_VERSION: JSON.stringify(version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
].filter((e) => existsSync(e.entryPoints[0]));

// Stale source maps from a --dev build must not ship next to minified bundles.
for (const map of ['extension.js.map', 'server.js.map', 'cli.js.map']) rmSync(`dist/${map}`, { force: true });
const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
