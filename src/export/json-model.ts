import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { codeLabel } from '../law/codes.js';

/**
 * The register resolved for other tools: the records as written, each with the labels of its
 * codes and terms, and every party reference replaced by the party itself.
 */
export function resolvedModel(register: Register, lang: Lang, toolVersion: string, today: string): unknown {
  const v = register.vocabulary;
  const party = (id: string | undefined) => (id ? (register.partyById.get(id)?.data ?? { id }) : undefined);
  return {
    formato: 'registro/1',
    generato: { strumento: `registro ${toolVersion}`, data: today, lingua: lang },
    ...register.registro?.data,
    soggetti: register.parties.map((p) => p.data).filter(Boolean),
    trattamenti: register.trattamenti.map(({ id, data }) => ({
      id,
      ...data,
      finalita: (data.finalita ?? []).map((f) => ({
        ...f,
        basi_giuridiche: (f.basi_giuridiche ?? []).map((b) => ({ ...b, etichetta: codeLabel('basi', b.base, lang) })),
      })),
      interessati: (data.interessati ?? []).map((t) => ({ id: t, etichetta: v.label('interessati', t, lang) })),
      dati: (data.dati ?? []).map((t) => ({ id: t, etichetta: v.label('dati', t, lang), classe: v.get('dati', t)?.classe })),
      dati_particolari: (data.dati_particolari ?? []).map((d) => ({
        ...d,
        etichetta: v.label('dati', d.categoria, lang),
        ...(d.condizione ? { condizione_etichetta: codeLabel('condizioni', d.condizione, lang) } : {}),
      })),
      destinatari:
        data.destinatari === 'nessuno'
          ? 'nessuno'
          : (data.destinatari ?? []).map((d) => ({
              ...d,
              ...(d.categoria ? { etichetta: v.label('destinatari', d.categoria, lang) } : {}),
              ...(d.soggetto ? { soggetto: party(d.soggetto) } : {}),
            })),
      trasferimenti: (data.trasferimenti ?? []).map((t) => ({
        ...t,
        ...(t.meccanismo ? { meccanismo_etichetta: codeLabel('meccanismi', t.meccanismo, lang) } : {}),
        ...(t.destinatario ? { destinatario: party(t.destinatario) } : {}),
      })),
      misure: (data.misure ?? []).map((t) => ({ id: t, etichetta: v.label('misure', t, lang) })),
    })),
    servizi: register.servizi.map(({ id, data }) => ({ id, ...data })),
    attivita_responsabile: register.attivitaResponsabile.map(({ id, data }) => ({ id, ...data, titolare: party(data.titolare) })),
  };
}
