import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sortDiagnostics } from '../formatters/report.js';
import type { Lang } from '../i18n/lang.js';
import { localize } from '../i18n/localize.js';
import { today } from '../util/today.js';
import { toLspDiagnostic } from './convert.js';
import { pathOfUri, registerRootOfFile } from './paths.js';
import type { RegisterState } from './register-state.js';
import { isShown } from './shown.js';

/** Sends each file's diagnostics to the editor, only those that changed since the last time. */
export class Publisher {
  private readonly published = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: { lang: () => Lang; schema: () => boolean },
  ) {}

  /** Publishes what changed for every file of the register (always for `edited`). Today is read now, at each run. */
  publish(state: RegisterState, edited?: string): void {
    const byPath = state.diagnose(today());
    this.clearGone(state, byPath);
    for (const [path, found] of byPath) {
      const uri = pathToFileURL(path).href;
      const shown = found.filter((d) => isShown(d, this.options.schema(), () => this.textOf(uri, path)));
      const diagnostics = sortDiagnostics(localize(shown, this.options.lang())).map(toLspDiagnostic);
      const key = JSON.stringify(diagnostics);
      if (uri !== edited && (this.published.get(uri) ?? '[]') === key) continue;
      this.published.set(uri, key);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** A file gone from the register (deleted, renamed, closed unsaved) keeps no stale diagnostics. */
  private clearGone(state: RegisterState, byPath: ReadonlyMap<string, unknown>): void {
    for (const [uri, key] of this.published) {
      const path = pathOfUri(uri);
      if (key === '[]' || !path || byPath.has(path) || registerRootOfFile(path) !== state.root) continue;
      this.published.set(uri, '[]');
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private textOf(uri: string, path: string): string | undefined {
    const open = this.documents.get(uri);
    if (open) return open.getText();
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }
}
