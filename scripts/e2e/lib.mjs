// Shared machinery for the end-to-end runs: provisioning code-server 4.100.3 (= VS Code 1.100.3) into
// .e2e-cache/, packaging and unpacking the .vsix, an isolated code-server on 127.0.0.1, and headless
// Debian Chromium through playwright-core. Neither Microsoft's update server nor GitHub is reachable
// on our machines, so nothing here downloads anything except code-server from the npm registry.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.e2e-cache');
export const RUN = path.join(ROOT, '.e2e-run');
export const CS_VERSION = '4.100.3'; // the newest code-server whose engines.node accepts Node 20
const CS_DIR = path.join(CACHE, 'code-server');
export const CODE_SERVER = process.env.CODE_SERVER || path.join(CS_DIR, 'node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const VSIX = path.join(ROOT, 'tender-lint.vsix');

const t0 = Date.now();
export const lap = (what) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

// A private HOME so that no code-server call writes ~/.config/code-server or ~/.local/share.
function isolatedEnv(home) {
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an outer VS Code
  return env;
}

function codeServerWorks() {
  if (!fs.existsSync(CODE_SERVER)) return false;
  const home = path.join(CACHE, 'version-home');
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, 'config.yaml'), 'auth: none\ncert: false\n'); // else it writes one and says so on stdout
  try {
    const out = run(CODE_SERVER, ['--config', path.join(home, 'config.yaml'), '--version'], { env: isolatedEnv(home) });
    return out.includes(`${CS_VERSION} `);
  } catch {
    return false;
  }
}

// First use: install code-server from npm. Its postinstall builds native modules (node-gyp) and
// downloads ripgrep from GitHub; we pre-seed ripgrep's cache with Debian's /usr/bin/rg instead.
export function provisionCodeServer() {
  if (codeServerWorks()) return;
  for (const bin of ['/usr/bin/rg', CHROMIUM]) {
    if (!fs.existsSync(bin)) throw new Error(`${bin} missing: apt-get install ripgrep chromium (see scripts/e2e/README.md)`);
  }
  lap(`installing code-server@${CS_VERSION} into .e2e-cache (first run only, ~1 min)`);
  fs.rmSync(CS_DIR, { recursive: true, force: true });
  const tmp = path.join(CACHE, 'tmp');
  const rgCache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  const stage = path.join(tmp, 'rgstage');
  fs.mkdirSync(rgCache, { recursive: true });
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
  run('tar', ['czf', path.join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', stage, 'rg']);
  fs.mkdirSync(CS_DIR, { recursive: true });
  fs.writeFileSync(path.join(CS_DIR, 'package.json'), '{"name":"e2e-code-server","private":true}\n');
  // node-gyp would download Node's headers from nodejs.org; Debian's nodejs ships them under /usr.
  const env = { ...isolatedEnv(path.join(CACHE, 'install-home')), TMPDIR: tmp, npm_config_yes: 'true',
    npm_config_nodedir: process.env.npm_config_nodedir || '/usr' };
  const log = path.join(CACHE, 'install.log');
  try {
    const out = run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--no-save',
      `code-server@${CS_VERSION}`], { cwd: CS_DIR, env, maxBuffer: 64 * 1024 * 1024 });
    fs.writeFileSync(log, out);
  } catch (e) {
    fs.writeFileSync(log, `${e.stdout || ''}\n${e.stderr || ''}`);
    throw new Error(`code-server install failed; see ${log} (apt packages: scripts/e2e/README.md)`);
  }
  if (!codeServerWorks()) throw new Error(`code-server installed but does not start; see ${log}`);
  lap('code-server installed');
}

// The packaged extension, exactly as a drafter would get it.
export function packageVsix() {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX); // a prebuilt package, e.g. a release candidate
  fs.rmSync(VSIX, { force: true });
  try {
    run('npm', ['run', 'package'], { maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`npm run package failed:\n${e.stdout || ''}\n${e.stderr || ''}`);
  }
  if (!fs.existsSync(VSIX)) throw new Error('npm run package did not produce tender-lint.vsix');
  return VSIX;
}

// A .vsix is a zip whose extension/ folder is what VS Code installs. Unpacking it lets the mocha run
// load the packaged files (so a .vscodeignore that drops dist/server.js fails the suite too).
export function unpackVsix(vsix, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  run('python3', ['-m', 'zipfile', '-e', vsix, dest]);
  const ext = path.join(dest, 'extension');
  if (!fs.existsSync(path.join(ext, 'package.json'))) throw new Error(`${vsix} has no extension/package.json`);
  return ext;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

// A fresh state folder: HOME/XDG, code-server config, user data (settings quiet), extensions dir.
export function prepareRunDir(runDir) {
  fs.rmSync(runDir, { recursive: true, force: true });
  const home = path.join(runDir, 'home');
  fs.mkdirSync(path.join(runDir, 'data/User'), { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(path.join(runDir, 'data/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'editor.hover.delay': 150,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
  }, null, 2));
  const baseArgs = ['--config', path.join(runDir, 'config.yaml'),
    '--user-data-dir', path.join(runDir, 'data'), '--extensions-dir', path.join(runDir, 'exts')];
  return { runDir, env: isolatedEnv(home), baseArgs };
}

// Copy the fixture workspace so that tests may edit and save files without touching the repository.
export function copyWorkspace(dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test/e2e/workspace'), dest, { recursive: true });
  return dest;
}

export function installVsix(runCtx, vsix) {
  return run(CODE_SERVER, [...runCtx.baseArgs, '--install-extension', vsix], { env: runCtx.env });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

const running = new Set();
// Ctrl+C or a CI timeout must not leave a code-server behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    Promise.all([...running].map(stopCodeServer)).then(() => process.exit(130));
  });
}

export async function startCodeServer(runCtx, workspace) {
  const port = await freePort();
  const args = [...runCtx.baseArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', workspace];
  const log = fs.createWriteStream(path.join(runCtx.runDir, 'code-server.log'));
  const proc = spawn(CODE_SERVER, args, { env: runCtx.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited early (${proc.exitCode}); see ${runCtx.runDir}/code-server.log`);
    if (await httpOk(`${base}/healthz`)) {
      const cs = { proc, port, base };
      running.add(cs);
      return cs;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopCodeServer({ proc });
  throw new Error('code-server did not become healthy within 60 s');
}

// code-server runs detached in its own process group; end that group (only ours) and wait for it, so
// that a run that follows never meets the last one's server. SIGKILL if it ignores SIGTERM for 5 s.
export function stopCodeServer(cs) {
  running.delete(cs);
  if (!cs || cs.proc.exitCode !== null || cs.proc.signalCode !== null) return Promise.resolve();
  const group = -cs.proc.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ }
      resolve();
    }, 5000);
    cs.proc.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(group, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

// playwright forbids --user-data-dir in args; launchPersistentContext is how it passes a fresh profile.
export async function launchChromium(runDir) {
  const { chromium } = await import('playwright-core');
  const profile = path.join(runDir, 'chromium-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
    env: { ...process.env, HOME: path.join(runDir, 'home') },
  });
}
