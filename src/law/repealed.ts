import data from './data/norme-abrogate.json' with { type: 'json' };
import clausole from './data/clausole-tipo.json' with { type: 'json' };

/** Repealed, replaced or invalidated norms that registers still cite (src/law/data/norme-abrogate.json). */
export interface RepealedNorm {
  id: string;
  it: string;
  en: string;
  abrogata_da: string;
  abrogata_da_en: string;
  dal: string;
  sostituita_da: string;
  sostituita_da_en: string;
  /** Not checked against the official text: reported as a warning. */
  verificare: boolean;
  /** No norm took its place: `sostituita_da` says what follows instead of naming a norm to cite. */
  senza_sostituta: boolean;
}

interface Entry extends Omit<RepealedNorm, 'verificare' | 'senza_sostituta'> {
  senza_sostituta?: boolean;
  cerca: string[];
  articoli?: string[];
  verificati?: string[];
  verificare?: boolean;
}

const entries: Array<Entry & { patterns: RegExp[] }> = [
  ...(data.norme as Entry[]),
  // The old standard contractual clauses, kept once in clausole-tipo.json for transfer-old-scc too.
  ...clausole.abrogate.map((c) => ({
    id: `scc-${c.decisione}`,
    it: `Decisione ${c.decisione} (clausole contrattuali tipo)`,
    en: `Decision ${c.decisione} (standard contractual clauses)`,
    cerca: [`\\b${c.decisione.replace('/', '\\s*/\\s*')}\\b`],
    abrogata_da: `Decisione di esecuzione (UE) ${clausole.vigenti.decisione}, art. 4`,
    abrogata_da_en: `Commission Implementing Decision (EU) ${clausole.vigenti.decisione}, Art. 4`,
    dal: c.fine_validita,
    sostituita_da: `Decisione di esecuzione (UE) ${clausole.vigenti.decisione}`,
    sostituita_da_en: `Commission Implementing Decision (EU) ${clausole.vigenti.decisione}`,
  })),
].map((e) => ({ ...e, patterns: e.cerca.map((p) => new RegExp(p, 'i')) }));

/** The article numbers a citation names after its norm: "art. 20", "artt. 20, 21 e 22", "art. 2-sexies". */
function articlesCited(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bart(?:t|icol[oi])?\.?\s*((?:\d+(?:-[a-z]+)?(?:\s*(?:,|e|ed|-)\s*)?)+)/gi)) {
    for (const n of match[1]!.matchAll(/\d+(?:-[a-z]+)?/g)) found.push(n[0].toLowerCase());
  }
  return found;
}

const NUMBERS = String.raw`(\d+(?:-[a-z]+)?(?:\s*(?:,|e|ed|-)\s*\d+(?:-[a-z]+)?)*)`;
const SUBDIVISION = String.raw`(?:\s*,?\s*(?:c(?:omma|\.)|par\.|lett(?:era)?\.?)\s*[\da-z]+\)?)*`;
const LINK = String.raw`(?:\s*,?\s*del(?:lo|la)?\s+(?:d\.?\s*lgs\.?\s*|decreto legislativo\s*)?|\s+(?:d\.?\s*lgs\.?|decreto legislativo)\s*)(?:n\.\s*)?$`;
/** "art. 13 del", "artt. 20, 21 e 22 del D.Lgs. n.", "art. 20, comma 2, del": not "art. 20, D.Lgs." (another norm's). */
const BEFORE = new RegExp(String.raw`\bart(?:t|icol[oi])?\.?\s*${NUMBERS}${SUBDIVISION}${LINK}`, 'i');

/** The articles named just before the norm, as Italian often cites them: "art. 13 del D.Lgs. 196/2003". */
function articlesBefore(text: string): string[] {
  const tail = BEFORE.exec(text);
  return tail ? articlesCited(`art. ${tail[1]}`) : [];
}

/**
 * Another norm cited further on ("... e L. 241/1990, artt. 22 e ss.", "e D.P.R. 445/2000"): the
 * articles after it are its own, not the repealed norm's.
 */
const NEXT_NORM = /\b(?:l|legge|d\.?\s*lgs|d\.?\s*l|d\.?\s*p\.?\s*r|d\.?\s*m|d\.?\s*p\.?\s*c\.?\s*m|decreto(?:\s+legislativo|\s+legge)?|reg(?:olamento)?(?:\s*\(?ue\)?)?)\.?\s*(?:n\.?\s*)?\d+\s*\/\s*\d{2,4}\b|\bgdpr\b|\bc\.\s*c\.|\bc\.\s*p\.|\bcodice (?:civile|penale|dell['’]amministrazione digitale)|\bcost(?:ituzione|\.)/i;

/** "D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018, art. 2-ter": the amending norm does not end the citation. */
const AMENDED_BY = /(?:modificat|novellat|integrat|aggiornat|coordinat)[oaie]\s+(?:dal(?:lo|la)?|con(?:\s+il)?|da)\s*$/i;

/** The text after a norm's citation that still speaks of it: up to the next norm cited. */
function ownTail(text: string): string {
  for (const next of text.matchAll(new RegExp(NEXT_NORM.source, 'gi'))) {
    if (!AMENDED_BY.test(text.slice(Math.max(0, next.index - 40), next.index))) return text.slice(0, next.index);
  }
  return text;
}

/** Each repealed norm a text cites, split at ";" so that each citation is judged alone. */
export function repealedIn(text: string): RepealedNorm[] {
  const found = new Map<string, RepealedNorm>();
  for (const part of text.split(';')) {
    const plain = part.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const e of entries) {
      const match = e.patterns.map((p) => p.exec(plain)).find((m) => m);
      if (!match) continue;
      let verificare = e.verificare === true;
      if (e.articoli) {
        const cited = [...articlesBefore(plain.slice(0, match.index)), ...articlesCited(ownTail(plain.slice(match.index + match[0].length)))];
        const hits = cited.filter((a) => e.articoli!.includes(a));
        if (hits.length === 0) continue;
        // One article checked against the official text is enough for an error.
        verificare = verificare && !hits.some((a) => (e.verificati ?? []).includes(a));
      }
      const { id, it, en, abrogata_da, abrogata_da_en, dal, sostituita_da, sostituita_da_en } = e;
      found.set(id, { id, it, en, abrogata_da, abrogata_da_en, dal, sostituita_da, sostituita_da_en, verificare, senza_sostituta: e.senza_sostituta === true });
    }
  }
  return [...found.values()];
}
