import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { completions } from './completion.js';
import { ruleHover } from './hover.js';
import { pathOfUri, registerRootOfFile } from './paths.js';
import { quickFixes } from './quick-fixes.js';
import { translationFix } from './translation-fix.js';
import type { Registers } from './registers.js';

/** The editor's questions about an open document: quick fixes, rule hovers, completion. */
export function answerRequests(connection: Connection, documents: TextDocuments<TextDocument>, registers: Registers, lang: () => Lang, client: () => ClientCapabilities): void {
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const path = pathOfUri(params.textDocument.uri);
    const root = doc && path ? registerRootOfFile(path) : undefined;
    if (!doc) return [];
    const translations = root ? params.context.diagnostics.flatMap((d) => translationFix(d, root, (uri) => documents.get(uri)?.getText(), lang(), canCreateFiles(client())) ?? []) : [];
    return [...quickFixes(doc, params.context.diagnostics, lang()), ...translations];
  });
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? ruleHover(doc, params.position, lang()) : null;
  });
  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const path = pathOfUri(params.textDocument.uri);
    const root = doc && path ? registerRootOfFile(path) : undefined;
    if (!doc || !root) return [];
    return completions(doc, params.position, (await registers.of(root)).register, lang());
  });
}

/** Whether the editor applies an edit that creates a file (LSP 3.13 resource operations, in documentChanges). */
function canCreateFiles(capabilities: ClientCapabilities): boolean {
  const edits = capabilities.workspace?.workspaceEdit;
  return edits?.documentChanges === true && (edits.resourceOperations ?? []).includes('create');
}
