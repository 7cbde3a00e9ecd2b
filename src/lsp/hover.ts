import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { ALL_CHECKS } from '../rules/index.js';
import { docsUrl } from './convert.js';
import { englishReference } from '../i18n/reference-en.js';
import { ruleIdAt } from './rule-id-at.js';
import { lspWords } from './words.js';

type Check = (typeof ALL_CHECKS)[number];

/** A rule id under the cursor, in `eccezioni` or `opzioni.regole` only: its title and docs page. */
export function ruleHover(doc: TextDocument, position: Position, lang: Lang): Hover | null {
  const at = ruleIdAt(doc.getText(), doc.offsetAt(position));
  const check = at && ALL_CHECKS.find((c) => c.id === at.value);
  if (!at || !check) return null;
  const url = docsUrl(check.id);
  const parts = lang === 'en' ? english(check) : italian(check, url);
  if (url) parts.push(`[docs/rules/${check.id}.md](${url})`);
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: doc.positionAt(at.start), end: doc.positionAt(at.end) },
  };
}

/** Title and severity, then the page itself without its title line (it says the reference). */
function italian(check: Check, url: string | undefined): string[] {
  const words = lspWords.it;
  const head = `**${check.id}**: ${check.title.it} (${words.severity[check.severity]})`;
  const page = url ? readFileSync(fileURLToPath(url), 'utf8').replace(/^# .*\n+/, '').trim() : '';
  if (page) return [head, page];
  return check.reference ? [head, `${words.reference}: ${check.reference}`] : [head];
}

/** The pages are in Italian: in English the hover says only what it can say in English, and links the page. */
function english(check: Check): string[] {
  const words = lspWords.en;
  const head = `**${check.id}**: ${check.title.en} (${words.severity[check.severity]})`;
  return check.reference ? [head, `${words.reference}: ${englishReference(check.reference)}`] : [head];
}
