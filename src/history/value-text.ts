import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { basisLine, dpiaLine, recipientLines, retentionLine, specialLine, transferLine } from '../table/labels.js';
import { collectionLabel, modeLabel } from '../table/fact-labels.js';
import { VOCAB_NAMES, type VocabName } from '../vocab/vocabulary.js';
import type { RecordKind } from './compare.js';

type Item = Record<string, unknown>;
export const isItem = (v: unknown): v is Item => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * One entry of a field in words, the way the workbook writes it (vocabulary labels, article
 * codes with their names, party names); anything else as compact text. Never throws: a broken
 * past version still shows what it said.
 */
export function valueText(kind: RecordKind, field: string, value: unknown, register: Register, lang: Lang): string {
  try {
    const words = kind === 'trattamento' || kind === 'attivita-responsabile' ? activityText(field, value, register, lang) : undefined;
    if (words !== undefined) return words;
    if (kind === 'servizio' && field === 'trattamenti' && typeof value === 'string') {
      const name = register.trattamenti.find((t) => t.id === value)?.data.denominazione;
      return name ? `${name} (${value})` : value;
    }
  } catch {
    // Fall through to the plain text of a value the labels cannot read.
  }
  return compactText(value, lang);
}

function activityText(field: string, value: unknown, register: Register, lang: Lang): string | undefined {
  if (field === 'raccolta' && typeof value === 'string') return collectionLabel(value, lang);
  if (field === 'modalita' && typeof value === 'string') return modeLabel(value, lang);
  if ((VOCAB_NAMES as readonly string[]).includes(field) && typeof value === 'string') return register.vocabulary.label(field as VocabName, value, lang);
  if (!isItem(value)) return undefined;
  switch (field) {
    case 'finalita': {
      const bases = Array.isArray(value.basi_giuridiche) ? value.basi_giuridiche.filter(isItem).map((b) => basisLine(b as never, lang)) : [];
      return bases.length ? `${String(value.descrizione ?? '')} (${bases.join('; ')})` : String(value.descrizione ?? '');
    }
    case 'dati_particolari':
      return specialLine(register, value as never, lang);
    case 'destinatari':
      return recipientLines(register, { destinatari: [value] } as unknown as TrattamentoFile, lang).join('; ');
    case 'trasferimenti':
      return transferLine(register, value as never, lang);
    case 'conservazione':
      return retentionLine(register, value as never, lang);
    case 'dpia':
      return dpiaLine(value as never, lang);
    default:
      return undefined;
  }
}

/** The vocabulary a key inside an entry of `field` draws its terms from, if any. */
export function vocabularyOfKey(field: string, key: string): VocabName | undefined {
  if ((VOCAB_NAMES as readonly string[]).includes(key)) return key as VocabName;
  if (key === 'categorie') return 'dati';
  if (key === 'categoria') return field === 'destinatari' ? 'destinatari' : 'dati';
  return undefined;
}

/**
 * A value inside an entry of `field`, in words: vocabulary terms by their labels and parties by
 * their names, as the lines of the entries show them; anything else as compact text.
 */
export function keyValueText(field: string, key: string, value: unknown, register: Register, lang: Lang): string {
  const name = vocabularyOfKey(field, key);
  const term = (v: unknown) => (typeof v === 'string' && name ? register.vocabulary.label(name, v, lang) : v);
  if (name && (typeof value === 'string' || Array.isArray(value))) return compactText(Array.isArray(value) ? value.map(term) : term(value), lang);
  if ((key === 'soggetto' || key === 'destinatario') && typeof value === 'string') {
    const party = register.partyById.get(value)?.data?.denominazione;
    return party ? `${party} (${value})` : value;
  }
  return compactText(value, lang);
}

/** Any value as compact text: yes and no in words, lists joined, maps as "key: value; ...". */
export function compactText(value: unknown, lang: Lang): string {
  if (typeof value === 'boolean') return value ? (lang === 'it' ? 'sì' : 'yes') : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => compactText(v, lang)).join(', ');
  if (isItem(value)) return Object.entries(value).map(([k, v]) => `${k}: ${compactText(v, lang)}`).join('; ');
  return String(value);
}
