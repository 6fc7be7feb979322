// VS Code client: starts dist/server.js over IPC for Markdown files (saved and untitled) and adds the
// commands and the status bar item. `activate` returns the LanguageClient so tests can reach it.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands, executeCommandMiddleware } from './commands';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Tender Lint');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    outputChannel,
    // In an untrusted workspace the server does not follow config symlinks out of the workspace.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.tender-lint.{json,yaml,yml}') },
    middleware: {
      executeCommand: (command, args, next) => executeCommandMiddleware(getClient, command, args, next),
      window: {
        // Rule documentation opens rendered, beside the document.
        showDocument: async (params, next) => {
          if (/\/docs\/rules\/[^/]+\.md$/.test(params.uri)) {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.parse(params.uri));
            return { success: true };
          }
          const result = await next(params, new vscode.CancellationTokenSource().token);
          return 'success' in result ? result : { success: false };
        },
      },
    },
  };
  client = new LanguageClient('tenderLint', 'Tender Lint', serverOptions, clientOptions);
  const getClient = (): LanguageClient | undefined => client;
  const statusBar = new StatusBar(client, outputChannel);
  context.subscriptions.push(outputChannel, statusBar, ...registerCommands(getClient, outputChannel, (uri) => statusBar.get(uri)));
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('tenderLint/workspaceTrusted')));
  return client;
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
