import type { Finding, Rule } from './types.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';
import { repealedIn, type RepealedNorm } from '../law/repealed.js';

/**
 * A norm cited as a basis, a condition, a source of retention or a transfer decision no longer
 * stands (src/law/data/norme-abrogate.json: the Codice's articles repealed in 2018, L. 675/1996,
 * DPR 318/1999, Allegato B, the DPS, Safe Harbour, Privacy Shield, the old SCC sets...).
 */
export const repealedNorm: Rule = {
  id: 'repealed-norm',
  severity: 'error',
  reference: 'art. 6, par. 3; art. 9, par. 2; artt. 44-46',
  title: { it: 'Norme abrogate', en: 'Repealed norms' },
  *check({ register }): Iterable<Finding> {
    // Registers cite the same norms in thousands of records: each text is read once.
    const seen = new Map<string, RepealedNorm[]>();
    const repealed = (text: string) => {
      let norms = seen.get(text);
      if (!norms) seen.set(text, (norms = repealedIn(text)));
      return norms;
    };
    for (const { file, data } of register.trattamenti) {
      for (const [pointer, text] of citations(data)) yield* judge(file, pointer, repealed(text));
    }
    for (const { file, data } of register.attivitaResponsabile) {
      for (const [i, t] of (data.trasferimenti ?? []).entries()) {
        if (t.decisione && t.meccanismo !== '46.2.c') yield* judge(file, `/trasferimenti/${i}/decisione`, repealed(t.decisione));
      }
    }
  },
};

function* judge(file: SourceFile, pointer: string, norms: readonly RepealedNorm[]): Iterable<Finding> {
  for (const norm of norms) {
    yield {
      file,
      pointer,
      at: 'value',
      messageId: 'rule.repealedNorm',
      params: { norm: norm.it, norm_en: norm.en, by: norm.abrogata_da, since: norm.dal, instead: norm.sostituita_da },
      severity: norm.verificare ? 'warning' : undefined,
    };
  }
}

/** Every field of a record that cites a norm, with its pointer. Old SCC decisions are transfer-old-scc's. */
function* citations(data: TrattamentoFile): Iterable<[string, string]> {
  for (const [i, f] of (data.finalita ?? []).entries()) {
    for (const [j, b] of (f.basi_giuridiche ?? []).entries()) if (b.norma) yield [`/finalita/${i}/basi_giuridiche/${j}/norma`, b.norma];
  }
  for (const [i, d] of (data.dati_particolari ?? []).entries()) if (d.norma) yield [`/dati_particolari/${i}/norma`, d.norma];
  if (data.dati_giudiziari?.norma) yield ['/dati_giudiziari/norma', data.dati_giudiziari.norma];
  if (Array.isArray(data.destinatari)) {
    for (const [i, d] of data.destinatari.entries()) if (d.norma) yield [`/destinatari/${i}/norma`, d.norma];
  }
  for (const [i, c] of (data.conservazione ?? []).entries()) if (c.fonte) yield [`/conservazione/${i}/fonte`, c.fonte];
  for (const [i, t] of (data.trasferimenti ?? []).entries()) {
    if (t.decisione && t.meccanismo !== '46.2.c') yield [`/trasferimenti/${i}/decisione`, t.decisione];
  }
  if (data.misure_descrizione) yield ['/misure_descrizione', data.misure_descrizione];
  if (data.misure_documento) yield ['/misure_documento', data.misure_documento];
  if (data.decisioni_automatizzate?.norma) yield ['/decisioni_automatizzate/norma', data.decisioni_automatizzate.norma];
}
