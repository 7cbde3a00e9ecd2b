// Italian words that registro must never write in an English output, and the check that finds them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { parseDocument, isScalar, visit } from 'yaml';

/**
 * Common Italian words that are not English words: articles, prepositions, conjunctions, the
 * words of registro's own sentences (scheda, titolare, errore) and of dates and durations. A
 * leak of an Italian sentence or label into an English output carries at least one of them.
 */
const ITALIAN = new Set(
  (
    'il lo gli una uno di del dello della delle dei degli dal dallo dalla dalle dai dagli al allo alla alle ai agli ' +
    'nel nello nella nelle nei negli sul sulla sulle sui tra fra con che non sono è più anche oppure ogni ' +
    'questo questa questi queste quale quali dove quando già senza tutti tutte deve devono manca mancano ' +
    'errore errori avviso avvisi pagina foglio scheda schede servizio titolare responsabile responsabili ' +
    'trattamento interessato interessati destinatario destinatari finalità conservazione informativa informative ' +
    'aggiornata aggiornato aggiornamento predefinito cartella valore valori campo campi riga colonna ' +
    'art artt lett considerando comma paragrafo decreto legge legislativo regolamento ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica anno anni mese mesi giorno giorni ore ' +
    'sì vero falso nessuno nessuna altro altri altre cui revisioni documento documenti convertito letto'
  ).split(' '),
);

/** Every scalar of every YAML file of a register: the register's own texts, codes and keys. */
export function registerTexts(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((name) => walk(join(path, name)));
    if (!/\.ya?ml$/.test(path)) return;
    visit(parseDocument(readFileSync(path, 'utf8')), {
      Scalar: (_, node) => void (isScalar(node) && node.value != null && out.push(String(node.value))),
    });
  };
  walk(dir);
  return out;
}

const spaced = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Citation words that are Italian only in lower case: "Art. 6" is English, "art. 6" Italian. */
const LOWER_ONLY = new Set(['art', 'artt', 'lett']);

/**
 * The Italian words of an English output, each with the text around it, after removing what
 * the user wrote (the register's own texts, whole words in any case and spacing, and anything
 * in quotes, as messages quote values and keys) and the given code words (keys, ids, commands).
 */
export function italianWords(output: string, ownTexts: readonly string[], codeWords: ReadonlySet<string> = new Set()): string[] {
  let text = spaced(output);
  // Longest first, so that a text containing a shorter one is removed whole.
  const own = [...new Set(ownTexts.map((t) => spaced(t).trim()))].filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
  for (const t of own) text = text.replace(new RegExp(`(?<![\\p{L}\\d])${escaped(t)}(?![\\p{L}\\d])`, 'giu'), ' ¶ ');
  text = text.replace(/"[^"\n]*"|“[^”]*”|`[^`]*`/g, ' ¶ ');
  // Options and folders are names to type, not words to read: --servizio, trattamenti/.
  text = text.replace(/--[\p{L}-]+|[\p{L}-]+\//gu, ' ¶ ');
  const found: string[] = [];
  // A rule id, a file name or a key (retention-per-category, scheda-vuota.yaml) is one word.
  for (const m of text.matchAll(/[\p{L}\d]+(?:['’_/.-][\p{L}\d]+)*/gu)) {
    const written = m[0].replace(/^\p{L}+['’](?=\p{L})/u, '');
    const word = LOWER_ONLY.has(written.toLowerCase()) ? written : written.toLowerCase();
    if (!ITALIAN.has(word) || codeWords.has(word)) continue;
    found.push(`${word}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…`);
  }
  // Italian quotation marks: English quotes a name with "…".
  for (const m of text.matchAll(/[«»]/g)) found.push(`${m[0]}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  return found;
}

/** The text of an HTML page as a reader or a screen reader gets it: its words and its labels. */
export function htmlText(html: string): string {
  const labels = [...html.matchAll(/\b(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const words = html.replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  return decodeEntities(`${words} ${labels}`);
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ' };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? all),
  );
}

/**
 * The words an English output may write in Italian because they are names to type: the keys and
 * closed values of the schemas (trasferimenti, presso-interessato) and the command names.
 */
export function codeWords(): Set<string> {
  const words = new Set(['registro', 'informativa', 'sito', 'storia', 'valida', 'esporta', 'importa', 'leggibilita', 'regole']);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') Object.keys(value).forEach((k) => words.add(k));
      if ((key === 'enum' || key === 'const') && value !== null) [value].flat().forEach((v) => words.add(String(v)));
      walk(value);
    }
  };
  const dir = join(ROOT, 'schemas');
  for (const name of readdirSync(dir)) if (name.endsWith('.schema.json')) words.add(name.replace('.schema.json', ''));
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  return words;
}
