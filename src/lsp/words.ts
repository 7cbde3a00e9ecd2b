import type { Lang } from '../i18n/lang.js';

/** The few words of the language server's own (quick fixes, hovers); diagnostics use the catalogs. */
export const lspWords: Record<Lang, { replaceWith: (value: string) => string; quote: (value: string) => string; addTranslation: string; severity: { error: string; warning: string }; reference: string; party: string; activity: string }> = {
  it: {
    replaceWith: (value) => `Sostituisci con "${value}"`,
    quote: (value) => `Racchiudi tra virgolette: "${value}"`,
    addTranslation: 'Aggiungi la traduzione inglese in vocabolario.yaml',
    severity: { error: 'errore', warning: 'avviso' },
    reference: 'Riferimento',
    party: 'soggetto',
    activity: 'trattamento',
  },
  en: {
    replaceWith: (value) => `Replace with "${value}"`,
    quote: (value) => `Quote it: "${value}"`,
    addTranslation: 'Add the English translation to vocabolario.yaml',
    severity: { error: 'error', warning: 'warning' },
    reference: 'Reference',
    party: 'party',
    activity: 'processing activity',
  },
};
