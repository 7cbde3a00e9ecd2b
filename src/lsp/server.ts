import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { watchClock } from './clock-watch.js';
import { Publisher } from './publisher.js';
import { Registers } from './registers.js';
import { answerRequests } from './requests.js';
import { registerFileWatchers } from './watch-registration.js';
import { Workspace } from './workspace.js';
import { localeLang } from './locale.js';

export interface LspOptions {
  /** --lang or REGISTRO_LANG; without either, the editor's own language (initialize's locale). */
  lang: Lang | undefined;
  /** False: leave schema errors to yaml-language-server, which shows them already. */
  schema: boolean;
}

const INITIALIZED: InitializeResult = {
  capabilities: {
    // Saves are asked for: git history (changed-after-update, notice-stale) is read again then.
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', '[', ',', '-'] },
  },
  serverInfo: { name: 'registro' },
};

/**
 * `registro lsp`: speaks the Language Server Protocol on stdin/stdout. Each register touched by an
 * open document is held in memory; every edit re-checks that file and re-runs the rules, and
 * the diagnostics of every file whose findings changed are published again.
 */
export function startServer(options: LspOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  let schema = options.schema;
  let capabilities: ClientCapabilities = {};
  let lang: Lang = options.lang ?? 'it';
  const publisher = new Publisher(connection, documents, { lang: () => lang, schema: () => schema });
  const registers = new Registers(process.cwd());
  const workspace = new Workspace(registers, documents, publisher, (message) => connection.console.error(message));

  connection.onInitialize((params) => {
    const init = params.initializationOptions as { schema?: boolean } | undefined;
    if (init?.schema === false) schema = false;
    capabilities = params.capabilities;
    if (!options.lang) lang = localeLang(params.locale);
    return INITIALIZED;
  });
  connection.onInitialized(() => registerFileWatchers(connection, capabilities));

  // Fired on open too: one validation per open or edit.
  documents.onDidChangeContent((e) => void workspace.refresh(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => void workspace.refresh(e.document.uri, undefined));
  documents.onDidSave((e) => void workspace.onDisk([{ uri: e.document.uri, type: 2 }]));
  connection.onDidChangeWatchedFiles((e) => void workspace.onDisk(e.changes));
  // A new day changes everything date-based; otherwise only a new HEAD may have changed git history.
  watchClock((newDay) => void (newDay ? workspace.republishAll() : workspace.followHeads()));
  answerRequests(connection, documents, registers, () => lang, () => capabilities);

  documents.listen(connection);
  connection.listen();
  return connection;
}
