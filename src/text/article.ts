import { fold } from '../util/suggest.js';

/**
 * The Italian article for the name of an organisation, from the common noun it opens with:
 * "il Comune di Vallechiara", "l'Istituto comprensivo", "la Regione Lazio", "lo Studio Rossi".
 * A name that opens with a proper noun (a company: "Rossi S.r.l.") takes no article, which is
 * correct in every sentence the notices use it in.
 */
export interface NameForms {
  /** "il Comune di Vallechiara" (or the bare name). */
  soggetto: string;
  /** "del Comune di Vallechiara" (or "di Rossi S.r.l."). */
  di: string;
}

type Gender = 'm' | 'f';

/** First word of the name, folded, with its gender. */
const NOUNS: Record<string, Gender> = {
  comune: 'm', istituto: 'm', liceo: 'm', ente: 'm', consorzio: 'm', ministero: 'm', ordine: 'm', studio: 'm', ospedale: 'm',
  circolo: 'm', convitto: 'm', conservatorio: 'm', policlinico: 'm', tribunale: 'm', ufficio: 'm', centro: 'm', gruppo: 'm',
  collegio: 'm', distretto: 'm', dipartimento: 'm', municipio: 'm', parco: 'm', museo: 'm', teatro: 'm', polo: 'm',
  provincia: 'f', regione: 'f', citta: 'f', unione: 'f', scuola: 'f', universita: 'f', azienda: 'f', agenzia: 'f', camera: 'f',
  fondazione: 'f', associazione: 'f', societa: 'f', cooperativa: 'f', direzione: 'f', accademia: 'f', autorita: 'f',
  banca: 'f', federazione: 'f', istituzione: 'f', parrocchia: 'f', diocesi: 'f', corte: 'f', casa: 'f', farmacia: 'f',
  cassa: 'f', comunita: 'f', prefettura: 'f', questura: 'f', procura: 'f', area: 'f', rete: 'f', asl: 'f', asp: 'f', ats: 'f',
  ausl: 'f', ulss: 'f', asst: 'f', aou: 'f', ao: 'f', ipab: 'f',
  politecnico: 'm', ateneo: 'm', archivio: 'm', biblioteca: 'f', pinacoteca: 'f',
  // School and agency initials, as they are written (dots dropped): l'I.I.S., l'I.C., il CPIA, l'INPS, l'ARPA.
  iis: 'm', isis: 'm', itis: 'm', itc: 'm', itt: 'm', ipsia: 'm', ipsar: 'm', ic: 'm', cpia: 'm', inps: 'm', inail: 'm', arpa: 'f', ater: 'f',
};

/** A name that opens with its own article ("La Bottega S.n.c."): "della Bottega", as Italian joins them. */
const OWN_ARTICLES: Record<string, string> = { il: 'del', lo: 'dello', la: 'della', i: 'dei', gli: 'degli', le: 'delle' };

const ARTICLES = {
  m: { il: ['il', 'del'], lo: ['lo', 'dello'], elided: ["l'", "dell'"] },
  f: { il: ['la', 'della'], lo: ['la', 'della'], elided: ["l'", "dell'"] },
};

/** Whether a text opens with the noun of an organisation's name ("Ministero dell'istruzione", "Regione Lazio"): a proper name, kept capitalised. */
export function opensWithOrganisation(text: string): boolean {
  const first = (/^[\p{L}]+(?:\.[\p{L}]+)*\.?/u.exec(text.trim().replace(/^l['’]/i, ''))?.[0] ?? '').replace(/\./g, '');
  return Object.hasOwn(NOUNS, fold(first));
}

export function italianNameForms(name: string): NameForms {
  const own = /^(il|lo|la|i|gli|le)\s+(.+)$/iu.exec(name.trim()) ?? /^(l['’])(.+)$/iu.exec(name.trim());
  if (own) {
    const article = own[1]!.toLowerCase();
    return { soggetto: name, di: article.startsWith("l'") || article.startsWith('l’') ? `dell'${own[2]}` : `${OWN_ARTICLES[article]} ${own[2]}` };
  }
  // "I.I.S. Galileo Galilei": initials are one word, read without their dots.
  const first = (/^[\p{L}]+(?:\.[\p{L}]+)*\.?/u.exec(name.trim())?.[0] ?? '').replace(/\./g, '');
  const gender = Object.hasOwn(NOUNS, fold(first)) ? NOUNS[fold(first)] : undefined;
  if (!gender) return { soggetto: name, di: `di ${name}` };
  const [article, of] = ARTICLES[gender][kindOf(first)];
  const join = (a: string) => (a.endsWith("'") ? `${a}${name}` : `${a} ${name}`);
  return { soggetto: join(article!), di: join(of!) };
}

/** Elided before a vowel; "lo" before s + consonant, z, gn, ps, x, y. */
function kindOf(word: string): 'il' | 'lo' | 'elided' {
  const w = fold(word);
  if (/^[aeiou]/.test(w) || /^h[aeiou]/.test(w)) return 'elided';
  if (/^(s[^aeiou]|z|gn|ps|x|y)/.test(w)) return 'lo';
  return 'il';
}
