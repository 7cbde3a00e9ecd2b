import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { ServizioFile, TrattamentoFile } from '../types/schema.js';
import { codeLabel } from '../law/codes.js';
import { citeInRegulation } from '../law/citation.js';
import { opensWithOrganisation } from '../text/article.js';
import { describesMarketing } from '../law/facts.js';

export interface PurposeView {
  descrizione: string;
  basi: Array<{ codice: string; citazione: string; etichetta: string; norma: string | null }>;
  /** For a purpose resting on consent (6.1.a): what the consent covers and how to withdraw it (art. 7, par. 3). */
  consenso: { dati: string[]; revoca: string | null } | null;
}

/** Whether providing the data is required (art. 13, par. 2, lett. e), for one purpose or for all. */
export interface ProvisionView {
  /** The purpose, or the special category, it applies to; null when it applies to all the notice covers. */
  ambito: string | null;
  natura: string;
  conseguenze: string | null;
  /** Optional because the purpose rests on consent alone. */
  consenso: boolean;
  /**
   * Direct marketing on legitimate interest (art. 6, par. 1, lett. f; Codice, art. 130, c. 4):
   * nothing more is asked for it, and the reader can object at any time (art. 21, par. 2).
   */
  opposizione: boolean;
}

type Purpose = NonNullable<TrattamentoFile['finalita']>[number];

export function purposesOf(register: Register, activities: readonly TrattamentoFile[], lang: Lang): PurposeView[] {
  return activities.flatMap((a) =>
    (a.finalita ?? []).map((f) => ({
      descrizione: f.descrizione,
      basi: (f.basi_giuridiche ?? []).map((b) => ({ codice: b.base, citazione: citeInRegulation(b.base, lang), etichetta: codeLabel('basi', b.base, lang), norma: b.norma ?? null })),
      consenso: consentOf(register, a, f, lang),
    })),
  );
}

function consentOf(register: Register, record: TrattamentoFile, purpose: Purpose, lang: Lang): PurposeView['consenso'] {
  const consent = (purpose.basi_giuridiche ?? []).find((b) => b.base === '6.1.a');
  if (!consent) return null;
  const data = [...(record.dati ?? []), ...(record.dati_particolari ?? []).map((d) => d.categoria)];
  return { dati: [...new Set(data)].map((id) => lowerFirst(register.vocabulary.label('dati', id, lang))), revoca: consent.revoca ? lowerFirst(consent.revoca) : null };
}

const onlyBase = (p: Purpose, base: string) => (p.basi_giuridiche ?? []).length > 0 && (p.basi_giuridiche ?? []).every((b) => b.base === base);
const onlyConsent = (p: Purpose) => onlyBase(p, '6.1.a');
/**
 * Marketing on legitimate interest. The record's flag speaks for its purpose on 6.1.f only when
 * it has one: among several (fraud prevention beside the offers), each is judged by what it says,
 * since the right to object without reasons (art. 21, par. 2) is for direct marketing alone.
 */
function marketingOnInterest(a: TrattamentoFile, p: Purpose): boolean {
  if (!onlyBase(p, '6.1.f') || a.marketing_diretto === false) return false;
  const onInterest = (a.finalita ?? []).filter((g) => onlyBase(g, '6.1.f')).length;
  return (a.marketing_diretto === true && onInterest === 1) || describesMarketing(p.descrizione);
}

/**
 * Per purpose: a purpose resting on consent alone is optional by definition (consent is free,
 * art. 7, par. 4), and so are special data processed on explicit consent (9.2.a); the other
 * purposes follow the service, else their activity. One statement when all agree, one per
 * purpose or category when they differ.
 */
export function provisionsOf(register: Register, service: ServizioFile, activities: readonly TrattamentoFile[], lang: Lang): ProvisionView[] {
  const list: ProvisionView[] = [];
  for (const a of activities) {
    for (const f of a.finalita ?? []) {
      // What the service says of an optional item still applies ("Non riceverai la newsletter").
      const optional = [service.conferimento, a.conferimento].find((c) => c?.natura === 'facoltativo');
      if (onlyConsent(f)) list.push({ ambito: f.descrizione, natura: 'facoltativo', conseguenze: sentenceOf(optional?.conseguenze), consenso: true, opposizione: false });
      else if (marketingOnInterest(a, f)) {
        // The record's consequences speak for this purpose only when it has no other kind.
        const own = (a.finalita ?? []).every((g) => marketingOnInterest(a, g)) ? a.conferimento?.conseguenze : undefined;
        list.push({ ambito: f.descrizione, natura: 'facoltativo', conseguenze: sentenceOf(own), consenso: false, opposizione: true });
      } else {
        const stated = service.conferimento ?? a.conferimento;
        if (stated) list.push({ ambito: f.descrizione, natura: stated.natura, conseguenze: sentenceOf(stated.conseguenze), consenso: false, opposizione: false });
      }
    }
    for (const d of a.dati_particolari ?? []) {
      if (d.condizione === '9.2.a') list.push({ ambito: register.vocabulary.label('dati', d.categoria, lang), natura: 'facoltativo', conseguenze: null, consenso: true, opposizione: false });
    }
  }
  // Items that say the same thing are said once, naming all they apply to.
  const groups = new Map<string, ProvisionView>();
  for (const p of list) {
    const key = JSON.stringify([p.natura, p.conseguenze, p.consenso, p.opposizione]);
    const known = groups.get(key);
    if (!known) groups.set(key, { ...p });
    else if (!known.ambito!.split('; ').includes(lowerFirst(p.ambito!))) known.ambito = `${known.ambito}; ${lowerFirst(p.ambito!)}`;
  }
  const merged = [...groups.values()];
  return merged.length === 1 ? [{ ...merged[0]!, ambito: null }] : merged;
}

/** A text the notice prints as a sentence of its own: it opens with a capital ("senza i dati..." -> "Senza i dati..."). */
const sentenceOf = (text: string | undefined): string | null => (text ? upperFirst(text.trim()) : null);

export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('it') + text.slice(1);

/**
 * A sentence written by the DPO, continued after a colon: lower case, unless it opens with an
 * acronym or names an organisation ("Ministero dell'istruzione", "Agenzia delle entrate").
 */
export function lowerFirst(text: string): string {
  if (opensWithOrganisation(text)) return text;
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase('it') + text.slice(1) : text;
}
