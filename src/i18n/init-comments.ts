import type { Lang } from './lang.js';

/**
 * The comments of the templates of `registro init` (templates/init), in English for --lang en,
 * as `registro import` writes its comments in the language asked. The keys are the comments as
 * the templates write them; the register's data stay as written, in Italian, as its keys do.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  'Un servizio al pubblico: da qui nasce la sua informativa (artt. 13 e 14).': 'A service to the public: its privacy notice is generated from here (Arts 13 and 14).',
  'Responsabili (art. 28), contitolari (art. 26) e altri destinatari, richiamati per id dalle schede.':
    'Processors (Art. 28), joint controllers (Art. 26) and other recipients, referred to by id from the records.',
  'Il titolare del trattamento e il suo RPD (art. 30, par. 1, lett. a).': 'The controller and its data protection officer (Art. 30(1)(a)).',
  'Sostituisci ogni "DA COMPLETARE": registro validate li segnala finché restano.': 'Replace every "DA COMPLETARE": registro validate reports them while they remain.',
  'Una scheda per attività di trattamento: il nome del file è il suo identificativo.': 'One record per processing activity: the name of the file is its id.',
};

/** A template's text with each whole-line comment in the language asked (the modeline is no comment to read). */
export function commentsIn(text: string, lang: Lang): string {
  if (lang === 'it') return text;
  return text.replace(/^# (?!yaml-language-server:)(.*)$/gm, (line, comment: string) => (ENGLISH[comment] ? `# ${ENGLISH[comment]}` : line));
}

/** The comments that have no English text, for the test that each has one. */
export function untranslatedComments(text: string): string[] {
  return [...text.matchAll(/^# (?!yaml-language-server:)(.*)$/gm)].map((m) => m[1]!).filter((comment) => !ENGLISH[comment]);
}
