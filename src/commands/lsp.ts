import type { LspOptions } from '../lsp/server.js';

/** `registro lsp`: the language server modules load only here, so other commands start as fast. */
export async function runLsp(options: LspOptions): Promise<void> {
  const { startServer } = await import('../lsp/server.js');
  startServer(options);
  // The connection keeps the process alive; it exits when the editor closes stdin or sends `exit`.
  await new Promise<never>(() => {});
}
