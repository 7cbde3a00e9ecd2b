import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { VocabName } from '../vocab/vocabulary.js';
import { lspWords } from './words.js';

/** Which list a key's values come from; `categoria` depends on the key above it. */
const VOCAB_OF_KEY: Record<string, VocabName> = { interessati: 'interessati', dati: 'dati', operazioni: 'operazioni', misure: 'misure', categorie: 'dati' };
const VOCAB_OF_CATEGORY: Record<string, VocabName> = { dati_particolari: 'dati', destinatari: 'destinatari' };
const PARTY_KEYS = new Set(['soggetto', 'titolare', 'per_conto_di', 'destinatario', 'responsabile']);

/**
 * The key whose value the cursor is writing: `key: |`, `key: [a, |`, a list item below `key:`.
 * Returns the key and the key of the block that holds it (for `categoria`).
 */
export function keyAt(doc: TextDocument, position: Position): { key: string; parent: string | undefined } | undefined {
  const lines = doc.getText().split('\n');
  if (position.line >= lines.length || inBlockScalar(lines, position.line)) return undefined;
  const before = (lines[position.line] ?? '').slice(0, position.character);
  /** The nearest key above whose name starts left of `column` (siblings in a list item skipped). */
  const keyAbove = (from: number, column: number): { key: string; line: number; column: number } | undefined => {
    for (let i = from; i >= 0; i--) {
      const m = /^(\s*)(-\s+)?([a-z_]+):/.exec(lines[i]!);
      if (!m) continue;
      const keyColumn = m[1]!.length + (m[2]?.length ?? 0);
      if (keyColumn < column) return { key: m[3]!, line: i, column: keyColumn };
    }
    return undefined;
  };
  const inline = /^(\s*(?:-\s+)?)([a-z_]+):\s*(?:\[[^\]]*)?[a-z0-9-]*$/.exec(before);
  if (inline) return { key: inline[2]!, parent: keyAbove(position.line - 1, inline[1]!.length)?.key };
  const item = /^(\s*)-\s+[a-z0-9-]*$/.exec(before);
  if (!item) return undefined;
  // A list may stand at the indentation of its key (`dati:` then `- x`).
  const above = keyAbove(position.line - 1, item[1]!.length + 1);
  return above && { key: above.key, parent: keyAbove(above.line - 1, above.column)?.key };
}

/** A block scalar's header: `key: |`, `- >-`, with a comment after it or not. */
const BLOCK_HEADER = /(?::|^\s*-)\s+[|>][0-9+-]*\s*(?:#.*)?$/;

/**
 * Whether the line is text of a block scalar (`descrizione: |`): the nearest line above it
 * with less indentation is the header, or itself such text. There `interessati:` is prose.
 */
function inBlockScalar(lines: readonly string[], line: number): boolean {
  const indent = indentOf(lines[line] ?? '');
  for (let i = line - 1; i >= 0; i--) {
    if (lines[i]!.trim() === '' || indentOf(lines[i]!) >= indent) continue;
    return BLOCK_HEADER.test(lines[i]!.replace(/\r$/, '')) || inBlockScalar(lines, i);
  }
  return false;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Vocabulary terms and party or activity ids for the value under the cursor, with Italian labels. */
export function completions(doc: TextDocument, position: Position, register: Register | undefined, lang: Lang): CompletionItem[] {
  const at = keyAt(doc, position);
  if (!at || !register) return [];
  const vocab = at.key === 'categoria' ? (at.parent ? VOCAB_OF_CATEGORY[at.parent] : undefined) : VOCAB_OF_KEY[at.key];
  if (vocab) {
    return register.vocabulary.all(vocab).map((t, i) => ({
      label: t.id,
      kind: CompletionItemKind.EnumMember,
      detail: lang === 'en' ? (t.en ?? t.it) : t.it,
      documentation: `${vocab}: ${lang === 'en' ? (t.en ?? t.it) : t.it}`,
      sortText: String(i).padStart(4, '0'),
    }));
  }
  if (PARTY_KEYS.has(at.key)) {
    return register.parties.map((p) => ({
      label: p.id,
      kind: CompletionItemKind.Reference,
      detail: p.data?.denominazione ?? lspWords[lang].party,
      documentation: p.data?.ruolo ? `${lspWords[lang].party}: ${p.data.ruolo}` : undefined,
    }));
  }
  if (at.key === 'trattamenti') {
    return register.trattamenti.map((t) => ({ label: t.id, kind: CompletionItemKind.Reference, detail: t.data.denominazione ?? lspWords[lang].activity }));
  }
  return [];
}
