import type { Lang } from '../i18n/lang.js';
import type { TrattamentoFile } from '../types/schema.js';
import { citeArticle } from '../law/citation.js';

/** The record's closed values and yes/no facts in words, for the register's cells and the history. */

type Words = Record<Lang, string>;

const COLLECTION: Record<NonNullable<TrattamentoFile['raccolta']>, Words> = {
  'presso-interessato': { it: "presso l'interessato (art. 13)", en: 'from the data subject (Art. 13)' },
  'presso-terzi': { it: 'presso terzi (art. 14)', en: 'from third parties (Art. 14)' },
  entrambi: { it: "presso l'interessato e presso terzi (artt. 13 e 14)", en: 'from the data subject and from third parties (Arts 13 and 14)' },
};

const MODES: Record<NonNullable<TrattamentoFile['modalita']>, Words> = {
  cartaceo: { it: 'su carta', en: 'on paper' },
  elettronico: { it: 'con strumenti elettronici', en: 'by electronic means' },
  misto: { it: 'su carta e con strumenti elettronici', en: 'on paper and by electronic means' },
};

type Provision = NonNullable<TrattamentoFile['conferimento']>['natura'];
// As the notice words them (templates/informativa/*/informativa.hbs, "Devi fornire i dati?").
const PROVISION: Record<Provision, Words> = {
  'obbligo-legale': { it: 'obbligatorio per legge', en: 'required by law' },
  'obbligo-contrattuale': { it: 'necessario per il contratto', en: 'required by the contract' },
  'requisito-necessario': { it: 'necessario per il servizio', en: 'needed for the service' },
  facoltativo: { it: 'facoltativo', en: 'optional' },
};

const F = {
  it: {
    largeScale: 'su larga scala (art. 35, par. 3)',
    profiling: 'valutazione o profilazione degli interessati',
    automated: 'decisioni unicamente automatizzate (art. 22)',
    logic: 'logica',
    effects: 'conseguenze',
    norm: 'norma',
    guarantees: 'garanzie',
    monitoring: 'possibile controllo a distanza (L. 300/1970, art. 4)',
    agreement: 'accordo',
    authorisation: 'autorizzazione',
    workTool: 'strumento di lavoro o di registrazione delle presenze (L. 300/1970, art. 4, c. 2)',
    outOfHours: "attivo solo fuori dall'orario scolastico",
    marketing: 'marketing diretto (art. 21, par. 2)',
    online: 'servizio online offerto direttamente agli interessati (art. 8)',
    parental: 'consenso dei genitori',
    consequences: 'se non forniti',
  },
  en: {
    largeScale: 'large scale (Art. 35(3))',
    profiling: 'evaluation or profiling of data subjects',
    automated: 'solely automated decisions (Art. 22)',
    logic: 'logic',
    effects: 'consequences',
    norm: 'norm',
    guarantees: 'safeguards',
    monitoring: 'possible remote monitoring (Law 300/1970, Art. 4)',
    agreement: 'agreement',
    authorisation: 'authorisation',
    workTool: 'work tool or attendance recording (Law 300/1970, Art. 4(2))',
    outOfHours: 'active only outside school hours',
    marketing: 'direct marketing (Art. 21(2))',
    online: 'online service offered directly to data subjects (Art. 8)',
    parental: 'parental consent',
    consequences: 'if not provided',
  },
};

/** "presso terzi (art. 14)"; an unknown value as written. */
export function collectionLabel(value: string, lang: Lang): string {
  return COLLECTION[value as keyof typeof COLLECTION]?.[lang] ?? value;
}

export function modeLabel(value: string, lang: Lang): string {
  return MODES[value as keyof typeof MODES]?.[lang] ?? value;
}

/** The mode a cell names in the workbook's words ("su carta e con strumenti elettronici"), in either language. */
export function modeOfLabel(text: string): 'cartaceo' | 'elettronico' | 'misto' | undefined {
  const said = text.trim().toLowerCase();
  return (Object.keys(MODES) as Array<keyof typeof MODES>).find((mode) => MODES[mode].it === said || MODES[mode].en.toLowerCase() === said);
}

/** "obbligatorio per legge — se non forniti: la domanda non può essere istruita" */
export function provisionLine(provision: TrattamentoFile['conferimento'], lang: Lang): string {
  if (!provision) return '';
  const nature = PROVISION[provision.natura]?.[lang] ?? provision.natura;
  return provision.conseguenze ? `${nature} — ${F[lang].consequences}: ${provision.conseguenze}` : nature;
}

/**
 * The yes/no facts that weigh on a DPIA and on the notice (art. 8, 21, 22, 35; L. 300/1970,
 * art. 4), one line each: only those the record states, so a cell is empty when none applies.
 */
export function characteristicLines(record: TrattamentoFile, lang: Lang): string[] {
  const w = F[lang];
  const lines: string[] = [];
  if (record.larga_scala) lines.push(w.largeScale);
  if (record.profilazione) lines.push(w.profiling);
  const automated = record.decisioni_automatizzate;
  if (automated?.presenti) {
    // Every fact of the record (art. 22, par. 2 and 3): the exception, its norm, the logic, what follows, the safeguards.
    const parts = [w.automated, automated.eccezione && citeArticle(automated.eccezione, lang), automated.norma && `${w.norm}: ${automated.norma}`, automated.logica && `${w.logic}: ${automated.logica}`];
    parts.push(automated.conseguenze && `${w.effects}: ${automated.conseguenze}`, automated.garanzie && `${w.guarantees}: ${automated.garanzie}`);
    lines.push(parts.filter(Boolean).join(' — '));
  }
  const monitoring = record.controllo_a_distanza;
  if (monitoring) lines.push(monitoringLine(monitoring, lang));
  if (record.marketing_diretto) lines.push(w.marketing);
  if (record.servizio_online) lines.push(record.consenso_genitoriale ? `${w.online} — ${w.parental}: ${record.consenso_genitoriale}` : w.online);
  return lines;
}

function monitoringLine(monitoring: NonNullable<TrattamentoFile['controllo_a_distanza']>, lang: Lang): string {
  const w = F[lang];
  const basis = monitoring.strumento_di_lavoro
    ? w.workTool
    : monitoring.accordo_sindacale
      ? `${w.agreement}: ${monitoring.accordo_sindacale}`
      : monitoring.autorizzazione_ispettorato
        ? `${w.authorisation}: ${monitoring.autorizzazione_ispettorato}`
        : '';
  return [w.monitoring, basis, monitoring.solo_fuori_orario_scolastico ? w.outOfHours : ''].filter(Boolean).join(' — ');
}
