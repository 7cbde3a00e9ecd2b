import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { ALL_CHECKS } from '../rules/index.js';
import { docsUrl } from './convert.js';
import { lspWords } from './words.js';

/** The word of kebab-case letters under the cursor, with its range on the line. */
export function wordAt(doc: TextDocument, position: Position): { word: string; start: number; end: number } | undefined {
  const line = doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  const isWord = (c: string | undefined) => c !== undefined && /[a-z0-9._-]/i.test(c);
  let start = position.character;
  let end = position.character;
  while (isWord(line[start - 1])) start--;
  while (isWord(line[end])) end++;
  return end > start ? { word: line.slice(start, end), start, end } : undefined;
}

/** A rule id under the cursor (in `eccezioni`, `opzioni.regole`, a comment): its title and docs page. */
export function ruleHover(doc: TextDocument, position: Position, lang: Lang): Hover | null {
  const at = wordAt(doc, position);
  const check = at && ALL_CHECKS.find((c) => c.id === at.word);
  if (!at || !check) return null;
  const words = lspWords[lang];
  const head = [`**${check.id}**: ${check.title[lang]} (${words.severity[check.severity]})`];
  if (check.reference) head.push(`${words.reference}: ${check.reference}`);
  const url = docsUrl(check.id);
  // The page itself, without its title line (already said above).
  const page = url ? readFileSync(fileURLToPath(url), 'utf8').replace(/^# .*\n+/, '') : '';
  return {
    contents: { kind: MarkupKind.Markdown, value: [...head, page, url ? `[docs/rules/${check.id}.md](${url})` : ''].filter(Boolean).join('\n\n') },
    range: { start: { line: position.line, character: at.start }, end: { line: position.line, character: at.end } },
  };
}
