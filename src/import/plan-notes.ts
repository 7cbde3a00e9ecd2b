import type { ControllerCard } from './controller-card.js';
import { count } from '../i18n/plural.js';
import type { Heading } from './headers.js';
import type { ImportPlan } from './plan.js';
import type { Sheet } from './read-table.js';
import { said, type Said } from './said.js';

/** The lines of the import report that say how the sheet was read, in both languages (said.ts). */

/** How the file was read: conversion, encoding and separator, Excel errors, hidden lines. */
export function readingNotes(sheet: Sheet): Said[] {
  const notes: Said[] = [];
  if (sheet.via) notes.push(said(`Letto con ${sheet.via.it}.`, `Read with ${sheet.via.en}.`));
  if (sheet.encoding) {
    const tab = sheet.delimiter === '\t';
    const it = sheet.delimiter ? `, separatore ${tab ? 'tabulazione' : `"${sheet.delimiter}"`}` : '';
    const en = sheet.delimiter ? `, separator ${tab ? 'tab' : `"${sheet.delimiter}"`}` : '';
    notes.push(said(`Codifica ${sheet.encoding}${it}.`, `Encoding ${sheet.encoding}${en}.`));
  }
  for (const p of sheet.problems ?? []) notes.push(said(`Cella ${columnName(p.col)}${p.row}: errore di Excel ${p.text}, nessun valore letto (la cella resta alla lettera in importazione.originali; validate lo segnala dove resta).`, `Cell ${columnName(p.col)}${p.row}: Excel error ${p.text}, no value read (the cell stays verbatim in importazione.originali; validate reports it where it remains).`));
  const rows = sheet.hidden?.rows ?? [];
  if (rows.length === 1) notes.push(said(`Riga nascosta nel foglio, importata come le altre: ${rows[0]}. Verifica che sia un trattamento ancora in corso.`, `A hidden row of the sheet, imported like the others: ${rows[0]}. Check that it is an activity still carried out.`));
  if (rows.length > 1) notes.push(said(`Righe nascoste nel foglio, importate come le altre: ${rows.join(', ')}. Verifica che siano trattamenti ancora in corso.`, `Hidden rows of the sheet, imported like the others: ${rows.join(', ')}. Check that they are activities still carried out.`));
  const columns = (sheet.hidden?.columns ?? []).map(columnName);
  if (columns.length === 1) notes.push(said(`Colonna nascosta nel foglio, letta come le altre: ${columns[0]}.`, `A hidden column of the sheet, read like the others: ${columns[0]}.`));
  if (columns.length > 1) notes.push(said(`Colonne nascoste nel foglio, lette come le altre: ${columns.join(', ')}.`, `Hidden columns of the sheet, read like the others: ${columns.join(', ')}.`));
  return notes;
}

/** Where the heading is and how its columns map ("Intestazione alla riga 3: ..."). */
export function headingNote(heading: Heading, mapping: string | undefined): Said {
  const rows = heading.rows.map((r) => r + 1);
  const it = `${rows.length === 1 ? 'Intestazione alla riga' : 'Intestazione alle righe'} ${rows.join(' e ')}${mapping ? ` (con la mappa ${mapping})` : ''}`;
  const en = `${rows.length === 1 ? 'Heading on row' : 'Heading on rows'} ${rows.join(' and ')}${mapping ? ` (with the mapping ${mapping})` : ''}`;
  return said(`${it}: ${mappingText(heading)}.`, `${en}: ${mappingText(heading)}.`);
}

/**
 * The columns no field took ("TOMs", "Note del DPO"): their cells are in the records only as
 * `importazione.originali`, and validate cannot see them (a measures column missed becomes
 * "mancano le misure"), so the report names each, for the DPO to carry over or to map.
 */
