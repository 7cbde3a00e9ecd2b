import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection, type FileEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { isInside } from '../util/paths.js';
import { today } from '../util/today.js';
import { completions } from './completion.js';
import { watchDay } from './day-watch.js';
import { ruleHover } from './hover.js';
import { pathOfUri, registerRootOfFile } from './paths.js';
import { Publisher } from './publisher.js';
import { quickFixes } from './quick-fixes.js';
import { RegisterState } from './register-state.js';
import { registerFileWatchers } from './watch-registration.js';

export interface LspOptions {
  lang: Lang;
  /** False: leave schema errors to yaml-language-server, which shows them already. */
  schema: boolean;
}

/**
 * `registro lsp`: speaks the Language Server Protocol on stdin/stdout. Each register touched by an
 * open document is held in memory; every edit re-checks that file and re-runs the rules, and
 * the diagnostics of every file whose findings changed are published again.
 */
export function startServer(options: LspOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const registers = new Map<string, Promise<RegisterState>>();
  let schema = options.schema;
  let capabilities: ClientCapabilities = {};
  const publisher = new Publisher(connection, documents, { lang: options.lang, schema: () => schema });
  const cwd = process.cwd();

  const stateOf = (root: string): Promise<RegisterState> => {
    let state = registers.get(root);
    if (!state) {
      const fresh = new RegisterState(root, cwd);
      state = fresh.load().then(() => fresh);
      registers.set(root, state);
    }
    return state;
  };

  /** A fault of ours must not end the editor's session: it goes to the client's log. */
  const guarded = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      connection.console.error(`registro: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  /** Re-checks one file from the editor's text (or from disk, once closed), then its register. */
  const refresh = (uri: string, text: string | undefined) =>
    guarded(async () => {
      const path = pathOfUri(uri);
      const root = path && registerRootOfFile(path);
      if (!path || !root) return;
      const state = await stateOf(root);
      state.update(path, text);
      publisher.publish(state, uri);
    });

  /** Changes on disk (git checkout, a script, a save): each register touched is read from git and diagnosed once. */
  const onDisk = (changes: readonly FileEvent[]) =>
    guarded(async () => {
      const changed = new Set<RegisterState>();
      const saved = new Set<RegisterState>();
      for (const change of changes) {
        const path = pathOfUri(change.uri);
        if (!path) continue;
        // A notice template is read by the rules of the register around it; a YAML file is the register's own.
        const template = path.endsWith('.hbs');
        for (const state of template ? await loadedAround(path) : await stateFor(path)) {
          // The editor's text of an open document wins over the disk: its save changes git history at most.
          if (!template && documents.get(change.uri)) {
            saved.add(state);
            continue;
          }
          if (!template) state.update(path, undefined);
          changed.add(state);
        }
      }
      for (const state of new Set([...changed, ...saved])) {
        const historyMoved = state.rereadHistory(today());
        if (historyMoved || changed.has(state)) publisher.publish(state);
      }
    });
  // Only registers already held: a checkout elsewhere in the workspace loads nothing new.
  const stateFor = async (path: string): Promise<RegisterState[]> => {
    const root = registerRootOfFile(path);
    return root && registers.has(root) ? [await registers.get(root)!] : [];
  };
  const loadedAround = async (path: string): Promise<RegisterState[]> =>
    Promise.all([...registers.keys()].filter((root) => isInside(path, root)).map((root) => registers.get(root)!));

  /** Everything again, as at the start: a new day changes the date-based findings of every file. */
  const republishAll = () =>
    guarded(async () => {
      for (const state of await Promise.all(registers.values())) publisher.publish(state);
    });

  connection.onInitialize((params) => {
    const init = params.initializationOptions as { schema?: boolean } | undefined;
    if (init?.schema === false) schema = false;
    capabilities = params.capabilities;
    return {
      capabilities: {
        // Saves are asked for: git history (changed-after-update, notice-stale) is read again then.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ',', '-'] },
      },
      serverInfo: { name: 'registro' },
    };
  });
  connection.onInitialized(() => registerFileWatchers(connection, capabilities));

  // Fired on open too: one validation per open or edit.
  documents.onDidChangeContent((e) => void refresh(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => void refresh(e.document.uri, undefined));
  documents.onDidSave((e) => void onDisk([{ uri: e.document.uri, type: 2 }]));
  connection.onDidChangeWatchedFiles((e) => onDisk(e.changes));
  watchDay(() => void republishAll());

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? quickFixes(doc, params.context.diagnostics, options.lang) : [];
  });
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? ruleHover(doc, params.position, options.lang) : null;
  });
  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const path = pathOfUri(params.textDocument.uri);
    const root = doc && path ? registerRootOfFile(path) : undefined;
    if (!doc || !root) return [];
    return completions(doc, params.position, (await stateOf(root)).register, options.lang);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
