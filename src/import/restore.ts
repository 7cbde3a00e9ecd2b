import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Register } from '../register/model.js';
import { COLUMNS } from '../export/columns.js';
import { controllerTable } from '../export/tables.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';

const PATHS: Record<string, (id: string) => string> = {
  registro: () => 'registro.yaml',
  soggetti: () => 'soggetti.yaml',
  vocabolario: () => 'vocabolario.yaml',
  trattamento: (id) => `trattamenti/${id}.yaml`,
  servizio: (id) => `servizi/${id}.yaml`,
  'attivita-responsabile': (id) => `attivita-responsabile/${id}.yaml`,
};
const SCHEMA: Record<string, string> = {
  registro: '.registro/schemi/registro.schema.json',
  soggetti: '.registro/schemi/soggetti.schema.json',
  vocabolario: '.registro/schemi/vocabolario.schema.json',
  trattamento: '../.registro/schemi/trattamento.schema.json',
  servizio: '../.registro/schemi/servizio.schema.json',
  'attivita-responsabile': '../.registro/schemi/attivita-responsabile.schema.json',
};

export interface Embedded {
  columns: string[];
  files: Array<{ kind: string; id: string; data: Record<string, unknown> }>;
}

/** The register carried by a workbook's hidden data sheet (see export/tables.ts, dataTable). */
export function readEmbedded(rows: readonly string[][]): Embedded {
  const files: Embedded['files'] = [];
  let columns: string[] = [];
  for (const [kind = '', id = '', ...chunks] of rows.slice(1)) {
    const json = chunks.join('');
    if (kind === 'colonne') columns = JSON.parse(json) as string[];
    else if (PATHS[kind]) files.push({ kind, id, data: JSON.parse(json) as Record<string, unknown> });
  }
  return { columns, files };
}

/** Writes the restored files as they were exported; existing ones only with `force`. */
export function writeEmbedded(out: string, embedded: Embedded, source: string, force: boolean): string[] {
  const written: string[] = [];
  const texts = embedded.files.map((f) => {
    const rel = PATHS[f.kind]!(f.id);
    const schema = SCHEMA[f.kind]!;
    return [rel, `# yaml-language-server: $schema=${schema}\n# Ripristinato da ${source}.\n${stringify(f.data, { lineWidth: 100, version: '1.2' })}`] as const;
  });
  if (!force) for (const [rel] of texts) if (existsSync(join(out, rel))) throw new UsageError('usage.exists', { path: displayPath(join(out, rel)) });
  for (const [rel, text] of texts) {
    writeFileAtomic(join(out, rel), text);
    written.push(rel);
  }
  return written;
}

/**
 * Cells of the visible table that differ from what the export wrote for the restored records:
 * edits made in Excel since the export. Returned per record id, by column heading.
 */
export function editedCells(register: Register, embedded: Embedded, visible: readonly string[][], today: string): Map<string, Record<string, string>> {
  const columns = embedded.columns.map((id) => COLUMNS.find((c) => c.id === id)).filter((c): c is (typeof COLUMNS)[number] => c !== undefined);
  const expected = controllerTable(register, { lang: 'it', columns, today });
  const headerRow = visible.findIndex((row) => expected.headers.every((h, i) => row[i] === h));
  const edits = new Map<string, Record<string, string>>();
  if (headerRow < 0) return edits;
  const ids = [...register.trattamenti].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => d.id);
  expected.rows.forEach((cells, i) => {
    const seen = visible[headerRow + 1 + i] ?? [];
    const changed: Record<string, string> = {};
    cells.forEach((cell, c) => {
      if ((seen[c] ?? '') !== cell) changed[`${expected.headers[c]} (modificato in Excel)`] = seen[c] ?? '';
    });
    if (Object.keys(changed).length > 0) edits.set(ids[i]!, changed);
  });
  return edits;
}
