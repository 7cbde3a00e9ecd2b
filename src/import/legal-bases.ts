import basi from './data/basi-giuridiche.json' with { type: 'json' };
import { splitList } from './normalize.js';

const BASIS_WORDS: ReadonlyArray<[RegExp, string]> = basi.parole.map(([re, code]) => [new RegExp(re!, 'i'), code!]);
/** "(non è richiesto il consenso)": consent named to say it is not the basis. */
const CONSENT_EXCLUDED = new RegExp(basi.consenso_escluso.join('|'), 'gi');

/** "lett. b) e h)", "lett. b, c": the letters after the first, joined by "e" or commas. */
const MORE = String.raw`((?:\s*(?:,|\bed\b|\be\b)\s*\(?[a-j]\)?(?![a-z]))*)`;
/** "par. 1", "comma 1", "c. 1", "co.1", and the number first: "1° comma". */
const PARAGRAPH = String.raw`(?:par\.?|paragrafo|comma|co\.|c\.)`;
const LETTERS = (art: string, par: string, last: string) =>
  new RegExp(String.raw`art(?:icolo|\.)?\s*${art}\s*(?:[.,]?\s*(?:${PARAGRAPH}?\s*${par}|${par}\s*[°º]\s*${PARAGRAPH}))?\s*[.,]?\s*(?:lett(?:era|\.)?\s*)?\(?([${last}])(?![a-z])\)?` + MORE, 'gi');
const ART6 = [LETTERS('6', '1', 'a-f'), /\b6\.1\.([a-f])\b()/gi, /\b6\s*\(\s*1\s*\)\s*\(\s*([a-f])\s*\)()/gi];
const ART9 = [LETTERS('9', '2', 'a-j'), /\b9\.2\.([a-j])\b()/gi, /\b9\s*\(\s*2\s*\)\s*\(\s*([a-j])\s*\)()/gi];

function cited(piece: string, patterns: readonly RegExp[], prefix: string): string[] {
  const codes: string[] = [];
  for (const re of patterns) {
    for (const m of piece.matchAll(re)) {
      for (const letter of [m[1]!, ...[...(m[2] ?? '').matchAll(/(?:,|\be\b|\bed\b)\s*\(?([a-j])(?![a-z])/gi)].map((x) => x[1]!)]) {
        const code = `${prefix}.${letter.toLowerCase()}`;
        if (!codes.includes(code)) codes.push(code);
      }
    }
  }
  return codes;
}

/**
 * Legal bases written as prose or as codes: "esecuzione di un compito di interesse pubblico ...
 * (GDPR art. 6 e", "Art. 6.1.b GDPR (contratto)", "obbligo di legge", "contratto, obbligo di legge".
 * Every basis a piece names counts; an explicit article letter wins over the words. The
 * conditions of art. 9(2) ("Art. 9.2.h", "art. 9 par. 2 lett. b) e h)") come back apart.
 */
export function legalBases(cell: string): { codes: string[]; conditions: string[]; unread: string[] } {
  const codes: string[] = [];
  const conditions: string[] = [];
  const unread: string[] = [];
  const add = (list: string[], found: readonly string[]) => found.forEach((c) => list.includes(c) || list.push(c));
  for (const written of splitList(cell, false)) {
    // Runs of spaces collapsed first: the patterns chain optional \s*, cubic on a long run.
    const piece = written.replace(/\s+/g, ' ');
    const special = cited(piece, ART9, '9.2');
    // "art. 9 par. 2 lett. b)" is not art. 6(1)(b): the art. 9 references are taken out first.
    const rest = special.length ? ART9.reduce((text, re) => text.replace(re, ' '), piece) : piece;
    const explicit = cited(rest, ART6, '6.1');
    const prose = rest.replace(CONSENT_EXCLUDED, ' ');
    const words = explicit.length ? [] : BASIS_WORDS.filter(([re]) => re.test(prose)).map(([, code]) => code);
    add(codes, explicit.length ? explicit : words);
    add(conditions, special);
    if (!explicit.length && !words.length && !special.length) unread.push(written);
  }
  return { codes, conditions, unread };
}
