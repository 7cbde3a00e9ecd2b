import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { Contatti, ServizioFile, TrattamentoFile } from '../types/schema.js';
import { codeLabel } from '../law/codes.js';
import { countryName } from '../law/countries.js';
import { partyName, retentionLine } from '../export/labels.js';
import { rightsFor, type Rights } from './rights.js';

/**
 * Everything a notice says, as data: built from registro.yaml, the service, its activities and
 * their parties. Every field is present (null, false or an empty list when it does not apply),
 * so that templates compiled in strict mode can never print a blank for a missing one.
 */
export interface NoticeModel {
  lang: Lang;
  servizio: { id: string; denominazione: string; descrizione: string | null; ufficio: Office | null };
  /** Art. 13 (collected from the data subject), Art. 14 (from elsewhere), or both. */
  articolo13: boolean;
  articolo14: boolean;
  titolare: { denominazione: string; contatti: ContactsView; rappresentante: { denominazione: string; contatti: ContactsView } | null };
  rpd: { nome: string | null; contatti: ContactsView } | null;
  finalita: Array<{ descrizione: string; basi: Array<{ codice: string; etichetta: string; norma: string | null }> }>;
  interessi: Array<{ finalita: string; interesse: string }>;
  particolari: Array<{ categoria: string; condizione: string | null; condizione_etichetta: string | null; norma: string | null }>;
  giudiziari: Array<{ descrizione: string | null; norma: string | null }>;
  categorie_dati: string[];
  fonti: Array<{ descrizione: string; pubblica: boolean }>;
  destinatari: string[];
  nessun_destinatario: boolean;
  trasferimenti: Array<{ paese: string; meccanismo: string | null; documento: string | null }>;
  conservazione: string[];
  diritti: Rights;
  conferimento: { natura: string; conseguenze: string | null } | null;
  decisioni: Array<{ logica: string | null; conseguenze: string | null }>;
  minori: boolean;
  logo: string | null;
}

export interface ContactsView {
  indirizzo: string | null;
  email: string | null;
  pec: string | null;
  telefono: string | null;
  sito: string | null;
}

interface Office {
  nome: string;
  orari: string | null;
  contatti: ContactsView;
}

