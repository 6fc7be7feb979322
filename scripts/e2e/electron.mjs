// `npm run test:e2e:electron`: the same suite as `npm run test:e2e`, in desktop VS Code downloaded by
// @vscode/test-electron 2.x (needs access to update.code.visualstudio.com, which our CI machines lack;
// use it on a developer machine). Set VSCODE_EXECUTABLE to an installed `code` binary to skip the
// download, VSCODE_VERSION to pick a version (default: the oldest we support, from engines.vscode).
// On Linux without a display, run it under xvfb-run.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import * as L from './lib.mjs';
import { buildSuite } from './build-suite.mjs';

async function main() {
  const vsix = L.packageVsix();
  const extDir = L.unpackVsix(vsix, path.join(L.RUN, 'electron-vsix'));
  const testsEntry = await buildSuite(path.join(L.RUN, 'electron-suite'));
  const workspace = L.copyWorkspace(path.join(L.RUN, 'electron-workspace'));
  const userData = path.join(L.RUN, 'electron-user-data');
  fs.rmSync(userData, { recursive: true, force: true });
  const resultFile = path.join(L.RUN, 'electron-result.json');
  fs.rmSync(resultFile, { force: true });
  const engines = JSON.parse(fs.readFileSync(path.join(L.ROOT, 'package.json'), 'utf8')).engines.vscode;
  const version = process.env.VSCODE_VERSION || engines.replace(/^[^\d]*/, '');
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_EXECUTABLE ? undefined : version,
      extensionDevelopmentPath: extDir,
      extensionTestsPath: testsEntry,
      extensionTestsEnv: { E2E_RESULT_FILE: resultFile, E2E_WORKSPACE: workspace, E2E_GREP: process.env.E2E_GREP || '' },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', '--user-data-dir', userData],
    });
  } catch (e) {
    console.error(e && e.message || e);
    code = 1;
  }
  if (fs.existsSync(resultFile)) {
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    for (const f of r.failuresList || []) console.log(`  FAILED: ${f.title}\n    ${f.error}`);
    console.log(`${r.passes} passed, ${r.failures} failed`);
    if (r.failures > 0 || r.passes === 0) code = 1;
  } else {
    console.log('0 passed, 1 failed');
    code = 1;
  }
  return code;
}

main().then((code) => process.exit(code), (e) => {
  console.error(process.env.E2E_DEBUG ? e && e.stack : (e && e.message) || e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
