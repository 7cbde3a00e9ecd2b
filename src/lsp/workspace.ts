import type { FileEvent, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { today } from '../util/today.js';
import { pathOfUri, registerRootOfFile } from './paths.js';
import type { Publisher } from './publisher.js';
import type { RegisterState } from './register-state.js';
import type { Registers } from './registers.js';

/**
 * What the server does when something changes: an edit, a file on disk, the day, git's HEAD. Each register
 * touched is diagnosed again and what changed is published.
 */
export class Workspace {
  constructor(
    private readonly registers: Registers,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publisher: Publisher,
    private readonly logError: (message: string) => void,
  ) {}

  /** Re-checks one file from the editor's text (or from disk, once closed), then its register. */
  refresh(uri: string, text: string | undefined): Promise<void> {
    return this.guarded(async () => {
      const path = pathOfUri(uri);
      const root = path && registerRootOfFile(path);
      if (!path || !root) return;
      const state = await this.registers.of(root);
      state.update(path, text);
      this.publisher.publish(state, uri);
    });
  }

  /** Changes on disk (git checkout, a script, a save): each register touched is read from git and diagnosed once. */
  onDisk(changes: readonly FileEvent[]): Promise<void> {
    return this.guarded(async () => {
      for (const state of await this.touched(changes)) {
        state.rereadHistory(today());
        this.publisher.publish(state);
      }
    });
  }

  /** Everything again, as at the start: a new day changes the date-based findings of every file. */
  republishAll(): Promise<void> {
    return this.guarded(async () => {
      for (const state of await this.registers.all()) this.publisher.publish(state);
    });
  }

  /** The registers whose git history moved with HEAD (a commit, checkout or reset made outside the editor), published again. */
  followHeads(): Promise<void> {
    return this.guarded(async () => {
      for (const state of await this.registers.all()) if (state.followHead(today())) this.publisher.publish(state);
    });
  }

  /**
   * The registers whose files changed on disk (re-read now). An open document saved keeps the
   * editor's text, and the file's encoding on disk, which the save may have changed, is read again.
   */
  private async touched(changes: readonly FileEvent[]): Promise<Set<RegisterState>> {
    const changed = new Set<RegisterState>();
    for (const change of changes) {
      const path = pathOfUri(change.uri);
      if (!path) continue;
      // A notice template is read by the rules of the register around it; a YAML file is the register's own.
      if (path.endsWith('.hbs')) {
        for (const state of await this.registers.around(path)) changed.add(state);
        continue;
      }
      for (const state of await this.registers.holding(path)) {
        // An open document keeps the editor's text; saved with another encoding (UTF-16 to
        // UTF-8), that same text is now a file validate reads.
        state.update(path, this.documents.get(change.uri)?.getText());
        changed.add(state);
      }
    }
    return changed;
  }

  /** A fault of ours must not end the editor's session: it goes to the client's log. */
  private async guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logError(`registro: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
