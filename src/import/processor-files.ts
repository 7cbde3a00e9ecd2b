import { LOCAL_SCHEMAS } from '../commands/init.js';
import { recordFile } from './record-paths.js';
import type { ImportContext } from './normalize.js';
import type { ProcessorEntry } from './processor-entry.js';
import { importYaml as yaml, reportLines, whereRead } from './report-lines.js';
import type { Lang } from '../i18n/lang.js';
import { count } from '../i18n/plural.js';

/**
 * What an import writes of the processor's register (art. 30, par. 2): one file per entry in
 * attivita-responsabile/, and the parties of soggetti.yaml, the controllers on whose behalf the
 * entity acts (ruolo titolare) beside the processors the controller's register named.
 */

const WORDS = {
  it: {
    comment: (file: string, at: string) => `Importato da ${file}, ${at} (registro del responsabile, art. 30, par. 2): controlla i valori dedotti e completa ciò che manca (registro validate).`,
    heading: 'Registro del responsabile (art. 30, par. 2)',
    imported: (n: number) => `${count(n, 'voce importata', 'voci importate')} in attivita-responsabile/.`,
  },
  en: {
    comment: (file: string, at: string) => `Imported from ${file}, ${at} (processor's register, Art. 30(2)): check the inferred values and complete what is missing (registro validate).`,
    heading: "Processor's register (Art. 30(2))",
    imported: (n: number) => `${count(n, 'entry imported', 'entries imported')} into attivita-responsabile/.`,
  },
} as const;

/** attivita-responsabile/<id>.yaml for each entry, relative to the output folder. */
export function processorFiles(ids: readonly string[], entries: readonly ProcessorEntry[], file: string, lang: Lang): Array<[string, string]> {
  return entries.map((e, i) => {
    const rel = recordFile('attivita-responsabile', ids[i]!, { file, row: e.data.importazione?.riga });
    const header = `# yaml-language-server: $schema=../${LOCAL_SCHEMAS}/attivita-responsabile.schema.json\n# ${WORDS[lang].comment(file, whereRead(e.data.importazione, lang))}\n`;
    return [rel, header + yaml(e.data)];
  });
}

/** soggetti.yaml's list: the processors (art. 28) named by the activities, then the controllers we act for. */
export function importedParties(ctx: ImportContext): object[] {
  const processors = [...ctx.parties].map(([id, name]) => ({ id, denominazione: name, ruolo: 'responsabile' }));
  const controllers = [...ctx.controllers].map(([id, c]) => ({ id, denominazione: c.name, ruolo: 'titolare', ...(c.contatti ? { contatti: c.contatti } : {}), ...(c.rpd ? { rpd: c.rpd } : {}) }));
  return [...processors, ...controllers];
}

/** The report's section on the processor's entries: per entry, what was mapped, deduced, kept as text. */
export function processorReport(ids: readonly string[], entries: readonly ProcessorEntry[], lang: Lang): string[] {
  if (entries.length === 0) return [];
  const w = WORDS[lang];
  const lines = [`# ${w.heading}`, '', w.imported(entries.length), ''];
  entries.forEach((e, i) => {
    lines.push(`## attivita-responsabile/${ids[i]} (${whereRead(e.data.importazione, lang)})`, '', ...reportLines(e.report, lang), '');
  });
  return lines;
}
