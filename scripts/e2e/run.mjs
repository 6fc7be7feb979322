// `npm run test:e2e`: the packaged extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// the mocha suite of test/e2e/suite running inside its extension host, exactly as @vscode/test-electron
// would run it on a desktop. Steps: provision code-server (first use), package and unpack the .vsix,
// bundle the suite, copy the fixture workspace, start an isolated code-server, open the workbench in
// headless Chromium with the `payload` URL parameter, wait for window.codeAutomationExit(code).
// Environment: E2E_GREP (mocha --grep), E2E_TIMEOUT_MS (whole run, default 240000), E2E_QUIET=1.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import * as L from './lib.mjs';
import { buildSuite } from './build-suite.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 240000);
// Workbench chatter that says nothing about the tests.
const NOISE = /open-vsx\.org|^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin|ChatSessionStore)/;

function printSummary(result) {
  for (const f of result.failuresList || []) console.log(`  FAILED: ${f.title}\n    ${f.error}`);
  console.log(`${result.passes} passed, ${result.failures} failed`);
}

async function main() {
  L.provisionCodeServer();
  const vsix = L.packageVsix();
  L.lap('packaged tender-lint.vsix');
  const extDir = L.unpackVsix(vsix, path.join(L.RUN, 'vsix'));
  const testsEntry = await buildSuite(path.join(L.RUN, 'suite'));
  const workspace = L.copyWorkspace(path.join(L.RUN, 'workspace'));
  const host = L.prepareRunDir(path.join(L.RUN, 'host'));
  const resultFile = path.join(L.RUN, 'mocha-result.json');
  fs.rmSync(resultFile, { force: true });
  // Variables given to code-server reach the extension host and so the suite's run().
  host.env.E2E_RESULT_FILE = resultFile;
  host.env.E2E_WORKSPACE = workspace;

  let cs;
  let ctx;
  try {
    cs = await L.startCodeServer(host, workspace);
    L.lap(`code-server healthy on ${cs.base}`);
    ctx = await L.launchChromium(host.runDir);
    const page = ctx.pages()[0] || await ctx.newPage();
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    // The host's console (mocha's spec reporter) arrives as ('%c INFO', 'color: …', format, …args).
    page.on('console', async (m) => {
      if (process.env.E2E_QUIET) return;
      try {
        const a = await Promise.all(m.args().map((x) => x.jsonValue().catch(() => String(x))));
        if (typeof a[0] !== 'string' || !/^%c\s*(INFO|WARN|ERR)/.test(a[0]) || a.length < 3) return;
        const text = typeof a[2] === 'string' ? util.format(a[2], ...a.slice(3)) : util.format(...a.slice(2));
        if (!NOISE.test(text)) console.log(`  ${text}`);
      } catch { /* page closing */ }
    });
    const authority = `127.0.0.1:${cs.port}`; // the remote authority is the host the browser uses
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${extDir}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsEntry}`],
    ];
    await page.goto(`${cs.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    L.lap('workbench opened; suite running in the extension host');
    let timer;
    const code = await Promise.race([exited,
      new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT_MS); })]);
    clearTimeout(timer);
    L.lap(`codeAutomationExit(${code})`);
    if (!fs.existsSync(resultFile)) {
      console.log(code === 'timeout' ? `no result within ${TIMEOUT_MS} ms` : 'the suite wrote no result');
      console.log('0 passed, 1 failed');
      return 1;
    }
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    printSummary(result);
    return code === 0 && result.failures === 0 && result.passes > 0 ? 0 : 1;
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await L.stopCodeServer(cs);
  }
}

main().then((code) => { L.lap(code === 0 ? 'PASS' : 'FAIL'); process.exit(code); }, (e) => {
  console.error(process.env.E2E_DEBUG ? e && e.stack : (e && e.message) || e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
