import { lookAlikeIn, oddSpaceIn } from '../text/odd-spaces.js';
import type { Lang } from './lang.js';

const WORDS = {
  it: {
    space: (code: string) => ` (contiene ${code}, uno spazio speciale o un carattere invisibile copiato da Word o da una pagina web: cancella il valore e riscrivilo)`,
    letter: (code: string, alphabet: 'cirillico' | 'greco') => ` (contiene ${code}, una lettera dell'alfabeto ${alphabet} che sembra latina: cancella il valore e riscrivilo con la tastiera italiana)`,
  },
  en: {
    space: (code: string) => ` (it holds ${code}, a special space or an invisible character copied from Word or a web page: delete the value and type it again)`,
    letter: (code: string, alphabet: 'cirillico' | 'greco') => ` (it holds ${code}, a ${alphabet === 'greco' ? 'Greek' : 'Cyrillic'} letter that looks Latin: delete the value and type it again)`,
  },
};

/** What a message adds of a value that looks like another: the special space or look-alike letter it holds, named; '' for any other value. */
export function oddValueNote(value: unknown, lang: Lang): string {
  const odd = oddSpaceIn(String(value));
  if (odd) return WORDS[lang].space(odd);
  const letter = lookAlikeIn(String(value));
  return letter ? WORDS[lang].letter(letter.code, letter.alphabet) : '';
}
