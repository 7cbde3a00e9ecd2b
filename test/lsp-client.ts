import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN } from './helpers.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  data?: unknown;
}

/** An editor's side of `registro lsp`: spawns the server and speaks JSON-RPC over its stdio. */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters: Array<{ uri: string; test: (d: LspDiagnostic[]) => boolean; resolve: (d: LspDiagnostic[]) => void }> = [];
  /** Requests the server sent to the editor (client/registerCapability...), answered with null but for workspace/configuration. */
  readonly requests: Array<{ method: string; params: unknown }> = [];
  /** The editor's settings by section ("yaml"), as workspace/configuration answers them; null for any other. */
  readonly settings: Record<string, unknown> = {};
  /** What the server wrote to the editor's log (window/logMessage). */
  readonly log: string[] = [];

  /**
   * @param nodeArgs before the script, e.g. `--import` of a preload that moves the clock
   * @param env added to the server's environment (a preload's settings)
   * @param server the server's script and its first arguments: `registro lsp` unless another
   *   server (yaml-language-server) is driven the same way
   */
  constructor(cwd: string, args: string[] = [], nodeArgs: string[] = [], env: Record<string, string> = {}, server: string[] = [BIN, 'lsp']) {
    this.process = spawn(process.execPath, [...nodeArgs, ...server, ...args], { cwd, env: { ...process.env, REGISTRO_TODAY: '2026-12-03', ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) {
        if (w.uri === p.uri && w.test(p.diagnostics)) w.resolve(p.diagnostics);
        else this.waiters.push(w);
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.log.push(p.message));
    this.connection.onRequest((method: string, params: unknown) => {
      this.requests.push({ method, params });
      if (method === 'workspace/configuration') return (params as { items: Array<{ section?: string }> }).items.map((i) => this.settings[i.section ?? ''] ?? null);
      return null;
    });
    this.connection.listen();
  }

  async initialize(root: string, initializationOptions?: unknown, capabilities: Record<string, unknown> = {}, locale?: string): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities,
      initializationOptions,
      // The editor's language, as VS Code sends it (LSP 3.16).
      ...(locale ? { locale } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics published for the file that pass the test (or those already there). */
  diagnosticsFor(uri: string, test: (d: LspDiagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<LspDiagnostic[]> {
    const now = this.diagnostics.get(uri);
    if (now && test(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  /** The last diagnostics published for each file. */
  published(): ReadonlyMap<string, LspDiagnostic[]> {
    return this.diagnostics;
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /** Replaces the whole text (an editor may send ranges; the server takes both). */
  change(uri: string, version: number, text: string): Promise<void> {
    this.diagnostics.delete(uri);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Resolves with the exit code once the server process has ended. */
  exited(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }
}
