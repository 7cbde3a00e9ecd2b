import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeManyAtomic } from './write-many.js';
import { LOCAL_SCHEMAS } from '../commands/init.js';
import { writeSchemas } from '../commands/schema.js';
import { insideOutput, recordFile } from './record-paths.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { isWindowsDeviceName } from '../util/windows-names.js';
import type { ImportContext } from './normalize.js';
import { properName } from './names.js';
import { isPublicBody } from './controller.js';
import type { TitleBlock } from './title-block.js';
import type { ImportedRecord } from './record.js';
import type { ProcessorEntry } from './processor-entry.js';
import { importedParties, processorFiles, processorReport } from './processor-files.js';
import { importYaml as yaml, reportLines, whereRead } from './report-lines.js';
import type { Said } from './said.js';
import type { Lang } from '../i18n/lang.js';
import { count } from '../i18n/plural.js';

/** Ids from the activities' names, unique: a second "Protocollo" becomes protocollo-2. */
export function assignIds(records: ReadonlyArray<{ name: string }>, slug: (s: string) => string, fallback = 'trattamento'): string[] {
  const taken = new Set<string>();
  return records.map((r) => {
    // Room for a suffix within the schema's 80 characters.
    const slugged = slug(r.name).slice(0, 72).replace(/-+$/, '') || fallback;
    // "CON", "Nul": a file Windows cannot create (con.yaml is its console).
    const base = isWindowsDeviceName(slugged) ? `${slugged}-1` : slugged;
    let id = base;
    // "Protocollo", "Protocollo", "Protocollo 2": protocollo, protocollo-2, protocollo-2-2.
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * Writes the imported register: one readable YAML file per activity, the parties, the register's
 * own terms, a registro.yaml asking for what the spreadsheet lacked, and the import report.
 * Existing files are never overwritten without `force`; every file is written atomically.
 */
export function writeImport(out: string, ids: string[], records: ImportedRecord[], ctx: ImportContext, meta: StubFacts & { file: string; report: string; processor?: ProcessorWrite }, force: boolean): string[] {
  const files = new Map<string, string>();
  const words = REPORT_WORDS[meta.lang];
  records.forEach((r, i) => {
    // An id may come from a cell or a mapping: it names a file only once it is a valid id.
    const rel = recordFile('trattamento', ids[i]!, { file: meta.file, row: r.data.importazione?.riga });
    const header = `# yaml-language-server: $schema=../${LOCAL_SCHEMAS}/trattamento.schema.json\n# ${words.recordComment(meta.file, whereRead(r.data.importazione, meta.lang))}\n`;
    files.set(rel, header + yaml(r.data));
  });
  for (const [rel, text] of processorFiles(meta.processor?.ids ?? [], meta.processor?.entries ?? [], meta.file, meta.lang)) files.set(rel, text);
  files.set('registro.yaml', `# yaml-language-server: $schema=.registro/schemi/registro.schema.json\n# ${words.controllerComment(meta.file)}\n` + yaml(registerStub(meta)));
  if (ctx.parties.size + ctx.controllers.size > 0) {
    const soggetti = importedParties(ctx);
    files.set('soggetti.yaml', `# yaml-language-server: $schema=.registro/schemi/soggetti.schema.json\n# ${words.partiesComment}\n` + yaml({ soggetti }));
  }
  if (ctx.customTerms.size > 0) {
    const byVocab: Record<string, unknown[]> = {};
    for (const t of ctx.customTerms.values()) (byVocab[t.vocab] ??= []).push({ id: t.id, it: t.it, ...(t.classe ? { classe: t.classe } : {}) });
    files.set('vocabolario.yaml', `# yaml-language-server: $schema=.registro/schemi/vocabolario.schema.json\n# ${words.termsComment}\n` + yaml(byVocab));
  }
  files.set('importazione.md', meta.report);

  if (!force) {
    for (const rel of files.keys()) {
      if (existsSync(join(out, rel))) throw new UsageError('usage.exists', { path: displayPath(join(out, rel)) });
    }
  }
  // One flush for all the files: 10,000 activities in seconds, each file still atomic.
  writeManyAtomic([...files].map(([rel, text]) => [insideOutput(out, rel, { file: meta.file }), text] as const));
  // The modelines point at this copy: the imported register works offline in the editor, as after init.
  writeSchemas(join(out, LOCAL_SCHEMAS));
  return [...files.keys()];
}

/** What registro.yaml is written from: the controller and the title block's facts, when the sheet gave them. */
export interface StubFacts {
  controller?: string;
  title?: TitleBlock;
  today: string;
  lang: Lang;
}

/**
 * registro.yaml: what the sheet said of the controller, the DPO and the register's dates, and
 * the placeholder, in the language asked, for the rest (validate lists each one). Without dates
 * in the sheet the register counts from the import.
 */
function registerStub(meta: StubFacts): object {
  const todo = REPORT_WORDS[meta.lang].todo;
  // "COMUNE DI VERCELLI" reads better in title case; a name in mixed case (S.p.A.) is kept as written.
  const controller = meta.controller ? properName(meta.controller) : `${todo}: ${REPORT_WORDS[meta.lang].controllerName}`;
  const rpd = meta.title?.rpd;
  const aggiornato = meta.title?.aggiornato ?? meta.today;
  // A sheet "updated on" a past day existed by then: the import's day would come after its update.
  const creato = meta.title?.creato ?? (aggiornato < meta.today ? aggiornato : meta.today);
  const { denominazione: _name, partita_iva, codice_fiscale, ...contatti } = meta.title?.card?.titolare ?? {};
  return {
    titolare: { denominazione: controller, ente_pubblico: isPublicBody(controller), ...(partita_iva ? { partita_iva } : {}), ...(codice_fiscale ? { codice_fiscale } : {}), contatti: { pec: todo, indirizzo: todo, ...contatti } },
    rpd: { nome: rpd?.nome ?? todo, contatti: { email: rpd?.email ?? todo } },
    registro: { creato, aggiornato },
  };
}

/** The import report: per activity, what was mapped, what was deduced, what was kept as text. */
export function importReport(file: string, ids: string[], records: ImportedRecord[], notes: readonly Said[], lang: Lang, processor?: ProcessorWrite): string {
  const w = REPORT_WORDS[lang];
  const lines = [`# ${w.title} ${file}`, '', ...notes.map((n) => `- ${n[lang]}`), '', `${w.imported(records.length)} ${w.verbatim}`, ''];
  records.forEach((r, i) => {
    lines.push(`## ${ids[i]} (${whereRead(r.data.importazione, lang)})`, '', ...reportLines(r.report, lang), '');
  });
  lines.push(...processorReport(processor?.ids ?? [], processor?.entries ?? [], lang));
  return lines.join('\n');
}

/** The processor's entries (art. 30, par. 2) to write, with their ids. */
export interface ProcessorWrite {
  ids: string[];
  entries: ProcessorEntry[];
}

/** The fixed words of the report (importazione.md), in both languages. */
const REPORT_WORDS = {
  it: {
    title: 'Importazione di',
    imported: (n: number) => `${count(n, 'trattamento importato', 'trattamenti importati')}.`,
    verbatim: 'Ogni cella del foglio è conservata alla lettera in `importazione.originali` di ogni scheda.',
    // The placeholder validate recognises (src/law/data/segnaposto.json), in the language of the files written.
    todo: 'DA COMPLETARE',
    controllerName: 'denominazione del titolare',
    recordComment: (file: string, at: string) => `Importato da ${file}, ${at}: controlla i valori dedotti e completa ciò che manca (registro validate).`,
    controllerComment: (file: string) => `Creato dall'importazione di ${file}: completa i dati che il foglio non indicava (registro validate li elenca).`,
    partiesComment: 'Dai nomi dei responsabili esterni e dei titolari per conto dei quali si agisce (art. 30, par. 2): completa ragione sociale, atto di nomina (art. 28) e contatti.',
    termsComment: 'Termini del foglio che non corrispondono ai vocabolari predefiniti: sostituiscili con quelli predefiniti dove possibile.',
  },
  en: {
    title: 'Import of',
    imported: (n: number) => `${count(n, 'processing activity imported', 'processing activities imported')}.`,
    verbatim: 'Every cell of the sheet is kept as written in `importazione.originali` of each record.',
    todo: 'TO BE COMPLETED',
    controllerName: "controller's name",
    recordComment: (file: string, at: string) => `Imported from ${file}, ${at}: check the inferred values and complete what is missing (registro validate).`,
    controllerComment: (file: string) => `Created by the import of ${file}: complete what the sheet did not give (registro validate lists it).`,
    partiesComment: "From the names of the sheet's external processors and of the controllers on whose behalf the entity acts (Art. 30(2)): complete the company name, the appointment (Art. 28) and the contacts.",
    termsComment: 'Terms of the sheet that match no built-in vocabulary: replace them with built-in ones where you can.',
  },
} as const;
