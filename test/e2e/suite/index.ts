// Test runner loaded by VS Code's extension host through extensionTestsPath: the @vscode/test-electron
// contract (a module exporting run(): Promise<void>). The same file serves code-server (scripts/e2e/run.mjs)
// and desktop VS Code (scripts/e2e/electron.mjs). It writes a small JSON result for the runner, which
// cannot read the host's stdout directly.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.E2E_GREP || undefined });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failuresList: { title: string; error: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      const result = { passes: stats?.passes ?? 0, failures, tests: stats?.tests ?? 0, failuresList };
      if (process.env.E2E_RESULT_FILE) fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(result, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${result.tests} end-to-end tests failed`));
      else if (result.passes === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
    runner.on('fail', (test, err: Error) => {
      failuresList.push({ title: test.fullTitle(), error: String(err && err.message || err).split('\n').slice(0, 6).join('\n    ') });
    });
  });
}
