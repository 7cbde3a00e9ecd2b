import { join } from 'node:path';
import type { ExportSettings } from '../table/data-sheet.js';
import { DATA_SHEET } from '../table/data-sheet.js';
import { isLang } from '../i18n/lang.js';
import { buildRegister, type Register } from '../register/model.js';
import { PositionIndex } from '../register/positions.js';
import type { SourceFile } from '../register/source-file.js';
import { checkSchema } from '../schema/check-file.js';
import { UsageError } from '../util/errors.js';
import { RECORD_KINDS, recordFile, where, type Origin, type RecordKind } from './record-paths.js';

/** One file of the register as the hidden data sheet carries it (see table/data-sheet.ts). */
export interface EmbeddedFile {
  kind: RecordKind;
  id: string;
  data: Record<string, unknown>;
  /** Its file, relative to the output folder, from a checked id. */
  rel: string;
  origin: Origin;
}

export interface Embedded {
  settings: ExportSettings;
  files: EmbeddedFile[];
}

/**
 * Reads the hidden data sheet. Everything is checked before anything is written: each row's
 * JSON must be an object, each record's id must be a valid id and appear once.
 */
export function readEmbedded(rows: readonly string[][], file: string, sheet = DATA_SHEET.it): Embedded {
  let settings: ExportSettings = { colonne: [], lingua: 'it' };
  const files: EmbeddedFile[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const [kind = '', id = '', ...chunks] = row;
    const origin: Origin = { file, sheet, row: i + 1 };
    if (i === 0 || kind === '') return; // the header row, or an empty one
    if (kind === 'esportazione') settings = readSettings(parseJson(chunks, origin));
    // Workbooks written before the language and area were recorded: Italian, no filter.
    else if (kind === 'colonne') settings = readSettings({ colonne: parseJson(chunks, origin) });
    else if ((RECORD_KINDS as string[]).includes(kind)) {
      const rel = recordFile(kind as RecordKind, id, origin);
      const first = seen.get(rel);
      if (first !== undefined) throw new UsageError('usage.duplicateImportId', { id: rel, line: first, ...where(origin) });
      seen.set(rel, i + 1);
      const data = parseJson(chunks, origin);
      if (!isObject(data)) throw new UsageError('usage.badDataSheet', where(origin));
      files.push({ kind: kind as RecordKind, id, data, rel, origin });
    }
  });
  return { settings, files };
}

function parseJson(chunks: readonly string[], origin: Origin): unknown {
  try {
    return JSON.parse(chunks.join(''));
  } catch {
    throw new UsageError('usage.badDataSheet', where(origin));
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How the visible table was written; anything unexpected falls back to the defaults. */
function readSettings(value: unknown): ExportSettings {
  const v = isObject(value) ? value : {};
  const colonne = Array.isArray(v.colonne) ? v.colonne.filter((c): c is string => typeof c === 'string') : [];
  const lingua = typeof v.lingua === 'string' && isLang(v.lingua) ? v.lingua : 'it';
  return { colonne, lingua, ...(typeof v.area === 'string' && v.area ? { area: v.area } : {}) };
}

/**
 * The register the workbook carries, built in memory as the loader would build it from disk:
 * files that fail their schema (a hand-edited data sheet) take no part, as on disk.
 */
export function embeddedRegister(embedded: Embedded, root: string): Register {
  const files: SourceFile[] = embedded.files.map((f) => ({
    kind: f.kind,
    path: join(root, f.rel),
    displayPath: f.rel,
    id: f.id,
    text: '',
    data: f.data,
    positions: new PositionIndex(undefined, ''),
    diagnostics: [],
  }));
  const valid = new Set(files.filter(passesSchema));
  return buildRegister(root, files, valid);
}

function passesSchema(file: SourceFile): boolean {
  try {
    return checkSchema(file).length === 0;
  } catch {
    return false; // errors that cannot even be positioned: the data is not to be trusted
  }
}
