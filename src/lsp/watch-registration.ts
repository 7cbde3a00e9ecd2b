import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';

/** What the server reads from disk: the register's YAML files and the notice templates the rules render. */
export const WATCHED_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.hbs'];

/**
 * Asks the client to send file events for those files. Clients that watch only what a server
 * registers (Neovim 0.10 and later, Helix) would otherwise never report a change made outside the
 * editor (git checkout, a script); the others watch on their own and declare no dynamic registration.
 */
export function registerFileWatchers(connection: Connection, capabilities: ClientCapabilities): void {
  if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) }).catch((error: unknown) => {
    // A client that refuses leaves the server working as before, without external changes.
    connection.console.warn(`registro: file watchers not registered (${error instanceof Error ? error.message : String(error)})`);
  });
}