export function unmappedNote(heading: Heading, vertical = false): Said | undefined {
  const named = heading.unmapped.filter((u) => u.label.trim());
  if (named.length === 0) return undefined;
  const list = (word: string) => named.map((u) => (vertical ? `"${oneLine(u.label)}"` : `"${oneLine(u.label)}" (${word} ${columnName(u.col + 1)})`)).join(', ');
  const it = vertical ? (named.length === 1 ? 'Etichetta non associata a nessun campo' : 'Etichette non associate a nessun campo') : named.length === 1 ? 'Colonna non associata a nessun campo' : 'Colonne non associate a nessun campo';
  const en = vertical ? (named.length === 1 ? 'A label matching no field' : 'Labels matching no field') : named.length === 1 ? 'A column matching no field' : 'Columns matching no field';
  return said(
    `${it}: ${list('colonna')}; i valori restano solo in importazione.originali: riportali nei campi delle schede o indica il campo con --mappa.`,
    `${en}: ${list('column')}; the values are only in importazione.originali: carry them over into the records' fields or give the field with --mappa.`,
  );
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function verticalNote(heading: Heading, records: number): Said {
  return said(
    `Schede verticali (etichetta | valore), ${count(records, 'trattamento', 'trattamenti')}: ${mappingText(heading)}.`,
    `Vertical records (label | value), ${count(records, 'processing activity', 'processing activities')}: ${mappingText(heading)}.`,
  );
}

export function anotherHeadingNote(row: number, heading: Heading): Said {
  return said(`Un'altra intestazione alla riga ${row}: ${mappingText(heading)}.`, `Another heading on row ${row}: ${mappingText(heading)}.`);
}

/** Rows read with their columns shifted from the heading's (a row pasted one cell to the right). */
export function shiftedNote(first: number, last: number, shifted: ReadonlyArray<[string, number]>): Said {
  const it = shifted.map(([campo, col]) => `${campo} -> colonna ${col + 1}`).join(', ');
  const en = shifted.map(([campo, col]) => `${campo} -> column ${col + 1}`).join(', ');
  // One row is "Riga 7", not "Righe 7-7".
  const [righe, rows] = first === last ? [`Riga ${first}`, `Row ${first}`] : [`Righe ${first}-${last}`, `Rows ${first}-${last}`];
  return said(`${righe}: colonne spostate rispetto all'intestazione (${it}).`, `${rows}: columns shifted from the heading (${en}).`);
}

/** The heading repeated on every printed page: those rows are skipped, and named. */
export function repeatedHeadingNote(lines: readonly number[]): Said {
  const list = lines.join(', ');
  return lines.length === 1
    ? said(`Riga ${list}: l'intestazione ripetuta (come nella stampa su più pagine), saltata.`, `Row ${list}: the heading repeated (as printed on several pages), skipped.`)
    : said(`Righe ${list}: l'intestazione ripetuta (come nella stampa su più pagine), saltate.`, `Rows ${list}: the heading repeated (as printed on several pages), skipped.`);
}

/** A row left out, and why. */
export function skippedNote(row: ImportPlan['skipped'][number]): Said {
  const why = {
    cella: said('una sola cella', 'a single cell'),
    totale: said('una riga di totali', 'a totals row'),
    sezione: said('titolo di sezione, usato come area dei trattamenti che seguono', 'a section title, used as the area of the activities below'),
    gruppo: said('titolo del gruppo di attività numerate sotto di esso, scritto prima del nome di ciascuna', 'title of the group of activities numbered under it, written before the name of each'),
    tabella: said(`un'altra tabella, fino alla riga ${row.until}`, `another table, up to row ${row.until}`),
    calce: row.until !== undefined ? said(`legenda o note in calce al registro, fino alla riga ${row.until}`, `legend or notes at the foot of the register, up to row ${row.until}`) : said('una nota, non un trattamento', 'a note, not a processing activity'),
  }[row.why];
  const text = row.text.replace(/\s+/g, ' ').slice(0, 160);
  return said(`Riga ${row.line} non importata (${why.it}): ${text}`, `Row ${row.line} not imported (${why.en}): ${text}`);
}

function mappingText(heading: Heading): string {
  const columns = [...heading.columns, ...(heading.joined ?? [])].sort((a, b) => a.col - b.col);
  return columns.map((c) => `${c.label.replace(/\s+/g, ' ')} -> ${c.campo}`).join('; ');
}

/** 1 -> A, 28 -> AB: how a spreadsheet user names a column. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A date of the title block that cannot be read: registro.yaml has the import's day in its place. */
export function unreadTitleDateNote(campo: 'creato' | 'aggiornato', text: string): Said {
  return said(
    `Intestazione: la data "${text}" (registro.${campo}) non si legge come data; in registro.yaml c'è la data di oggi, da correggere.`,
    `Title block: the date "${text}" (registro.${campo}) cannot be read as a date; registro.yaml has today's date in its place, to correct.`,
  );
}

/** "Dati del titolare letti sopra l'intestazione: denominazione (riga 4), indirizzo (riga 5), ...": where registro.yaml's facts came from. */
export function cardNote(card: ControllerCard, withName: boolean): Said | undefined {
  const read = Object.entries(card.rows).filter(([field]) => withName || field !== 'denominazione');
  // The name alone, read elsewhere too: nothing more to say.
  if (read.length === 0) return undefined;
  const it = read.map(([field, row]) => `${field} (riga ${row})`).join(', ');
  const en = read.map(([field, row]) => `${field} (row ${row})`).join(', ');
  return said(`Dati del titolare letti sopra l'intestazione, in registro.yaml: ${it}.`, `Controller's details read above the heading, in registro.yaml: ${en}.`);
}

/** registro.creato when the sheet gives only its last update: the register existed by then. */
export function creationFromUpdateNote(aggiornato: string): Said {
  return said(
    `Intestazione: il foglio non dice quando il registro è stato creato; registro.creato è la data di ultimo aggiornamento, ${aggiornato} (il registro esisteva almeno da allora): da verificare.`,
    `Title block: the sheet does not say when the register was created; registro.creato is its last update, ${aggiornato} (the register existed by then): to check.`,
  );
}
