import basi from './data/basi-giuridiche.json' with { type: 'json' };
import condizioni from './data/condizioni-art9.json' with { type: 'json' };
import meccanismi from './data/meccanismi-trasferimento.json' with { type: 'json' };
import type { Lang } from '../i18n/lang.js';

/** Labels of the article codes (6.1.e, 9.2.g, 46.2.c...) in both languages, from src/law/data. */
export type CodeList = 'basi' | 'condizioni' | 'meccanismi';

const lists: Record<CodeList, ReadonlyArray<{ codice: string; it: string; en: string }>> = {
  basi: basi.voci,
  condizioni: condizioni.voci,
  meccanismi: meccanismi.voci,
};

export function codeLabel(list: CodeList, code: string, lang: Lang): string {
  const entry = lists[list].find((v) => v.codice === code);
  return entry ? entry[lang] : code;
}

/**
 * Whether a notice must say how to get a copy of a transfer's safeguards: under arts 46 and 47
 * and art. 49(1), second subparagraph; not for an adequacy decision nor a derogation
 * (meccanismi-trasferimento.json, `copia`).
 */
export function safeguardsCopyNeeded(mechanism: string): boolean {
  return meccanismi.voci.some((v) => v.codice === mechanism && v.copia);
}

/** Whether a transfer mechanism is a derogation of art. 49: no safeguards, only a condition (meccanismi-trasferimento.json, `gruppo`). */
export function isDerogation(mechanism: string): boolean {
  return meccanismi.voci.some((v) => v.codice === mechanism && v.gruppo === 'deroga');
}

/**
 * Whether a derogation covers only occasional, non-repetitive transfers (recitals 111 and 113,
 * EDPB Guidelines 2/2018): never the steady flow to a processor (meccanismi-trasferimento.json,
 * `solo_occasionali`).
 */
export function derogationOnlyOccasional(mechanism: string): boolean {
  return Object.hasOwn(meccanismi.solo_occasionali.codici, mechanism);
}