function contacts(c: Contatti | undefined): ContactsView {
  return { indirizzo: c?.indirizzo ?? null, email: c?.email ?? null, pec: c?.pec ?? null, telefono: c?.telefono ?? null, sito: c?.sito ?? null };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The activities a service involves, in the order it lists them; unknown ids are skipped (activity-declared reports them). */
export function activitiesOf(register: Register, service: ServizioFile): Doc<TrattamentoFile>[] {
  return service.trattamenti.map((id) => register.trattamenti.find((t) => t.id === id)).filter((t): t is Doc<TrattamentoFile> => t !== undefined);
}

export function buildNotice(register: Register, service: Doc<ServizioFile>, lang: Lang, logo: string | null = null): NoticeModel {
  const registro = register.registro?.data;
  const activities = activitiesOf(register, service.data).map((a) => a.data);
  const v = register.vocabulary;
  const label = (vocab: 'dati' | 'destinatari', id: string) => v.label(vocab, id, lang);
  const several = activities.length > 1;

  const bases = unique(activities.flatMap((a) => (a.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).map((b) => b.base))));
  const automated = activities.some((a) => a.modalita !== 'cartaceo');
  const explicitConsent = activities.some((a) => (a.dati_particolari ?? []).some((d) => d.condizione === '9.2.a'));

  const recipients: string[] = [];
  let none = activities.length > 0;
  for (const a of activities) {
    if (a.destinatari === 'nessuno') continue;
    none = false;
    for (const d of a.destinatari ?? []) {
      const party = d.soggetto ? register.parties.find((p) => p.id === d.soggetto)?.data : undefined;
      // Processors by what they do; other recipients by name or category, as specific as the register allows.
      const who = party
        ? ['responsabile', 'sub-responsabile'].includes(party.ruolo)
          ? `${party.denominazione}${lang === 'it' ? ', responsabile del trattamento' : ', processor'}${party.servizi ? ` (${party.servizi})` : ''}`
          : party.denominazione
        : d.categoria
          ? label('destinatari', d.categoria)
          : '';
      recipients.push(d.descrizione && !party ? `${who}: ${d.descrizione}` : who);
    }
  }

  const collection = activities.map((a) => a.raccolta ?? 'presso-interessato');
  const conferimento = service.data.conferimento ?? activities.find((a) => a.conferimento)?.conferimento;

  return {
    lang,
    servizio: {
      id: service.id,
      denominazione: service.data.denominazione,
      descrizione: service.data.descrizione ?? null,
      ufficio: service.data.ufficio ? { nome: service.data.ufficio.nome, orari: service.data.ufficio.orari ?? null, contatti: contacts(service.data.ufficio.contatti) } : null,
    },
    articolo13: collection.some((c) => c !== 'presso-terzi') || activities.length === 0,
    articolo14: collection.some((c) => c !== 'presso-interessato'),
    titolare: {
      denominazione: registro?.titolare.denominazione ?? '',
      contatti: contacts(registro?.titolare.contatti),
      rappresentante: registro?.rappresentante ? { denominazione: registro.rappresentante.denominazione, contatti: contacts(registro.rappresentante.contatti) } : null,
    },
    rpd: registro?.rpd ? { nome: registro.rpd.nome ?? (registro.rpd.soggetto ? partyName(register, registro.rpd.soggetto) : null), contatti: contacts(registro.rpd.contatti) } : null,
    finalita: activities.flatMap((a) =>
      (a.finalita ?? []).map((f) => ({
        descrizione: f.descrizione,
        basi: (f.basi_giuridiche ?? []).map((b) => ({ codice: b.base, etichetta: codeLabel('basi', b.base, lang), norma: b.norma ?? null })),
      })),
    ),
    interessi: activities.flatMap((a) =>
      (a.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).filter((b) => b.base === '6.1.f' && b.interesse).map((b) => ({ finalita: f.descrizione, interesse: b.interesse! }))),
    ),
    particolari: activities.flatMap((a) =>
      (a.dati_particolari ?? []).map((d) => ({
        categoria: label('dati', d.categoria),
        condizione: d.condizione ?? null,
        condizione_etichetta: d.condizione ? codeLabel('condizioni', d.condizione, lang) : null,
        norma: d.norma ?? null,
      })),
    ),
    giudiziari: activities.filter((a) => a.dati_giudiziari).map((a) => ({ descrizione: a.dati_giudiziari!.descrizione ?? null, norma: a.dati_giudiziari!.norma ?? null })),
    categorie_dati: unique(activities.flatMap((a) => [...(a.dati ?? []), ...(a.dati_particolari ?? []).map((d) => d.categoria)]).map((id) => label('dati', id))),
    fonti: activities.filter((a) => a.fonte?.descrizione).map((a) => ({ descrizione: a.fonte!.descrizione!, pubblica: a.fonte!.pubblica === true })),
    destinatari: unique(recipients.filter(Boolean)),
    nessun_destinatario: none,
    trasferimenti: activities.flatMap((a) =>
      (a.trasferimenti ?? []).map((t) => ({
        paese: t.paese ? countryName(t.paese) : (t.organizzazione ?? ''),
        meccanismo: t.meccanismo ? codeLabel('meccanismi', t.meccanismo, lang) : null,
        documento: t.documento ?? null,
      })),
    ),
    conservazione: activities.flatMap((a) => (a.conservazione ?? []).map((c) => (several ? `${a.denominazione}: ` : '') + retentionLine(register, c, lang))),
    diritti: rightsFor(bases, automated, explicitConsent),
    conferimento: conferimento ? { natura: conferimento.natura, conseguenze: conferimento.conseguenze ?? null } : null,
    decisioni: activities.filter((a) => a.decisioni_automatizzate?.presenti).map((a) => ({ logica: a.decisioni_automatizzate!.logica ?? null, conseguenze: a.decisioni_automatizzate!.conseguenze ?? null })),
    minori: service.data.rivolto_a_minori === true,
    logo,
  };
}
