import { shortened } from '../text/shortened.js';
import { stringify } from 'yaml';
import type { ReportEntry } from './record.js';
import { inLanguage } from './said.js';
import type { Lang } from '../i18n/lang.js';

/**
 * What the activities and the processor's entries write alike: their YAML, where each was read,
 * and the report's line for each value of its row.
 */

export const importYaml = (value: unknown) => stringify(value, { lineWidth: 100, version: '1.2' });

const WORDS = {
  it: { fates: { mappato: 'mappato', dedotto: 'dedotto (da verificare)', testuale: 'conservato come testo' }, sheet: 'foglio', row: 'riga' },
  en: { fates: { mappato: 'mapped', dedotto: 'inferred (to check)', testuale: 'kept as text' }, sheet: 'sheet', row: 'row' },
} as const;

/** "riga 8", or "foglio Personale, riga 3" when the workbook had several sheets. */
export function whereRead(importazione: { foglio?: string; riga?: number } | undefined, lang: Lang): string {
  const w = WORDS[lang];
  return `${importazione?.foglio ? `${w.sheet} ${importazione.foglio}, ` : ''}${w.row} ${importazione?.riga}`;
}

/** "- base: dedotto (da verificare): idem -> 6.1.e": one line per value, how it was carried over. */
export function reportLines(report: readonly ReportEntry[], lang: Lang): string[] {
  return report.map(({ campo, fate, value, result }) => {
    const shown = result === undefined ? inLanguage(value, lang) : `${inLanguage(value, lang)} -> ${inLanguage(result, lang)}`;
    // Whole, up to a length no sheet's cell reaches but by mistake: the report is what the DPO checks.
    return `- ${campo}: ${WORDS[lang].fates[fate]}: ${shortened(shown.replace(/\s+/g, ' '), 400)}`;
  });
}
