import type { Lang } from './lang.js';
import { listOf } from './list.js';
import { MONTHS } from './months.js';

/**
 * A rule's legal reference, written in Italian in the rule (`art. 30, par. 1, lett. a)`), in the
 * English citation style of the English messages (`Art. 30(1)(a)`), for every English output
 * that shows it (the hover, `registro rules`, SARIF). The names of Italian acts stay as they are
 * cited (Codice, Legislative Decree 33/2013).
 */
export function englishReference(reference: string): string {
  let out = reference;
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement as (...groups: string[]) => string);
  return out
    .replace(/, par\. (\d+)-(\d+)\b/g, '($1)-($2)')
    .replace(/, par\. (\d[\d.]*(?:(?:, | e | ed )\d[\d.]*)*)/g, (_, items: string) => inParentheses(items))
    .replace(/, lett\. ([a-z]\)(?:(?:, | e | ed )[a-z]\))*)/g, (_, items: string) => inParentheses(items.replace(/\)/g, '')))
    .replace(/, c\. (\d+(?:(?:, | e | ed )\d+)*)/g, (_, items: string) => inParentheses(items))
    .replace(/\bartt\. /g, 'Arts ')
    .replace(/\bart\. /g, 'Art. ')
    // "art. 5, par. 2, e art. 30": English joins the two without the comma.
    .replace(/, ed? (?=Arts?\.? )/g, ' and ')
    .replace(/ ed? /g, ' and ');
}

/** Whole phrases first, before the numbering is rewritten. */
const PHRASES: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/FAQ del Garante sul registro delle attività di trattamento/g, "the Garante's FAQ on the record of processing activities"],
  [/considerandi? (\d+(?:(?:, | e )\d+)+)/g, 'Recitals $1'],
  [/considerando (\d+)/g, 'Recital $1'],
  [/Decisione di esecuzione \(UE\)/g, 'Commission Implementing Decision (EU)'],
  [/Provv\. Garante n\. /g, 'Garante decision no. '],
  [/Provv\. Garante (\d+) (\p{L}+) (\d{4})(, par\. |, n\. )?/gu, (_, day: string, month: string, year: string, after?: string) =>
    `Garante decision of ${day} ${englishMonth(month)} ${year}${after === ', par. ' ? ', section ' : after ? ', no. ' : ''}`],
  [/WP(\d+), par\. /g, 'WP$1 section '],
  [/D\.Lgs\. /g, 'Legislative Decree '],
  [/D\.P\.R\. /g, 'Presidential Decree '],
  [/\bL\. (\d)/g, 'Law $1'],
  [/secondo comma/g, 'second subparagraph'],
  [/criterio /g, 'success criterion '],
];

/** `2, 3 e 4` -> `(2), (3) and (4)`. */
function inParentheses(items: string): string {
  return listOf(items.split(/, | ed? /).map((item) => `(${item})`), 'en');
}

/** A rule's legal reference as the reader of that language cites it. */
export function referenceIn(reference: string, lang: Lang): string {
  return lang === 'en' ? englishReference(reference) : reference;
}

/** "settembre" -> "September"; a word that is no month stays as written. */
const englishMonth = (month: string): string => MONTHS.en[MONTHS.it.indexOf(month.toLowerCase())] ?? month;
