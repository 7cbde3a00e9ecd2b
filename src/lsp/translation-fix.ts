import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { Lang } from '../i18n/lang.js';
import type { DiagnosticData } from './convert.js';
import { lspWords } from './words.js';

/** How the fix reads a file of the register: the editor's unsaved text when it is open, else the disk's. */
export type TextOf = (uri: string) => string | undefined;

/**
 * For a text the English notice would show in Italian (notice-translation), an entry for it in
 * vocabolario.yaml's `traduzioni.en`, with the Italian text written out and the English left
 * empty: the schema then points at the one value still to type. vocabolario.yaml is created when
 * the register has none and the editor can create files through an edit (`canCreate`, from its
 * capabilities: one that cannot would fail to apply the fix, or drop the file). No fix where the
 * file cannot be read as a map (the validator says why) or holds the list in a form that an
 * insertion could break (a flow list `[...]`).
 */
export function translationFix(diagnostic: LspDiagnostic, root: string, textOf: TextOf, lang: Lang, canCreate: boolean): CodeAction | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  const text = data?.messageId === 'rule.noticeTranslation' ? data.params.full : undefined;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const path = ['vocabolario.yaml', 'vocabolario.yml'].map((name) => join(root, name)).find(existsSync) ?? join(root, 'vocabolario.yaml');
  const uri = pathToFileURL(path).href;
  const current = textOf(uri) ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  if (current === undefined && !canCreate) return undefined;
  const edit = current === undefined ? created(uri, text) : inserted(uri, current, text);
  if (!edit) return undefined;
  return { title: lspWords[lang].addTranslation, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit };
}

/** The entry as a list item at an indent; JSON's double quotes are YAML's too, and keep any text as it is. */
const entry = (indent: string, text: string) => `${indent}- it: ${JSON.stringify(text)}\n${indent}  en: \n`;

function created(uri: string, text: string): WorkspaceEdit {
  const start = { line: 0, character: 0 };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: `traduzioni:\n  en:\n${entry('    ', text)}` }] },
    ],
  };
}

function inserted(uri: string, source: string, text: string): WorkspaceEdit | undefined {
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) return undefined;
  const traduzioni = isMap(doc.contents) ? doc.contents.get('traduzioni', true) : undefined;
  const [at, newText] = traduzioni === undefined ? atEnd(source, `traduzioni:\n  en:\n${entry('    ', text)}`) : underTranslations(source, traduzioni, text) ?? [];
  if (at === undefined || newText === undefined) return undefined;
  const position = positionAt(source, at);
  // The file's own line ends: a file saved on Windows stays CRLF throughout.
  const lines = source.includes('\r\n') ? newText.replace(/\n/g, '\r\n') : newText;
  return { changes: { [uri]: [{ range: { start: position, end: position }, newText: lines }] } };
}

/** Where to write under `traduzioni:`: after the last English entry, or a new `en:` list. */
function underTranslations(source: string, traduzioni: unknown, text: string): [number, string] | undefined {
  if (!isMap(traduzioni) || traduzioni.flow) return undefined;
  const en = (traduzioni as YAMLMap).get('en', true);
  if (en === undefined || en === null) {
    const indent = ' '.repeat(columnOf(source, traduzioni.range![0]));
    return atEnd(source, `${indent}en:\n${entry(`${indent}  `, text)}`, traduzioni.range![1]);
  }
  if (!isSeq(en) || en.flow || en.items.length === 0) return undefined;
  const indent = ' '.repeat(columnOf(source, en.range![0]));
  return atEnd(source, entry(indent, text), en.range![1]);
}

/** An insertion at the start of the line after `end` (or at the end of the text), on a line of its own. */
function atEnd(source: string, newText: string, end = source.length): [number, string] {
  const lineEnd = source.indexOf('\n', Math.max(0, end - 1));
  if (lineEnd === -1) return [source.length, `${source.length > 0 ? '\n' : ''}${newText}`];
  return [lineEnd + 1, newText];
}

const columnOf = (source: string, offset: number) => offset - (source.lastIndexOf('\n', offset - 1) + 1);

function positionAt(source: string, offset: number): { line: number; character: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
