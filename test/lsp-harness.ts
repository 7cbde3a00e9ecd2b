import { afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { registerWith, registro, remove } from './helpers.js';
import { LspClient, type LspDiagnostic } from './lsp-client.js';

/** Full range, rule and message, as an editor shows them (1-based, as validate prints them). */
export const fully = (list: readonly LspDiagnostic[]) =>
  list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`).sort();

/** The same from one run of `registro validate --format json`, for any file of the register. */
export function validatedFiles(dir: string, env: Record<string, string> = {}): (file: string) => string[] {
  const run = registro(['validate', '.', '--format', 'json'], { cwd: dir, env });
  const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; suppressed?: unknown }> };
  return (file) => report.diagnostics.filter((d) => d.file === file && !d.suppressed).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`).sort();
}

/** The same, for one file. */
export function validated(dir: string, file: string, env: Record<string, string> = {}): string[] {
  return validatedFiles(dir, env)(file);
}

export const uriOf = (dir: string, rel: string) => pathToFileURL(join(dir, rel)).href;

/** Resolves once the server has handled everything sent before: the diagnostics of those messages are published by then. */
export async function settled(client: LspClient, uri: string): Promise<void> {
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
}

export interface StartOptions {
  args?: string[];
  nodeArgs?: string[];
  capabilities?: Record<string, unknown>;
  env?: Record<string, string>;
  /** The editor's language, sent in initialize. */
  locale?: string;
}

/** Servers started by a test, stopped after it, and the folders it made, removed. */
export function lspSessions() {
  const clients: LspClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) {
      c.process.stdin?.end();
      await c.exited();
    }
    dirs.splice(0).forEach(remove);
  });
  return {
    dirs,
    /** A copy of a register in a temporary folder, removed after the test. */
    copy(from: string, files: Record<string, string | Buffer> = {}) {
      const dir = registerWith(files, from);
      dirs.push(dir);
      return dir;
    },
    async start(dir: string, options: StartOptions = {}) {
      const client = new LspClient(dir, options.args, options.nodeArgs, options.env);
      clients.push(client);
      await client.initialize(dir, undefined, options.capabilities, options.locale);
      return client;
    },
    /** Opens a file of the register with its text on disk (or the given one). */
    async open(client: LspClient, dir: string, rel: string, text = readFileSync(join(dir, rel), 'utf8')) {
      const uri = uriOf(dir, rel);
      await client.open(uri, text);
      return uri;
    },
  };
}
