import { readableName } from './names.js';
import { said } from './said.js';
import type { ImportedRecord } from './record.js';

/** "1", "2.", "3.1": the number of a row; its sub-activities add ".1", ".2". */
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;

/** A numbered row that only names a group of sub-activities ("1 | Protocollo informatico" over "1.1", "1.2"). */
export interface ActivityGroup {
  number: string;
  name: string;
  line: number;
}

/**
 * A row with a number and a name and nothing else, followed by rows numbered under it ("1.1",
 * "1.2"), titles a group: it is no activity of its own (imported, it would be a card with no
 * purpose, no basis, no data, and validate would ask for all of them). Its name goes before the
 * name of each sub-activity, which would otherwise lose what it belongs to.
 */
export function groupTitle(rows: readonly string[][], index: number, columns: ReadonlyMap<string, number>, line: number): ActivityGroup | undefined {
  const numero = columns.get('numero');
  const name = columns.get('denominazione');
  if (numero === undefined || name === undefined) return undefined;
  const row = rows[index]!;
  const number = NUMBER.exec((row[numero] ?? '').trim())?.[1];
  const filled = row.filter((c) => c.trim()).length;
  if (!number || !(row[name] ?? '').trim() || filled !== 2) return undefined;
  const next = rows.slice(index + 1).find((r) => r.some((c) => c.trim()));
  return next && isUnder((next[numero] ?? '').trim(), number) ? { number, name: (row[name] ?? '').trim(), line } : undefined;
}

/** Whether a row's number is one of the group's: "1.2" under "1", not "11" nor "2.1". */
export function inGroup(row: readonly string[], columns: ReadonlyMap<string, number>, group: ActivityGroup | undefined): boolean {
  const numero = columns.get('numero');
  return group !== undefined && numero !== undefined && isUnder((row[numero] ?? '').trim(), group.number);
}

function isUnder(number: string, group: string): boolean {
  return number.startsWith(`${group}.`) && /^\d/.test(number.slice(group.length + 1));
}

/** The sub-activity named with its group first: "Protocollo informatico - Registrazione posta in arrivo". */
export function namedInGroup(record: ImportedRecord, group: ActivityGroup): ImportedRecord {
  const title = readableName(group.name);
  record.data.denominazione = `${title} - ${record.data.denominazione}`;
  record.name = `${title} ${record.name}`;
  record.report.push({
    campo: 'denominazione',
    fate: 'dedotto',
    value: said(`preceduto dal titolo del gruppo ${group.number} "${group.name}" (riga ${group.line})`, `preceded by the title of group ${group.number} "${group.name}" (row ${group.line})`),
  });
  return record;
}
