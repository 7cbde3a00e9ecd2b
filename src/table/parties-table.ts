import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { SoggettiFile } from '../types/schema.js';
import { countryName } from '../law/countries.js';
import { numericDate } from '../text/numeric-date.js';
import { contactsLine, partyName } from './labels.js';
import type { ExportOptions, Table } from './tables.js';

type Party = NonNullable<SoggettiFile['soggetti']>[number];

/** The roles of soggetti.yaml as the register names them, with their article. */
const ROLES: Readonly<Record<Party['ruolo'], Record<Lang, string>>> = {
  responsabile: { it: 'responsabile (art. 28)', en: 'processor (Art. 28)' },
  'sub-responsabile': { it: 'sub-responsabile (art. 28, par. 2 e 4)', en: 'sub-processor (Art. 28(2) and (4))' },
  contitolare: { it: 'contitolare (art. 26)', en: 'joint controller (Art. 26)' },
  titolare: { it: 'titolare per cui si agisce (art. 30, par. 2)', en: 'controller on whose behalf we act (Art. 30(2))' },
  destinatario: { it: 'destinatario, titolare autonomo', en: 'recipient, independent controller' },
};

const T = {
  it: {
    sheet: 'Soggetti',
    title: 'Responsabili, contitolari e altri soggetti',
    headers: ['ID', 'Denominazione', 'Ruolo', 'Paese', 'Partita IVA / C.F.', 'Contatti', 'RPD del soggetto', 'Atto (art. 28) o accordo (art. 26)', 'Data atto', 'Scadenza', 'Servizi', 'Contenuto essenziale dell\'accordo (art. 26, par. 2)', 'Punto di contatto (art. 26, par. 1)', 'Per conto di', 'Autorizzazione del titolare (art. 28, par. 2)', 'Certificazione DPF'],
    yes: 'sì',
    authorisation: { specifica: 'specifica', generale: 'generale' },
  },
  en: {
    sheet: 'Parties',
    title: 'Processors, joint controllers and other parties',
    headers: ['ID', 'Name', 'Role', 'Country', 'VAT / tax code', 'Contacts', "Party's DPO", 'Contract (Art. 28) or arrangement (Art. 26)', 'Act date', 'Expiry', 'Services', 'Essence of the arrangement (Art. 26(2))', 'Contact point (Art. 26(1))', 'On behalf of', "Controller's authorisation (Art. 28(2))", 'DPF certification'],
    yes: 'yes',
    authorisation: { specifica: 'specific', generale: 'general' },
  },
};

/** Every party of soggetti.yaml with every fact it declares: nothing the YAML holds is left out of the sheet. */
export function partiesTable(register: Register, options: ExportOptions): Table {
  const { lang } = options;
  const t = T[lang];
  const rows = register.parties
    .filter((p) => p.data)
    .map(({ id, data }) => {
      const party = data as Party;
      const auth = party.autorizzazione;
      return [
        id,
        party.denominazione,
        ROLES[party.ruolo]?.[lang] ?? party.ruolo,
        party.paese ? `${party.paese} ${countryName(party.paese, lang)}` : '',
        [party.partita_iva, party.codice_fiscale].filter(Boolean).join(' / '),
        contactsLine(party.contatti),
        contactsLine(party.rpd),
        [party.atto?.tipo, party.atto?.riferimento].filter(Boolean).join(' — '),
        party.atto?.data ?? '',
        party.atto?.scadenza ?? '',
        party.servizi ?? '',
        party.contenuto_essenziale ?? '',
        contactsLine(party.punto_di_contatto),
        party.per_conto_di ? partyName(register, party.per_conto_di) : '',
        auth ? [t.authorisation[auth.tipo] ?? auth.tipo, auth.riferimento, auth.data && numericDate(auth.data)].filter(Boolean).join(' — ') : '',
        party.certificazione_dpf === undefined ? '' : party.certificazione_dpf ? t.yes : 'no',
      ];
    });
  return { sheet: t.sheet, title: t.title, heading: [], headers: t.headers, widths: [20, 34, 18, 14, 18, 34, 28, 36, 12, 12, 34, 44, 28, 24, 34, 14], rows, dateColumns: [8, 9] };
}
