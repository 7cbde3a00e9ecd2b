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
  check({ register }): Iterable<Finding> {
    // Registers cite the same norms in thousands of records: each text is read once.
    const seen = new Map<string, RepealedNorm[]>();
    const repealed = (text: string) => {
      let norms = seen.get(text);
      if (!norms) seen.set(text, (norms = repealedIn(text)));
      return norms;
    };
    const found: Finding[] = [];
    for (const { file, data } of register.trattamenti) {
      forEachCitation(data, (text, pointer) => {
        const norms = repealed(text);
        if (norms.length > 0) found.push(...judge(file, pointer(), norms));
      });
    }
    for (const { file, data } of register.attivitaResponsabile) {
      for (const [i, t] of (data.trasferimenti ?? []).entries()) {
        if (t.decisione && t.meccanismo !== '46.2.c') found.push(...judge(file, `/trasferimenti/${i}/decisione`, repealed(t.decisione)));
      }
    }
    return found;
  },
};

function judge(file: SourceFile, pointer: string, norms: readonly RepealedNorm[]): Finding[] {
  return norms.map((norm) => ({
    file,
    pointer,
    at: 'value',
    messageId: norm.senza_sostituta ? 'rule.repealedNormNoSuccessor' : 'rule.repealedNorm',
    params: { norm: norm.it, norm_en: norm.en, by: norm.abrogata_da, by_en: norm.abrogata_da_en, since: norm.dal, instead: norm.sostituita_da, instead_en: norm.sostituita_da_en },
    severity: norm.verificare ? 'warning' : undefined,
  }));
}

/**
 * Every field of a record that cites a norm, with its pointer, built only when asked (nearly no
 * norm is repealed). Old SCC decisions are transfer-old-scc's.
 */
function forEachCitation(data: TrattamentoFile, visit: (text: string, pointer: () => string) => void): void {
  const purposes = data.finalita ?? [];
  for (let i = 0; i < purposes.length; i++) {
    const bases = purposes[i]!.basi_giuridiche ?? [];
    for (let j = 0; j < bases.length; j++) {
      const norma = bases[j]!.norma;
      if (norma) visit(norma, () => `/finalita/${i}/basi_giuridiche/${j}/norma`);
    }
  }
  const special = data.dati_particolari ?? [];
  for (let i = 0; i < special.length; i++) {
    const norma = special[i]!.norma;
    if (norma) visit(norma, () => `/dati_particolari/${i}/norma`);
  }
  if (data.dati_giudiziari?.norma) visit(data.dati_giudiziari.norma, () => '/dati_giudiziari/norma');
  if (Array.isArray(data.destinatari)) {
    for (let i = 0; i < data.destinatari.length; i++) {
      const norma = data.destinatari[i]!.norma;
      if (norma) visit(norma, () => `/destinatari/${i}/norma`);
    }
  }
  const retention = data.conservazione ?? [];
  for (let i = 0; i < retention.length; i++) {
    const fonte = retention[i]!.fonte;
    if (fonte) visit(fonte, () => `/conservazione/${i}/fonte`);
  }
  const transfers = data.trasferimenti ?? [];
  for (let i = 0; i < transfers.length; i++) {
    const t = transfers[i]!;
    if (t.decisione && t.meccanismo !== '46.2.c') visit(t.decisione, () => `/trasferimenti/${i}/decisione`);
  }
  if (data.misure_descrizione) visit(data.misure_descrizione, () => '/misure_descrizione');
  if (data.misure_documento) visit(data.misure_documento, () => '/misure_documento');
  if (data.decisioni_automatizzate?.norma) visit(data.decisioni_automatizzate.norma, () => '/decisioni_automatizzate/norma');
}
