import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Lang } from '../i18n/lang.js';
import { COLUMNS } from '../table/columns.js';
import { controllerTable } from '../table/tables.js';
import { LOCAL_SCHEMAS } from '../commands/init.js';
import { writeSchemas } from '../commands/schema.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { today } from '../util/today.js';
import { embeddedRegister, readEmbedded, type EmbeddedFile } from './embedded.js';
import { matchRows, type RowMatch } from './match-rows.js';
import { insideOutput } from './record-paths.js';
import { RESTORE_WORDS, restoreReport, restoreSummary } from './restore-report.js';

/** The schema each restored file names in its modeline: the copy written beside the register. */
const SCHEMA_OF: Record<EmbeddedFile['kind'], string> = {
  registro: `${LOCAL_SCHEMAS}/registro.schema.json`,
  soggetti: `${LOCAL_SCHEMAS}/soggetti.schema.json`,
  vocabolario: `${LOCAL_SCHEMAS}/vocabolario.schema.json`,
  trattamento: `../${LOCAL_SCHEMAS}/trattamento.schema.json`,
  servizio: `../${LOCAL_SCHEMAS}/servizio.schema.json`,
  'attivita-responsabile': `../${LOCAL_SCHEMAS}/attivita-responsabile.schema.json`,
};

export interface RestoreOptions {
  output: string;
  force: boolean;
  lang: Lang;
}

/**
 * A workbook written by `registro export`: the register comes back exactly from its hidden data
 * sheet. The visible rows are matched to the records by id, in whatever language, column set and
 * area filter the export used; cells edited since the export are kept verbatim in the record, and
 * rows added or deleted in the sheet are listed in the report. Every id is checked, and every
 * file is known, before the first one is written.
 */
export async function restoreExport(file: string, visible: string[][], dataRows: string[][], options: RestoreOptions, dataSheet?: string): Promise<number> {
  const out = resolve(options.output);
  const source = basename(file);
  const embedded = readEmbedded(dataRows, source, dataSheet);
  const register = embeddedRegister(embedded, out);
  const { colonne, lingua, area } = embedded.settings;
  const columns = colonne.flatMap((id) => COLUMNS.filter((c) => c.id === id));
  const expected = controllerTable(register, { lang: lingua, columns, area, today: today() });
  const match = matchRows(expected, visible);

  const words = RESTORE_WORDS[options.lang];
  const files = new Map<string, string>();
  for (const f of embedded.files) files.set(f.rel, yamlText(f, withEdits(f, match, words.editedSuffix), words.restoredFrom(source)));
  files.set('importazione.md', restoreReport(source, files.size, match, options.lang));
  if (!options.force) {
    for (const rel of files.keys()) {
      const path = join(out, rel);
      if (existsSync(path)) throw new UsageError('usage.exists', { path: displayPath(path) });
    }
  }
  await writeFilesAtomic([...files].map(([rel, text]) => [insideOutput(out, rel, { file: source }), text] as const));
  // The modelines point at this copy: the restored register works offline in the editor, as after init.
  writeSchemas(join(out, LOCAL_SCHEMAS));

  const count = embedded.files.filter((f) => f.kind === 'trattamento').length;
  process.stdout.write(restoreSummary(count, displayPath(out), displayPath(resolve(out, 'importazione.md')), match, options.lang) + '\n');
  return 0;
}

/** A record's data with the cells edited in Excel added to `importazione.originali`. */
function withEdits(f: EmbeddedFile, match: RowMatch, suffix: string): Record<string, unknown> {
  const cells = f.kind === 'trattamento' ? match.edits.get(f.id) : undefined;
  if (!cells) return f.data;
  const previous = (f.data.importazione ?? {}) as { originali?: Record<string, string> };
  const originali = { ...previous.originali, ...Object.fromEntries(Object.entries(cells).map(([h, v]) => [`${h} ${suffix}`, v])) };
  return { ...f.data, importazione: { ...previous, originali } };
}

function yamlText(f: EmbeddedFile, data: Record<string, unknown>, comment: string): string {
  return `# yaml-language-server: $schema=${SCHEMA_OF[f.kind]}\n# ${comment}\n${stringify(data, { lineWidth: 100, version: '1.2' })}`;
}
