import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { localize } from '../i18n/localize.js';
import { sortDiagnostics } from '../formatters/report.js';
import { isRegisterDir } from '../register/layout.js';
import { today } from '../util/today.js';
import { toLspDiagnostic } from './convert.js';
import { completions } from './completion.js';
import { ruleHover } from './hover.js';
import { quickFixes } from './quick-fixes.js';
import { RegisterState } from './register-state.js';

export interface LspOptions {
  lang: Lang;
  /** False: leave schema errors to yaml-language-server, which shows them already. */
  schema: boolean;
}

/** The register folder a file belongs to: registro.yaml or trattamenti/ up to two levels above. */
function registerRootOf(path: string): string | undefined {
  for (let dir = dirname(path), i = 0; i < 3; i++, dir = dirname(dir)) if (isRegisterDir(dir)) return dir;
  return undefined;
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
  const published = new Map<string, string>();
  let schema = options.schema;
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

  /** Publishes what changed since the last time, for every file of the register (always for `edited`). */
  const publish = (state: RegisterState, edited: string): void => {
    const byPath = state.diagnose(today());
    // A file gone from the register (deleted, renamed) keeps no stale diagnostics.
    for (const [uri, key] of published) {
      if (key === '[]' || !uri.startsWith('file:')) continue;
      const path = fileURLToPath(uri);
      if (!byPath.has(path) && registerRootOf(path) === state.root) {
        published.set(uri, '[]');
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
    for (const [path, found] of byPath) {
      const shown = found.filter((d) => !d.suppressed && (schema || d.ruleId !== 'schema'));
      const diagnostics = sortDiagnostics(localize(shown, options.lang)).map(toLspDiagnostic);
      const uri = pathToFileURL(path).href;
      const key = JSON.stringify(diagnostics);
      if (uri !== edited && (published.get(uri) ?? '[]') === key) continue;
      published.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  /** Re-checks one file from the editor's text (or from disk, once closed), then its register. */
  const refresh = async (uri: string, text: string | undefined): Promise<void> => {
    try {
      await revalidate(uri, text);
    } catch (error) {
      // A fault of ours must not end the editor's session: it goes to the client's log.
      connection.console.error(`registro: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  const revalidate = async (uri: string, text: string | undefined): Promise<void> => {
    if (!uri.startsWith('file:')) return;
    const path = fileURLToPath(uri);
    const root = registerRootOf(path);
    if (!root) return;
    const state = await stateOf(root);
    // A new file, or one deleted: list the register again.
    if (!state.has(path) || (text === undefined && !existsSync(path))) state.rescan();
    if (state.has(path)) state.update(path, text);
    publish(state, uri);
  };

  connection.onInitialize((params) => {
    const init = params.initializationOptions as { schema?: boolean } | undefined;
    if (init?.schema === false) schema = false;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ',', '-'] },
      },
      serverInfo: { name: 'registro' },
    };
  });

  // Fired on open too: one validation per open or edit.
  documents.onDidChangeContent((e) => void refresh(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => void refresh(e.document.uri, undefined));
  connection.onDidChangeWatchedFiles(async (e) => {
    for (const change of e.changes) if (!documents.get(change.uri)) await refresh(change.uri, undefined);
  });

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
    const root = doc && params.textDocument.uri.startsWith('file:') ? registerRootOf(fileURLToPath(params.textDocument.uri)) : undefined;
    if (!doc || !root) return [];
    return completions(doc, params.position, (await stateOf(root)).register, options.lang);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
