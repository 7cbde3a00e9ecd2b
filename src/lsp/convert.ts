import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range as LspRange } from 'vscode-languageserver';
import type { LocalizedDiagnostic, Range } from '../diagnostics/types.js';
import { DOCS_DIR } from '../util/package-files.js';

/** What a quick fix needs to know about a diagnostic, carried in the LSP diagnostic's `data`. */
export interface DiagnosticData {
  messageId: string;
  params: Record<string, string | number>;
}

/** Our 1-based line:column (UTF-16 units) to the editor's 0-based position. */
export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const docsUrls = new Map<string, string | undefined>();

/** The rule's page in the docs shipped with the package, when there is one. */
export function docsUrl(ruleId: string): string | undefined {
  if (!docsUrls.has(ruleId)) {
    const page = join(DOCS_DIR, 'rules', `${ruleId}.md`);
    docsUrls.set(ruleId, /^[a-z0-9-]+$/.test(ruleId) && existsSync(page) ? pathToFileURL(page).href : undefined);
  }
  return docsUrls.get(ruleId);
}

/** One diagnostic as `validate` gives it, for the editor: same rule id, range and message. */
export function toLspDiagnostic(d: LocalizedDiagnostic): LspDiagnostic {
  const href = docsUrl(d.ruleId);
  const data: DiagnosticData = { messageId: d.messageId, params: d.params };
  return {
    range: toLspRange(d.range),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'registro',
    message: d.message,
    data,
  };
}
