import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { lowerFirst, upperFirst } from './model-purposes.js';
import { agreeingDuration, isPermanentTerm } from '../text/duration-agreement.js';

type Retention = NonNullable<TrattamentoFile['conservazione']>[number];

const W = {
  it: { permanent: 'conservazione permanente', data: 'per questi dati', purpose: 'per la finalità' },
  en: { permanent: 'kept permanently', data: 'for these data', purpose: 'for the purpose' },
};

/**
 * A start event ("dall'iscrizione", "from the filing"): a permanent term has none. Anything else
 * beside "permanente" narrows it ("per i referti positivi, nella cartella clinica") and is said.
 */
const STARTS_FROM = /^(?:dal|dall'|dall’|dalla|dalle|dai|dagli|da|from|after)\b/i;

/**
 * One retention item as a notice says it: "5 anni dalla fine dell'anno scolastico (Piano di
 * conservazione, titolo VII), per questi dati: dati di contatto, codice fiscale". A permanent
 * term takes no start, but keeps what narrows it; a source written with its own brackets is not nested in ours.
 */
export function noticeRetention(register: Register, r: Retention, lang: Lang): string {
  const permanent = isPermanentTerm(r.durata ?? '');
  const term = permanent ? [W[lang].permanent, r.decorrenza && !STARTS_FROM.test(r.decorrenza) ? r.decorrenza : ''].filter(Boolean).join(' ') : [r.durata ? agreeingDuration(r.durata) : r.durata, r.decorrenza].filter(Boolean).join(' ') || r.criterio || '';
  const extra = r.durata && r.criterio ? `; ${r.criterio}` : '';
  const source = r.fonte ? ` (${unbracketed(r.fonte)})` : '';
  const labels = (r.categorie ?? []).map((id) => lowerFirst(register.vocabulary.label('dati', id, lang)));
  const scope = labels.length ? `, ${W[lang].data}: ${labels.join(', ')}` : r.finalita ? `, ${W[lang].purpose}: ${lowerFirst(r.finalita)}` : '';
  return upperFirst(`${term}${extra}${source}${scope}`);
}

/**
 * A source inside our brackets: its own brackets become commas ("D.Lgs. 206/2005 (Codice del
 * consumo)" -> "D.Lgs. 206/2005, Codice del consumo"), except an acronym that belongs to an act's
 * name: "Reg. (UE) 2016/679" stays, never "Reg., UE 2016/679".
 */
function unbracketed(source: string): string {
  return source.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (/^\p{Lu}{2,8}$/u.test(inner) ? whole : `, ${inner}`));
}
