import data from './data/trasferimenti.json' with { type: 'json' };
import meccanismi from '../law/data/meccanismi-trasferimento.json' with { type: 'json' };
import { isUnstated, yesNo } from './answers.js';
import { countryCodeOf, isEea } from '../law/countries.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Fate } from './normalize.js';
import { said, type Said } from './said.js';
import { plainText as plain } from '../text/plain.js';

type Transfer = NonNullable<TrattamentoFile['trasferimenti']>[number];

/** What a transfers cell says: the list to write (none when it says nothing readable), and how it was read. */
export interface TransfersRead {
  trasferimenti?: Transfer[];
  fate: Fate;
  result?: Said | string;
}

const MECHANISMS = data.meccanismi.map(([re, code]) => [new RegExp(re!, 'i'), code!] as const);
/** The codes of artt. 45-49 (meccanismi-trasferimento.json): an article cited is read only as one of them. */
const CODES = new Set(meccanismi.voci.map((v) => v.codice));
/** "art. 49 par. 1 lett. d)", "art. 46, paragrafo 2, lettera c", "46.2.c": the mechanism by its article. */
const CITED = /\bart(?:icolo|\.)?\s*(4[5-9])(?:[\s,]*(?:par(?:agrafo)?\.?|comma|c\.)\s*(\d))?(?:[\s,]*lett(?:era|\.)?\s*\(?([a-g])\)?)?|\b(4[69])\.(\d)\.([a-g])\b/i;

/** The code an article citation names, when it is one of artt. 45-49's. */
function citedMechanism(text: string): string | undefined {
  const m = CITED.exec(text);
  if (!m) return undefined;
  const [article, paragraph, letter] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const code = [article, paragraph, letter?.toLowerCase()].filter(Boolean).join('.');
  return CODES.has(code) ? code : undefined;
}
const YES = new RegExp(data.si, 'i');

/**
 * The transfers column: "NO" and "Nessuno" are none; "Sì - USA", "Si (Stati Uniti, clausole
 * contrattuali tipo)", "Stati Uniti" a transfer to each third country named, with the mechanism
 * the cell names (data/trasferimenti.json). A bare "Sì" is a transfer whose country the sheet
 * does not give: written without one, so that validate asks for it (transfer-country) rather
 * than the transfer being lost. EEA countries are not third countries and are reported.
 */
export function readTransfers(cell: string, safeguards = ''): TransfersRead {
  const answer = yesNo(cell);
  if (answer === 'no') return { trasferimenti: [], fate: 'mappato' };
  if (!cell || isUnstated(cell) || answer === 'si/no') return { fate: 'testuale' };
  const affirmed = answer === 'si' || YES.test(cell.trim());
  const { countries, eea } = countriesIn(affirmed ? cell.trim().replace(YES, '') : cell);
  const meccanismo = mechanismOf(`${cell}\n${safeguards}`);
  // "Sì - Francia": the only countries named are in the EEA, so there is no transfer to write.
  if (countries.length === 0 && (!affirmed || eea.length)) return { fate: 'testuale', ...(eea.length ? { result: eeaNote(eea) } : {}) };
  const trasferimenti: Transfer[] = (countries.length ? countries : [undefined]).map((paese) => ({ ...(paese ? { paese: paese as Transfer['paese'] } : {}), ...(meccanismo ? { meccanismo: meccanismo as Transfer['meccanismo'] } : {}) }));
  return { trasferimenti, fate: 'dedotto', result: resultNote(countries, meccanismo, eea) };
}

const PREPOSITION = /^(?:(?:verso|to)\s+(?:(?:il|lo|la|i|gli|le|the)\s+|l['’])?|(?:in|a|ad)\s+(?:the\s+)?|(?:nel|nello|nella|negli|nelle)\s+|nell['’])/i;

/** The third countries a text names, in order, each once; the EEA countries it names apart. */
function countriesIn(text: string): { countries: string[]; eea: string[] } {
  const countries: string[] = [];
  const eea: string[] = [];
  for (const piece of text.split(/[,;\n()/[\]]|\s+[-–—]\s+|\s+(?:e|ed|and)\s+|:/)) {
    // "verso USA", "negli Stati Uniti", "to India": the country after its preposition.
    const name = piece.replace(/\.$/, '').trim().replace(PREPOSITION, '');
    // A two-letter code only in capitals: "in", "no" and "it" are words before they are India, Norway, Italy.
    if (/^[a-z]{2}$/i.test(name) && name !== name.toUpperCase()) continue;
    const code = countryCodeOf(name);
    if (!code || code === 'IT') continue;
    const list = isEea(code) ? eea : countries;
    if (!list.includes(code)) list.push(code);
  }
  return { countries, eea };
}

/** The mechanism a cell names: by its article first, as the register cites it, else by its words. */
function mechanismOf(text: string): string | undefined {
  const t = plain(text);
  return citedMechanism(t) ?? MECHANISMS.find(([re]) => re.test(t))?.[1];
}

function resultNote(countries: readonly string[], meccanismo: string | undefined, eea: readonly string[]): Said {
  const where = countries.length ? countries.join(', ') : undefined;
  const it = [where ? `paese ${where}` : 'paese non indicato (da completare)', meccanismo ? `meccanismo ${meccanismo}` : 'meccanismo da indicare'];
  const en = [where ? `country ${where}` : 'country not stated (to complete)', meccanismo ? `mechanism ${meccanismo}` : 'mechanism to state'];
  if (eea.length) {
    it.push(eeaNote(eea).it);
    en.push(eeaNote(eea).en);
  }
  return said(it.join('; '), en.join('; '));
}

function eeaNote(eea: readonly string[]): Said {
  return said(`${eea.join(', ')} nel SEE: non è un paese terzo`, `${eea.join(', ')} in the EEA: not a third country`);
}
