import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { lowerFirst, purposesOf, type PurposeView } from '../informativa/model-purposes.js';
import { jointControllersOf, recipientsOf } from '../informativa/model-parties.js';
import { recipientOf } from '../informativa/model-transfers.js';
import { codeLabel } from '../law/codes.js';
import { citeInRegulation } from '../law/citation.js';
import { retentionLine, terms } from '../table/labels.js';
import { countryName } from '../law/countries.js';

/**
 * One processing activity as the public may read it: purposes with their legal bases, data
 * subjects, data, recipients, transfers and retention, worded as in the notices. By
 * construction it carries nothing internal: no office (area, referente), application, measure
 * or DPIA is ever read here.
 */
export interface PublicActivity {
  id: string;
  denominazione: string;
  finalita: PurposeView[];
  interessati: string[];
  dati: string[];
  destinatari: string[];
  /** Joint controllers (art. 26) by name: not recipients, but the public must see them. */
  contitolari: string[];
  /** "Stati Uniti: decisione di adeguatezza della Commissione (art. 45 ...)". */
  trasferimenti: string[];
  conservazione: string[];
}

export function publicActivity(register: Register, doc: Doc<TrattamentoFile>, lang: Lang): PublicActivity {
  const a = doc.data;
  const special = (a.dati_particolari ?? []).map((d) => d.categoria);
  return {
    id: doc.id,
    denominazione: a.denominazione,
    finalita: purposesOf(register, [a], lang).map((f) => ({ ...f, basi: f.basi.map((b) => ({ ...b, citazione: withRegulationName(b.citazione, lang) })) })),
    interessati: inline(terms(register, 'interessati', a.interessati, lang)),
    dati: inline(terms(register, 'dati', [...new Set([...(a.dati ?? []), ...special])], lang)),
    destinatari: recipientsOf(register, [a], lang),
    contitolari: jointControllersOf(register, [a]).map((j) => j.denominazione),
    trasferimenti: (a.trasferimenti ?? [])
      .map((t) => {
        const country = t.paese ? countryName(t.paese, lang) : (t.organizzazione ?? '');
        // Where, to whom, on which mechanism: "Stati Uniti, Zendesk, Inc.: clausole tipo ..." (art. 30, par. 1, lett. e).
        const recipient = recipientOf(register, a, t);
        const where = country && recipient ? `${country}, ${recipient}` : country;
        return where && t.meccanismo ? `${where}: ${codeLabel('meccanismi', t.meccanismo, lang)} (${withRegulationName(citeInRegulation(t.meccanismo, lang), lang)})` : where;
      })
      .filter(Boolean),
    conservazione: (a.conservazione ?? []).map((c) => retentionLine(register, c, lang)),
  };
}

/**
 * Labels the page runs into one line, "Pazienti, cittadini": the first opens it with its capital,
 * the others go on in lower case ("Dati di contatto, Codice fiscale" read as a list of titles).
 * An organisation's name or an acronym keeps its capital (lowerFirst).
 */
const inline = (labels: readonly string[]): string[] => labels.map((label, i) => (i === 0 ? label : lowerFirst(label)));

/** A page without the notice's «Regolamento» definition names the Regulation in full: "art. 6, par. 1, lett. e), del Regolamento (UE) 2016/679". */
function withRegulationName(citation: string, lang: Lang): string {
  return lang === 'it' && citation.endsWith(' del Regolamento') ? `${citation} (UE) 2016/679` : citation;
}
