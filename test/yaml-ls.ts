import { afterEach } from 'vitest';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerWith, remove, ROOT } from './helpers.js';
import { LspClient } from './lsp-client.js';

/**
 * The schemas as the DPO meets them in the editor: yaml-language-server (the server of the VS
 * Code YAML extension, of Neovim's and Helix's YAML support), driven over stdio as they drive it.
 */
export const YAML_LANGUAGE_SERVER = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
export const MODELINE = `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, 'schemas/trattamento.schema.json')).href}\n`;

/** What VS Code and Neovim declare: completion documentation in Markdown. */
const EDITOR = { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } };

/** Servers a test started and the folders it made: stopped and removed after it. */
export function editorSessions() {
  const clients: LspClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) {
      client.process.stdin?.end();
      client.process.kill();
      await client.exited();
    }
    dirs.splice(0).forEach(remove);
  });
  return {
    clients,
    dirs,
    /** A server over stdio on the folder: yaml-language-server unless another is named; `settings` are the editor's, by section. */
    async start(dir: string, server: string[] = [YAML_LANGUAGE_SERVER], args = ['--stdio'], initializationOptions?: unknown, settings: Record<string, unknown> = {}): Promise<LspClient> {
      const client = new LspClient(dir, args, [], {}, server);
      Object.assign(client.settings, settings);
      clients.push(client);
      await client.initialize(dir, initializationOptions, EDITOR);
      return client;
    },
    /** A record of the minimal register with this text, opened in yaml-language-server (started with these options). */
    async open(text: string, initializationOptions?: unknown): Promise<{ client: LspClient; uri: string }> {
      const dir = registerWith();
      dirs.push(dir);
      const file = join(dir, 'trattamenti/mensa.yaml');
      writeFileSync(file, text);
      const client = await this.start(dir, undefined, undefined, initializationOptions);
      const uri = pathToFileURL(file).href;
      await client.open(uri, text);
      return { client, uri };
    },
  };
}
