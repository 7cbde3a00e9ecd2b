import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile, TrattamentoFile } from '../types/schema.js';
import { partyName } from '../table/labels.js';
import { noticeRetention } from './model-retention.js';
import { transfersOf, type TransferView } from './model-transfers.js';
import { italianNameForms } from '../text/article.js';
import { rightsFor, type Rights } from './rights.js';
import { isDirectMarketing } from '../law/marketing.js';
import { channelsOf, contacts, type ChannelsView, type ContactsView } from './model-contacts.js';
import { jointControllersOf, recipientsOf, type JointControllerView } from './model-parties.js';
import { lowerFirst, purposesOf, type PurposeView } from './model-purposes.js';
import { provisionsOf, type ProvisionView } from './model-provisions.js';
import { longDate, noticeDate, noticeVersion, statedFactDates } from './notice-version.js';
import { displaySafeDeep } from '../text/display-safe.js';
import { criminalDataOf, specialDataOf, type CriminalDataView, type SpecialDataView } from './model-special.js';
import { inLanguage, serviceInLanguage } from '../register/translations.js';

export type { ContactsView } from './model-contacts.js';

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
  titolare: {
    denominazione: string;
    /** "il Comune di Vallechiara", "del Comune di Vallechiara": the name with its Italian article. */
    nome: string;
    del: string;
    contatti: ContactsView;
    rappresentante: { denominazione: string; contatti: ContactsView } | null;
  };
  rpd: { nome: string | null; contatti: ContactsView } | null;
  contitolari: JointControllerView[];
  /** More than one joint controller: the sentences that present them agree ("insieme a un altro titolare, il contitolare"). */
  contitolari_plurale: boolean;
  /** Their names as a list reads: "A, B e C", "A, B and C". */
  contitolari_nomi: string;
  finalita: PurposeView[];
  consenso: boolean;
  interessi: Array<{ finalita: string; interesse: string }>;
  /** More than one legitimate interest: the sentence that lists them agrees ("I legittimi interessi ... sono"). */
  interessi_plurale: boolean;
  particolari: SpecialDataView[];
  giudiziari: CriminalDataView[];
  /**
   * The special categories once each, in lower case, for the short notice's sentence ("Trattiamo
   * anche categorie particolari di dati: dati relativi alla salute."): the first layer names the
   * processing with the most impact on the reader (WP260 rev.01, par. 38).
   */
  categorie_particolari: string[];
  categorie_dati: string[];
  fonti: Array<{ descrizione: string; pubblica: boolean; dati: string[] }>;
  /** How the data are processed: on paper, by electronic means, or both (neither when the records do not say). */
  modalita: 'carta' | 'elettronica' | 'mista' | null;
  destinatari: string[];
  nessun_destinatario: boolean;
  trasferimenti: TransferView[];
  /** Some transfer rests on safeguards the reader may ask a copy of (art. 13, par. 1, lett. f): the notice says how. */
  copia_garanzie: boolean;
  conservazione: string[];
  diritti: Rights;
  canali: ChannelsView;
  conferimento: ProvisionView[];
  decisioni: Array<{ logica: string | null; conseguenze: string | null; per_legge: boolean; garanzie: string | null }>;
  /** Whether an activity with automated decisions also profiles (profilazione): only then does the notice say so. */
  decisioni_profilazione: boolean;
  minori: boolean;
  /** "12 ottobre 2026": the latest update of the service and its activities; null when none is dated. */
  aggiornata: string | null;
  /** A fingerprint of the content: a changed notice has a new version. */
  versione: string;
  /** The published full notice, absolute (opzioni.informativa.url); null when not configured. */
  url_completa: string | null;
  logo: string | null;
}

interface Office {
  nome: string;
  orari: string | null;
  contatti: ContactsView;
}

