import type { SoggettiFile } from '../types/schema.js';
import { splitTerms } from './split-terms.js';
import titolare from './data/titolare.json' with { type: 'json' };
import { escapeRegExp as escape } from '../text/plain.js';

type Contacts = NonNullable<NonNullable<SoggettiFile['soggetti']>[number]['contatti']>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** An Italian or international number, spaced or dotted: at least six digits. */
const PHONE = /(?:\+\d{2}\s?)?\d[\d .\/-]{5,}\d/;
const URL = /\b(?:https?:\/\/|www\.)\S+/i;
/** The words that end a name and start its address or contacts (data/titolare.json, 'fine'), after a comma. */
const WORDS = titolare.fine.map(escape).join('|');
const AFTER_NAME = new RegExp(`\\s*,\\s*(?=(?:${WORDS})(?![a-z]))`, 'i');

/** The label a piece may open with ("pec:", "e-mail", "tel.", "indirizzo:"), dropped from its value. */
const LABEL = /^\s*(?:pec|e-?mail|mail|posta elettronica(?: certificata)?|tel(?:efono)?\.?|phone|sito(?: web)?|web|indirizzo|sede(?: legale)?|address)\s*[:.]?\s*/i;

/**
 * "Unione dei Comuni della Valle - Via Roma 1, Viterbo - pec: unione@pec.it - tel. 0761 123456":
 * the Garante's model asks for the controller and its contact details in one cell. The name is
 * the first piece; an address with "pec" in it or labelled PEC is a PEC, any other an e-mail;
 * a number a telephone; what is left an address. Nothing that cannot be placed is lost: the
 * cell stays in importazione.originali.
 */
export function nameAndContacts(cell: string): { name: string; contatti?: Contacts } {
  const pieces = piecesOf(cell);
  // "Panificio Bianchi snc, via Garibaldi 12, 40100 Bologna, tel. 051 123456": the name ends where the address starts.
  const [first = '', ...after] = (pieces.shift() ?? '').split(AFTER_NAME);
  pieces.unshift(...after.filter((p) => p.trim()));
  const name = first.replace(/[,.]$/, '').trim();
  const contatti = contactsIn(pieces, true);
  return { name, ...(contatti ? { contatti } : {}) };
}

/** The e-mail, PEC, telephone and site a cell gives, without an address: the contacts of a DPO named beside them. */
export function contactsOnly(cell: string): Contacts | undefined {
  return contactsIn(piecesOf(cell), false);
}

/** Lines, ";" and " - " part the pieces, not a name that has a dash of its own (data/trattini.json). */
function piecesOf(cell: string): string[] {
  return splitTerms(cell.replace(/\s\|\s/g, ' - '), false, () => false);
}

function contactsIn(pieces: readonly string[], withAddress: boolean): Contacts | undefined {
  const contatti: Contacts = {};
  const address: string[] = [];
  for (const piece of pieces) {
    const email = EMAIL.exec(piece)?.[0];
    const value = piece.replace(LABEL, '').trim();
    if (email) {
      const key = /\bpec\b/i.test(piece) || /@(?:[\w-]+\.)*pec\./i.test(email) || /legalmail/i.test(email) ? 'pec' : 'email';
      contatti[key] ??= email;
    } else if (URL.test(value)) contatti.sito ??= URL.exec(value)![0];
    else if (PHONE.test(value) && !/[a-z]{3,}/i.test(value)) contatti.telefono ??= PHONE.exec(value)![0].trim();
    else if (value) address.push(value);
  }
  if (withAddress && address.length) contatti.indirizzo = address.join(', ');
  return Object.keys(contatti).length ? contatti : undefined;
}
