import type { Lang } from '../i18n/lang.js';
import type { RecordKind } from './compare.js';

/** The names of the records' fields in words, as the register's workbook and notices call them. */
const FIELDS: Readonly<Record<string, { it: string; en: string }>> = {
  denominazione: { it: 'Denominazione', en: 'Name' },
  descrizione: { it: 'Descrizione', en: 'Description' },
  area: { it: 'Area', en: 'Department' },
  ufficio: { it: 'Ufficio', en: 'Office' },
  referente: { it: 'Referente interno', en: 'Internal contact' },
  finalita: { it: 'Finalità e basi giuridiche', en: 'Purposes and legal bases' },
  interessati: { it: 'Categorie di interessati', en: 'Categories of data subjects' },
  dati: { it: 'Categorie di dati personali', en: 'Categories of personal data' },
  dati_particolari: { it: 'Categorie particolari (art. 9)', en: 'Special categories (Art. 9)' },
  dati_giudiziari: { it: 'Dati giudiziari (art. 10)', en: 'Criminal-offence data (Art. 10)' },
  raccolta: { it: 'Raccolta', en: 'Collection' },
  fonte: { it: 'Fonte dei dati', en: 'Source of the data' },
  operazioni: { it: 'Operazioni', en: 'Operations' },
  modalita: { it: 'Modalità', en: 'Mode' },
  applicativi: { it: 'Applicativi', en: 'Applications' },
  destinatari: { it: 'Destinatari', en: 'Recipients' },
  trasferimenti: { it: 'Trasferimenti verso paesi terzi', en: 'Transfers to third countries' },
  conservazione: { it: 'Termini di conservazione', en: 'Retention periods' },
  misure: { it: 'Misure di sicurezza', en: 'Security measures' },
  misure_descrizione: { it: 'Descrizione delle misure', en: 'Description of the measures' },
  misure_documento: { it: 'Documento sulle misure', en: 'Document on the measures' },
  larga_scala: { it: 'Larga scala', en: 'Large scale' },
  profilazione: { it: 'Profilazione', en: 'Profiling' },
  servizio_online: { it: 'Servizio online', en: 'Online service' },
  consenso_genitoriale: { it: 'Consenso dei genitori', en: 'Parental consent' },
  decisioni_automatizzate: { it: 'Decisioni automatizzate', en: 'Automated decisions' },
  marketing_diretto: { it: 'Marketing diretto', en: 'Direct marketing' },
  controllo_a_distanza: { it: 'Controllo a distanza', en: 'Remote monitoring' },
  conferimento: { it: 'Conferimento dei dati', en: 'Provision of the data' },
  dpia: { it: "Valutazione d'impatto", en: 'DPIA' },
  creato: { it: 'Scheda creata il', en: 'Record created' },
  aggiornato: { it: 'Ultimo aggiornamento', en: 'Last updated' },
  note: { it: 'Note', en: 'Notes' },
  importazione: { it: 'Valori importati', en: 'Imported values' },
  eccezioni: { it: 'Eccezioni alle verifiche', en: 'Rule exceptions' },
  trattamenti: { it: 'Trattamenti coinvolti', en: 'Processing activities involved' },
  rivolto_a_minori: { it: 'Rivolto a minori', en: 'Aimed at minors' },
  ruolo: { it: 'Ruolo', en: 'Role' },
  codice_fiscale: { it: 'Codice fiscale', en: 'Tax code' },
  partita_iva: { it: 'Partita IVA', en: 'VAT number' },
  paese: { it: 'Paese', en: 'Country' },
  contatti: { it: 'Contatti', en: 'Contacts' },
  rpd: { it: 'Responsabile della protezione dei dati', en: 'Data protection officer' },
  atto: { it: 'Atto di nomina o accordo', en: 'Contract or arrangement' },
  contenuto_essenziale: { it: "Contenuto essenziale dell'accordo", en: 'Essence of the arrangement' },
  punto_di_contatto: { it: 'Punto di contatto', en: 'Contact point' },
  per_conto_di: { it: 'Per conto di', en: 'On behalf of' },
  autorizzazione: { it: 'Autorizzazione', en: 'Authorisation' },
  certificazione_dpf: { it: 'Certificazione DPF', en: 'DPF certification' },
  servizi: { it: 'Servizi', en: 'Services' },
  titolare: { it: 'Titolare del trattamento', en: 'Controller' },
  rappresentante: { it: 'Rappresentante', en: 'Representative' },
  registro: { it: 'Dati del registro', en: 'Register details' },
  opzioni: { it: 'Opzioni', en: 'Options' },
  // The views the legal effects are written against (src/history/facets.ts).
  basi: { it: 'Basi giuridiche', en: 'Legal bases' },
  responsabili: { it: 'Responsabili del trattamento (art. 28)', en: 'Processors (Art. 28)' },
  'conservazione-giorni': { it: 'Durata della conservazione', en: 'Retention period' },
  monitoraggio: { it: 'Monitoraggio sistematico', en: 'Systematic monitoring' },
  'decisioni-automatizzate': { it: 'Decisioni automatizzate', en: 'Automated decisions' },
  rimossa: { it: 'Scheda rimossa', en: 'Record removed' },
};

export function fieldLabel(field: string, lang: Lang): string {
  return FIELDS[field]?.[lang] ?? field;
}

const KINDS: Readonly<Record<RecordKind, { it: string; en: string }>> = {
  registro: { it: 'Titolare e registro (registro.yaml)', en: 'Controller and register (registro.yaml)' },
  soggetto: { it: 'Soggetto', en: 'Party' },
  trattamento: { it: 'Trattamento', en: 'Processing activity' },
  servizio: { it: 'Servizio', en: 'Service' },
  'attivita-responsabile': { it: 'Attività per conto di terzi', en: 'Activity on behalf of others' },
};

export function kindLabel(kind: RecordKind, lang: Lang): string {
  return KINDS[kind][lang];
}
