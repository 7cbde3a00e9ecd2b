import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { contacts, type ContactsView } from './model-contacts.js';
import { lowerFirst } from './model-purposes.js';
import { fold } from '../util/suggest.js';

/** A joint controller as the notice presents it (art. 26, par. 2): who, how to reach them, the essence of the arrangement. */
export interface JointControllerView {
  denominazione: string;
  contatti: ContactsView | null;
  punto_di_contatto: ContactsView | null;
  contenuto_essenziale: string | null;
  accordo: string | null;
  /** What this joint controller does in the service's activities, from the records. */
  ruolo_nel_servizio: string | null;
}

const PROCESSOR_ROLES = new Set(['responsabile', 'sub-responsabile']);
const W = {
  it: { responsabile: 'responsabile del trattamento', 'sub-responsabile': 'sub-responsabile del trattamento' },
  en: { responsabile: 'processor', 'sub-responsabile': 'sub-processor' },
};

/**
 * A category's label beside the record's own description: a bracketed list of examples gives way
 * to it. "Diffusione (albo pretorio, Amministrazione trasparente): sito web della scuola" told the
 * reader of a school's photo gallery that the photos go on the albo pretorio. A bracket that
 * explains the name ("INPS (social security)", "(art. 28)") has no comma and stays.
 */
const withoutExamples = (label: string): string => label.replace(/\s*\([^()]*,[^()]*\)$/, '');

/**
 * The recipients of a service's activities, as specific as the register allows: a processor by
 * what this record gives it (the record's own description, else the party's service), another
 * party by name and what it receives, a category by its label. Joint controllers are not
 * recipients: the notice presents them apart.
 */
export function recipientsOf(register: Register, activities: readonly TrattamentoFile[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const a of activities) {
    if (!Array.isArray(a.destinatari)) continue;
    for (const d of a.destinatari) {
      const party = d.soggetto ? register.partyById.get(d.soggetto)?.data : undefined;
      if (party?.ruolo === 'contitolare') continue;
      if (party && PROCESSOR_ROLES.has(party.ruolo)) {
        const what = d.descrizione ?? party.servizi;
        // The role as the party's: a sub-processor is not the controller's own processor (art. 28, par. 4).
        lines.push(`${party.denominazione}, ${W[lang][party.ruolo as 'responsabile']}${what ? `: ${lowerFirst(what)}` : ''}`);
      } else {
        const category = d.categoria ? register.vocabulary.label('destinatari', d.categoria, lang) : '';
        const who = party ? party.denominazione : d.descrizione ? withoutExamples(category) : category;
        if (who) lines.push(d.descrizione ? `${who}: ${lowerFirst(d.descrizione)}` : who);
      }
    }
  }
  return [...new Set(lines)];
}

export function jointControllersOf(register: Register, activities: readonly TrattamentoFile[]): JointControllerView[] {
  const seen = new Map<string, JointControllerView>();
  for (const a of activities) {
    for (const d of Array.isArray(a.destinatari) ? a.destinatari : []) {
      const party = d.soggetto ? register.partyById.get(d.soggetto)?.data : undefined;
      if (!party || party.ruolo !== 'contitolare') continue;
      const known = seen.get(party.id);
      if (known) {
        if (d.descrizione && !known.ruolo_nel_servizio?.includes(lowerFirst(d.descrizione))) known.ruolo_nel_servizio = [known.ruolo_nel_servizio, lowerFirst(d.descrizione)].filter(Boolean).join('; ');
        continue;
      }
      seen.set(party.id, {
        denominazione: party.denominazione,
        contatti: anyContact(contacts(party.contatti)),
        punto_di_contatto: anyContact(contacts(party.punto_di_contatto)),
        // "Il contenuto essenziale dell'accordo è questo: la Regione gestisce...": the text continues the sentence.
        contenuto_essenziale: party.contenuto_essenziale ? lowerFirst(party.contenuto_essenziale) : null,
        accordo: agreementOf(party.atto),
        // "Che cosa fa: gestione associata...": the text continues the label.
        ruolo_nel_servizio: d.descrizione ?? party.servizi ? lowerFirst((d.descrizione ?? party.servizi)!) : null,
      });
    }
  }
  return [...seen.values()];
}

/** An act whose kind is the joint controller arrangement itself, its article aside: "Accordo di contitolarità (art. 26)", folded. */
const NAMES_THE_ARRANGEMENT = /^(?:accordodicontitolarita|jointcontroller(?:ship)?(?:arrangement|agreement))(?:ex|under)?(?:art(?:icle|icolo)?26\w*)?$/;

/**
 * The arrangement as the notice's sentence continues it ("...stabiliti nell'accordo di
 * contitolarità: DGRT n. 1120/2024, allegato B"). A kind that only repeats the sentence's own words
 * is left out ("nell'accordo di contitolarità: Accordo di contitolarità, ..."); any other kind
 * (a convenzione, a protocollo d'intesa) is said, in lower case after the colon.
 */
function agreementOf(atto: { tipo?: string; riferimento?: string } | undefined): string | null {
  if (!atto) return null;
  const kind = atto.tipo && !(atto.riferimento && NAMES_THE_ARRANGEMENT.test(fold(atto.tipo))) ? lowerFirst(atto.tipo) : undefined;
  return [kind, atto.riferimento].filter(Boolean).join(', ') || null;
}

const anyContact = (c: ContactsView): ContactsView | null => (Object.values(c).some(Boolean) ? c : null);
