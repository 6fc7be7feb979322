// The server switches V8 to favour memory while more than 4 MB of text is open, and back when it is
// closed (memoryPolicy.ts). The switch happens in the running process, so this test drives a real
// server through both switches and checks that it keeps linting correctly on either side.

import assert from 'node:assert/strict';
import { TestClient } from './lspClient';

const HEADER = '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-05-01\n  kind: tender\n---\n\n# Invitation to tender\n\nThe Authority will treat all bidders equally and without discrimination and will act transparently and proportionately.\n\n';
const LARGE = `${HEADER}${Array.from({ length: 60_000 }, (_, i) => `## Part ${i}\n\nThe supplier shall deliver the services described in part ${i} of the specification.`).join('\n\n')}\n\nA contract notice will be published in the OJEU.\n`;
const SMALL = `${HEADER}A contract notice will be published in the OJEU.\n`;
const obsolete = (ds: Array<{ code?: unknown }>) => ds.filter((d) => d.code === 'obsolete-reference').length;

describe('language server with a very large document', function () {
  this.timeout(120_000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('favours memory while it is open, speed once it is closed, and lints correctly throughout', async () => {
    ({ client } = await TestClient.start({ debounceMs: 0 }));
    assert.ok(LARGE.length > 5_000_000);
    const large = 'file:///tmp/tender-lint-memory/large.md';
    const small = 'file:///tmp/tender-lint-memory/small.md';
    client.open(large, LARGE);
    assert.equal(obsolete(await client.nextDiagnostics(large, 0, 1, 60_000)), 1);
    await client.waitFor((n) => n.method === 'window/logMessage' && /favouring memory over speed/.test(n.params.message), 5000);

    const edited = LARGE.replace('in the OJEU.', 'in the OJEU and the Official Journal.');
    const version = client.replace(large, LARGE, edited);
    assert.equal(obsolete(await client.nextDiagnostics(large, 0, version, 60_000)), 2);

    client.notify('textDocument/didClose', { textDocument: { uri: large } });
    client.open(small, SMALL);
    assert.equal(obsolete(await client.nextDiagnostics(small, 0, 1, 15_000)), 1);
    await client.waitFor((n) => n.method === 'window/logMessage' && /favouring speed again/.test(n.params.message), 5000);
  });
});
