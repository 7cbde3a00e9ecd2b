import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
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

export type Purpose = NonNullable<TrattamentoFile['finalita']>[number];

/**
 * The purposes of a service's activities, each said once: two records of one service that both
 * serve "Prenotazione delle visite" (the booking and the ticket exemption) listed it twice in both
 * layers. The same purpose keeps every basis the records give it, each once, and the data its
 * consent covers in all of them.
 */
export function purposesOf(register: Register, activities: readonly TrattamentoFile[], lang: Lang): PurposeView[] {
  const byText = new Map<string, PurposeView>();
  for (const a of activities) {
    for (const f of a.finalita ?? []) {
      const view: PurposeView = {
        descrizione: f.descrizione,
        basi: (f.basi_giuridiche ?? []).map((b) => ({ codice: b.base, citazione: citeInRegulation(b.base, lang), etichetta: codeLabel('basi', b.base, lang), norma: b.norma ?? null })),
        consenso: consentOf(register, a, f, lang),
      };
      const key = f.descrizione.replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLocaleLowerCase('it');
      const known = byText.get(key);
      if (known) mergePurpose(known, view);
      else byText.set(key, view);
    }
  }
  return [...byText.values()];
}

function mergePurpose(known: PurposeView, more: PurposeView): void {
  const has = (b: PurposeView['basi'][number]) => known.basi.some((k) => k.codice === b.codice && k.norma === b.norma);
  known.basi.push(...more.basi.filter((b) => !has(b)));
  if (!more.consenso) return;
  known.consenso = known.consenso
    ? { dati: [...new Set([...known.consenso.dati, ...more.consenso.dati])], revoca: known.consenso.revoca ?? more.consenso.revoca }
    : more.consenso;
}

function consentOf(register: Register, record: TrattamentoFile, purpose: Purpose, lang: Lang): PurposeView['consenso'] {
  const consent = (purpose.basi_giuridiche ?? []).find((b) => b.base === '6.1.a');
  if (!consent) return null;
  const data = [...(record.dati ?? []), ...(record.dati_particolari ?? []).map((d) => d.categoria)];
  return { dati: [...new Set(data)].map((id) => lowerFirst(register.vocabulary.label('dati', id, lang))), revoca: consent.revoca ? lowerFirst(consent.revoca) : null };
}

const onlyBase = (p: Purpose, base: string) => (p.basi_giuridiche ?? []).length > 0 && (p.basi_giuridiche ?? []).every((b) => b.base === base);
export const onlyConsent = (p: Purpose) => onlyBase(p, '6.1.a');
/**
 * Marketing on legitimate interest. The record's flag speaks for its purpose on 6.1.f only when
 * it has one: among several (fraud prevention beside the offers), each is judged by what it says,
 * since the right to object without reasons (art. 21, par. 2) is for direct marketing alone.
 */
export function marketingOnInterest(a: TrattamentoFile, p: Purpose): boolean {
  if (!onlyBase(p, '6.1.f') || a.marketing_diretto === false) return false;
  const onInterest = (a.finalita ?? []).filter((g) => onlyBase(g, '6.1.f')).length;
  return (a.marketing_diretto === true && onInterest === 1) || describesMarketing(p.descrizione);
}

/** A text the notice prints as a sentence of its own: it opens with a capital ("senza i dati..." -> "Senza i dati..."). */
export const sentenceOf = (text: string | undefined): string | null => (text ? upperFirst(text.trim()) : null);

export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('it') + text.slice(1);

/**
 * A sentence written by the DPO, continued after a colon: lower case, unless it opens with an
 * acronym or names an organisation ("Ministero dell'istruzione", "Agenzia delle entrate").
 */
export function lowerFirst(text: string): string {
  // "L'associazione gestisce...": an elided article before a common noun (lower case) opens a sentence like a word does.
  if (/^\p{Lu}['’]\p{Ll}/u.test(text)) return text[0]!.toLocaleLowerCase('it') + text.slice(1);
  if (opensWithOrganisation(text)) return text;
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase('it') + text.slice(1) : text;
}
