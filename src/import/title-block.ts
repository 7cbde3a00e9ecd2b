import labels from './data/intestazione.json' with { type: 'json' };
import { parseDate, parsePartialDate } from './dates.js';
import { escapeRegExp as escape, plainText as plain } from '../text/plain.js';
import { readControllerCard, type ControllerCard } from './controller-card.js';

/** What the title block above the heading says of the register itself (art. 30, par. 1, lett. a). */
export interface TitleBlock {
  rpd?: { nome?: string; email?: string };
  /** The controller's card (name, address, contacts, one label a row), as the Garante's model for small businesses writes it. */
  card?: ControllerCard;
  creato?: string;
  aggiornato?: string;
  /** Dates the block labels but that cannot be read, as written: the report names them. */
  unread: Array<{ campo: 'creato' | 'aggiornato'; text: string }>;
}

/** A label at the start of a cell, then ":" or "=" (or nothing but the value in the next cell). */
const label = (words: readonly string[]) => new RegExp(`^\\s*(?:${words.map(escape).join('|')})(?![a-z])\\s*(?:[:=]\\s*|$)`, 'i');
/** "DPO incaricato:", "RPD designato:": the label with a word of its appointment before the colon. */
const QUALIFIED = (words: readonly string[]) => `(?:${words.map(escape).join('|')})(?![a-z])(?:\\s+(?:${labels.rpd_qualifiche.map(escape).join('|')}))?`;
const RPD = new RegExp(`^\\s*${QUALIFIED(labels.rpd)}\\s*(?:[:=]\\s*|$)`, 'i');
/** The DPO after another fact of the same line, with its colon: "Titolare: X S.r.l. - DPO: Jane Smith (dpo@x.it)". */
const RPD_AFTER = new RegExp(`(?:\\s[-–—|]\\s|[;|])\\s*${QUALIFIED(labels.rpd)}\\s*[:=]\\s*(\\S.*)$`, 'i');
const CREATED = label(labels.creato);
const UPDATED = label(labels.aggiornato);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/**
 * The same labels with their date and no colon, alone ("Aggiornato al 30/06/2025") or inside a
 * title after a dash, a comma or a bracket ("Registro dei trattamenti - aggiornato al 30/06/2025").
 */
const inTitle = (words: readonly string[]) => new RegExp(`(?:^|\\s[-–—]\\s|[(,;|])\\s*(?:${words.map(escape).join('|')})(?![a-z])\\s*[:=]?\\s*([^()]+?)\\)?\\s*$`, 'i');
const CREATED_IN_TITLE = inTitle(labels.creato);
const UPDATED_IN_TITLE = inTitle(labels.aggiornato);

/**
 * The DPO's name and e-mail and the register's dates from the rows above the heading
 * (data/intestazione.json): "Responsabile della protezione dei dati: Avv. Mario Bianchi,
 * rpd@comune.it", "Data di creazione: 24/05/2018", or the label in one cell and the value in
 * the next; a month or a year alone ("marzo 2021", "dal 2018") is its first day. A date that cannot be read is not
 * taken (registro.yaml gets the import's day) and is kept in `unread` for the report.
 */
export function readTitleBlock(rows: readonly string[][]): TitleBlock {
  const block: TitleBlock = { unread: [] };
  for (const row of rows) {
    row.forEach((cell, col) => {
      const value = (re: RegExp) => labelled(cell, row, col, re);
      const rpd = value(RPD) ?? after(cell, RPD_AFTER);
      if (rpd && !block.rpd) block.rpd = person(rpd);
      for (const [key, re, titled] of [['creato', CREATED, CREATED_IN_TITLE], ['aggiornato', UPDATED, UPDATED_IN_TITLE]] as const) {
        if (block[key]) continue;
        const date = value(re);
        if (date) {
          const iso = readDate(date);
          if (iso) block[key] = iso;
          else block.unread.push({ campo: key, text: date });
          continue;
        }
        // Inside a title only a date that reads is taken: the words may mean something else there.
        const inside = titled.exec(plain(cell.split('\n')[0]!.normalize('NFC')))?.[1];
        const iso = inside ? readDate(inside) : undefined;
        if (iso) block[key] = iso;
      }
    });
  }
  const card = readControllerCard(rows);
  if (!block.rpd && (card.rpd.nome || card.rpd.email)) block.rpd = card.rpd;
  if (Object.keys(card.titolare).length > 0) block.card = card;
  return block;
}

function readDate(text: string): string | undefined {
  return parseDate(text) ?? parsePartialDate(text)?.iso;
}

/** The value after a label: the rest of the cell, or the next filled cell of the row. */
function labelled(cell: string, row: readonly string[], col: number, re: RegExp): string | undefined {
  const line = cell.split('\n')[0]!.normalize('NFC').trim();
  const m = re.exec(plain(line));
  if (!m) return undefined;
  const rest = line.slice(m[0].length).trim();
  return rest || row.slice(col + 1).find((c) => c.trim())?.trim();
}

/** What follows a label met inside the cell's first line, as written (the match is made without accents, same length). */
function after(cell: string, re: RegExp): string | undefined {
  const line = cell.split('\n')[0]!.normalize('NFC').trim();
  const m = re.exec(plain(line));
  return m ? line.slice(line.length - m[1]!.length).trim() : undefined;
}

/** "Avv. Mario Bianchi, rpd@comune.it": the name before the contacts, and the e-mail. */
function person(text: string): TitleBlock['rpd'] {
  const email = EMAIL.exec(text)?.[0];
  const nome = text.replace(EMAIL, '').split(/\s*(?:[,;(]|\s[-–|]\s|\be-?mail\b|\bpec\b|\btel\b)/i)[0]!.trim();
  return { ...(nome ? { nome } : {}), ...(email ? { email } : {}) };
}
