// `npm run test:e2e:ui`: what a drafter sees. Installs the packaged .vsix into an isolated code-server,
// opens a fixture tender from the Explorer in headless Chromium, and waits for: a squiggle, the hover
// with the diagnostic's message, the Problems panel row, and the quick-fix menu. Screenshots go to
// docs/images/ (they double as README images). Exit code 0 = every step seen.
// Environment: UI_FILE (workspace file, default tender-no-principles.md), UI_CODE (rule id expected,
// default missing-principle), UI_SHOTS (folder, default docs/images), E2E_VSIX (skip packaging).
import fs from 'node:fs';
import path from 'node:path';
import * as L from './lib.mjs';

const FILE = process.env.UI_FILE || 'tender-no-principles.md';
const CODE = process.env.UI_CODE || 'missing-principle';
const SHOTS = path.resolve(L.ROOT, process.env.UI_SHOTS || 'docs/images');
const CONTEXT_FILE = 'tender-cover-page.md';
const STEP_TIMEOUT = 30000;

async function main() {
  L.provisionCodeServer();
  const vsix = L.packageVsix();
  L.lap('packaged tender-lint.vsix');
  const host = L.prepareRunDir(path.join(L.RUN, 'ui'));
  L.installVsix(host, vsix);
  L.lap('vsix installed into code-server');
  const workspace = L.copyWorkspace(path.join(L.RUN, 'ui-workspace'));
  fs.mkdirSync(SHOTS, { recursive: true });
  let cs;
  let ctx;
  let page;
  try {
    cs = await L.startCodeServer(host, workspace);
    ctx = await L.launchChromium(host.runDir);
    page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    await page.goto(`${cs.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    L.lap('workbench loaded');

    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
    await row.waitFor({ timeout: STEP_TIMEOUT });
    await row.click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor({ timeout: STEP_TIMEOUT });
    L.lap(`${FILE} open in the editor`);

    // 1) the squiggle, drawn from our diagnostic
    const squiggle = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first();
    await squiggle.waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
    L.lap('squiggle rendered');

    // 2) hovering it shows the message with its source and rule code, e.g. "tender-lint(missing-principle)".
    // Code lenses arrive after the squiggle and push lines down, so measure again on each attempt.
    const hover = page.locator('.monaco-hover', { hasText: 'tender-lint' }).first();
    let box;
    for (let attempt = 1; ; attempt++) {
      box = await squiggle.boundingBox();
      if (!box) throw new Error('squiggle has no bounding box');
      await page.mouse.move(5, 500);
      await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2 - 4);
      try {
        await hover.waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
      }
    }
    L.lap(`hover: ${JSON.stringify((await hover.innerText()).split('\n')[0])}`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-hover.png') });

    // 3) the quick-fix menu at the finding (Ctrl+. with the cursor on it). The cursor is put there with
    // "Go to Next Problem" (F8), not a click: a click lands on whatever the hover or a code lens has
    // just moved over the squiggle, and once applied a fix instead of placing the cursor.
    await page.mouse.move(box.x, box.y + 400); // let the hover go
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.locator('.monaco-editor .peekview-widget, .monaco-editor .marker-widget').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT }).catch(() => {});
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    L.lap(`quick-fix menu: ${JSON.stringify((await menu.innerText()).replace(/\s+/g, ' ').slice(0, 160))}`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-quick-fix.png') });
    await page.keyboard.press('Escape');

    // 4) the Problems panel lists a finding of the expected rule
    await page.keyboard.press('Control+Shift+M');
    const marker = page.locator('.markers-panel .monaco-list-row', { hasText: CODE }).first();
    await marker.waitFor({ timeout: STEP_TIMEOUT });
    L.lap(`Problems panel: ${JSON.stringify((await marker.innerText()).replace(/\s+/g, ' ').slice(0, 160))}`);
    const status = await page.locator('#status\\.problems').getAttribute('aria-label').catch(() => null);
    L.lap(`status bar: ${JSON.stringify(status)}`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-problems.png') });

    // 5) a tender with no front matter: the status bar names the law read from its cover page, and its
    // tooltip gives the words each value came from (the README's "Telling Tender Lint" screenshot).
    await page.keyboard.press('Control+Shift+M'); // close the Problems panel again
    const cover = page.locator('.explorer-folders-view .monaco-list-row', { hasText: CONTEXT_FILE });
    await cover.click();
    await page.locator('.tab.active', { hasText: CONTEXT_FILE }).waitFor({ timeout: STEP_TIMEOUT });
    const item = page.locator('.statusbar-item', { hasText: 'stated in the document' }).first();
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    L.lap(`context status: ${JSON.stringify((await item.innerText()).trim())}`);
    const tip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'checks this document against' }).first();
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(5, 300);
      await item.hover();
      try {
        await tip.waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
      }
    }
    L.lap(`context tooltip: ${JSON.stringify((await tip.innerText()).replace(/\s+/g, ' ').slice(0, 200))}`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-context.png') });
    return 0;
  } catch (e) {
    console.error('UI check failed:', e && e.message || e);
    if (page) await page.screenshot({ path: path.join(L.RUN, 'ui-failure.png') }).catch(() => {});
    console.error(`screenshot of the failure: ${path.join(L.RUN, 'ui-failure.png')}`);
    return 1;
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await L.stopCodeServer(cs);
  }
}

main().then((code) => { L.lap(code === 0 ? 'PASS' : 'FAIL'); process.exit(code); }, (e) => {
  console.error(process.env.E2E_DEBUG ? e && e.stack : (e && e.message) || e);
  process.exit(1);
});
