// Entry point of dist/server.js. createConnection() picks the transport from the command line as
// vscode-languageserver supports it: --stdio, --node-ipc, --socket=<port>, --pipe=<name>.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
