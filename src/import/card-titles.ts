import { fieldsOf } from './score.js';
import { readableName } from './names.js';
import { said } from './said.js';
import type { ImportedRecord } from './record.js';

/** The numbering before a card's title: "Scheda n. 1 -", "Trattamento n. 3:", "Attività 2)", "4.", "1.2 -". */
const NUMBERING = /^\s*(?:(?:scheda|trattamento|attivit[aà]|processing activity|activity|record)\s*(?:n\.|nr\.|n°|num\.|no\.)?\s*\d+[a-z]?|\d+(?:\.\d+)*[.)]?)\s*(?:[-–—:.)]\s*)?/iu;
/** A title longer than this is a sentence (a note), not the name of the activity below it. */
const TITLE_MAX = 120;

/** A title above a card: as written, without its numbering, its row (0-based), and whether it was numbered. */
export interface CardTitle {
  written: string;
  name: string;
  index: number;
  numbered: boolean;
}

/**
 * The title written above a card, in the document and not in its table ("Scheda n. 1 - Gestione
 * carriera scolastica degli alunni" as a heading before the table): the nearest one-cell row
 * above its first label, back to the previous card, past blank rows and the table's own "Campo |
 * Valore" row. Its numbering is not part of the name; a title of numbering alone names nothing.
 */
export function cardTitle(rows: readonly string[][], firstLabel: number): CardTitle | undefined {
  for (let i = firstLabel - 1; i >= 0; i--) {
    const cells = (rows[i] ?? []).filter((c) => c.trim());
    if (cells.length === 0) continue;
    // The previous card's last label ends the search: what lies above it is that card's.
    if (cells.length >= 2 && fieldsOf(cells[0]!).length > 0) return undefined;
    if (cells.length >= 2) continue;
    const written = cells[0]!.replace(/\s+/g, ' ').trim();
    const name = written.replace(NUMBERING, '').trim();
    if (!name || name.length > TITLE_MAX) return undefined;
    return { written, name, index: i, numbered: name !== written };
  }
  return undefined;
}

/**
 * A card with no name label, named by its title above instead of its purpose; the report says
 * where the name comes from, and the title as written.
 */
export function namedByTitle(record: ImportedRecord, title: CardTitle | undefined): ImportedRecord {
  const entry = record.report.find((r) => r.campo === 'denominazione');
  if (!title || !entry) return record;
  record.name = title.name;
  record.data.denominazione = readableName(title.name);
  entry.value = said(`dal titolo sopra la scheda: "${title.written}"`, `from the title above the card: "${title.written}"`);
  return record;
}

/**
 * The titles that name the cards: a numbered one always; one without numbering only when every
 * card of two or more has one, the document's pattern (a lone line above a lone card may be
 * the document's title, or a date).
 */
export function cardTitles(rows: readonly string[][], firstLabels: readonly number[]): Array<CardTitle | undefined> {
  const found = firstLabels.map((line) => cardTitle(rows, line));
  const names = found.map((t) => t?.name.toLowerCase());
  const pattern = found.length >= 2 && found.every((t) => t && looksLikeAName(t.name)) && new Set(names).size === names.length;
  return found.map((t) => (t && (t.numbered || pattern) ? t : undefined));
}

/** A line that says something else: a labelled value ("Revisione: 2024"), a date, a sentence. */
function looksLikeAName(text: string): boolean {
  return text.length <= 80 && !/[:;]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\.\s+\p{Lu}/u.test(text);
}