/** The activities a service involves, in the order it lists them, each once; unknown ids are skipped (activity-declared reports them and repeats). */
export function activitiesOf(register: Register, service: ServizioFile): Doc<TrattamentoFile>[] {
  return [...new Set(service.trattamenti)].map((id) => register.trattamentoById.get(id)).filter((t): t is Doc<TrattamentoFile> => t !== undefined);
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * An activity's categories of data (art. 14, par. 1, lett. d)), the special ones and the data on
 * convictions and offences included: a SUAP that reads the casellario giudiziale told the reader
 * its data came from there without naming the criminal-record data among them.
 */
const dataCategoriesOf = (a: TrattamentoFile): string[] => [...(a.dati ?? []), ...(a.dati_particolari ?? []).map((d) => d.categoria), ...(a.dati_giudiziari ? [CRIMINAL_DATA] : [])];

/** The vocabulary's term for the data of art. 10 (its label: "Dati relativi a condanne penali e reati"). */
const CRIMINAL_DATA = 'giudiziari';

/** The notice in that language: the register's own texts as it translates them (vocabolario.yaml, `traduzioni`). */
export function buildNotice(source: Register, service: Doc<ServizioFile>, lang: Lang, logo: string | null = null): NoticeModel {
  return noticeOf(inLanguage(source, lang), serviceInLanguage(source, service, lang), lang, logo);
}

/** The notice of a register whose texts are already in the notice's language. */
export function noticeOf(register: Register, service: Doc<ServizioFile>, lang: Lang, logo: string | null = null): NoticeModel {
  const registro = register.registro?.data;
  const activities = activitiesOf(register, service.data).map((a) => a.data);
  const label = (id: string) => register.vocabulary.label('dati', id, lang);
  const several = activities.length > 1;
  const bases = unique(activities.flatMap((a) => (a.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).map((b) => b.base))));
  const automated = activities.some((a) => a.modalita !== 'cartaceo');
  // Explicit consent for special data counts with the legal bases for the right it gives: withdrawal (art. 7, par. 3).
  const explicitConsent = activities.some((a) => (a.dati_particolari ?? []).some((d) => d.condizione === '9.2.a'));
  const collection = activities.map((a) => a.raccolta ?? 'presso-interessato');
  const name = registro?.titolare.denominazione ?? '';
  const forms = lang === 'it' ? italianNameForms(name) : { soggetto: name, di: `of ${name}` };
  // "Orari: martedì e giovedì": Italian days go in lower case after the colon; English ones keep their capital.
  const hours = service.data.ufficio?.orari;
  const ufficio = service.data.ufficio ? { nome: service.data.ufficio.nome, orari: hours ? (lang === 'it' ? lowerFirst(hours) : hours) : null, contatti: contacts(service.data.ufficio.contatti) } : null;
  const controllerContacts = contacts(registro?.titolare.contatti);
  const rpd = registro?.rpd ? { nome: registro.rpd.nome ?? (registro.rpd.soggetto ? partyName(register, registro.rpd.soggetto) : null), contatti: contacts(registro.rpd.contatti) } : null;
  const finalita = purposesOf(register, activities, lang);
  const interessi = activities.flatMap((a) =>
    (a.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).filter((b) => b.base === '6.1.f' && b.interesse).map((b) => ({ finalita: f.descrizione, interesse: b.interesse! }))),
  );
  const date = noticeDate(service.data, activities, statedFactDates(register, activities));
  const transfers = transfersOf(register, activities, lang);
  const base = registro?.opzioni?.informativa?.url;
  const jointControllers = jointControllersOf(register, activities);

  const content = {
    lang,
    servizio: { id: service.id, denominazione: service.data.denominazione, descrizione: service.data.descrizione ?? null, ufficio },
    articolo13: collection.some((c) => c !== 'presso-terzi') || activities.length === 0,
    articolo14: collection.some((c) => c !== 'presso-interessato'),
    titolare: {
      denominazione: name,
      nome: forms.soggetto,
      del: forms.di,
      contatti: controllerContacts,
      rappresentante: registro?.rappresentante ? { denominazione: registro.rappresentante.denominazione, contatti: contacts(registro.rappresentante.contatti) } : null,
    },
    rpd,
    contitolari: jointControllers,
    contitolari_plurale: jointControllers.length > 1,
    contitolari_nomi: listed(jointControllers.map((c) => c.denominazione), lang),
    finalita,
    consenso: finalita.some((f) => f.consenso !== null) || explicitConsent,
    interessi,
    interessi_plurale: interessi.length > 1,
    particolari: specialDataOf(register, activities, lang),
    giudiziari: criminalDataOf(activities),
    categorie_particolari: unique(activities.flatMap((a) => (a.dati_particolari ?? []).map((d) => lowerFirst(label(d.categoria))))),
    categorie_dati: unique(activities.flatMap(dataCategoriesOf).map(label)),
    fonti: activities.filter((a) => a.fonte?.descrizione).map((a) => ({ descrizione: a.fonte!.descrizione!, pubblica: a.fonte!.pubblica === true, dati: unique(dataCategoriesOf(a).map(label)).map(lowerFirst) })),
    modalita: methodOf(activities),
    destinatari: recipientsOf(register, activities, lang),
    nessun_destinatario: activities.length > 0 && activities.every((a) => a.destinatari === 'nessuno'),
    trasferimenti: transfers,
    copia_garanzie: transfers.some((t) => t.copia),
    // After the activity's name the retention continues the sentence: "Protocollo: conservazione permanente".
    conservazione: activities.flatMap((a) => (a.conservazione ?? []).map((c) => (several ? `${a.denominazione}: ${lowerFirst(noticeRetention(register, c, lang))}` : noticeRetention(register, c, lang)))),
    diritti: rightsFor(explicitConsent ? [...bases, '9.2.a'] : bases, automated, activities.some(isDirectMarketing)),
    canali: channelsOf(controllerContacts, ufficio, rpd?.contatti ?? null),
    conferimento: provisionsOf(register, service.data, activities, lang),
    // "Logica: un algoritmo...": the DPO's sentences continue the label.
    decisioni: activities.filter((a) => a.decisioni_automatizzate?.presenti).map((a) => ({
      logica: optionalLower(a.decisioni_automatizzate!.logica),
      conseguenze: optionalLower(a.decisioni_automatizzate!.conseguenze),
      // Art. 22, par. 3 gives the human review for 22.2.a and c; under 22.2.b the law's own safeguards apply (art. 22, par. 2, lett. b).
      per_legge: a.decisioni_automatizzate!.eccezione === '22.2.b',
      garanzie: optionalLower(a.decisioni_automatizzate!.garanzie),
    })),
    decisioni_profilazione: activities.some((a) => a.decisioni_automatizzate?.presenti && a.profilazione === true),
    minori: service.data.rivolto_a_minori === true,
    aggiornata: date ? longDate(date, lang) : null,
    url_completa: base ? `${base.endsWith('/') ? base : `${base}/`}${service.id}.html` : null,
  };
  // What the notice shows is what the YAML says, in its order: no hidden or reordering characters.
  const shown = displaySafeDeep(content);
  return { ...shown, versione: noticeVersion(shown), logo };
}

/** "A, B e C": the last two joined by the language's "and". */
function listed(names: readonly string[], lang: Lang): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'it' ? 'e' : 'and'} ${names.at(-1)}`;
}

const optionalLower = (text: string | undefined): string | null => (text ? lowerFirst(text) : null);

/** The processing method of all the activities together; null when no record states it. */
function methodOf(activities: readonly TrattamentoFile[]): NoticeModel['modalita'] {
  const paper = activities.some((a) => a.modalita === 'cartaceo' || a.modalita === 'misto');
  const electronic = activities.some((a) => a.modalita === 'elettronico' || a.modalita === 'misto');
  return paper && electronic ? 'mista' : paper ? 'carta' : electronic ? 'elettronica' : null;
}
