import { withoutFinalStop } from '../text/plain.js';
import norme from './data/norme.json' with { type: 'json' };
import { legalBases } from './legal-bases.js';

const CITATION = new RegExp(norme.citazione, 'gi');
const GDPR = new RegExp(norme.regolamento_ue);
const TITLE = new RegExp(norme.titolo, 'i');
const BASIS_WORDS = /art\.?\s*[69]|\b[69]\.[12]\.|base|consenso|obblig|interesse|contratt/i;

/** The norms a text cites (data/norme.json), the Regulation itself left out: "D.Lgs. 504/1992", "L. 1228/1954, art. 4". */
export function normsIn(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => withoutFinalStop(m[0].trim().replace(/[,;]$/, ''))).filter((n) => !GDPR.test(n));
}

/**
 * "Finalità e basi legali" in one cell (the Garante's model): the pieces naming a basis are the
 * bases, the pieces citing a norm its norma, the rest the purpose. Pieces are cut at ";", line
 * breaks, " - " and "), " outside brackets, and a closing bracket of references ("Stato civile
 * (D.Lgs. 196/2003 - Codice privacy; art. 6, par. 1, lett. c) GDPR)") is read as pieces too;
 * a norm's name after its dash ("- Codice privacy") stays with it.
 */
export function splitPurposeAndBases(cell: string): { purpose: string; bases: ReturnType<typeof legalBases>; norms: string[] } {
  const codes: string[] = [];
  const conditions: string[] = [];
  const purpose: string[] = [];
  const norms: string[] = [];
  for (const piece of pieces(cell)) {
    const found = legalBases(piece);
    const cites = normsIn(piece);
    if ((found.codes.length || found.conditions.length) && BASIS_WORDS.test(piece) && piece.length < 140) {
      codes.push(...found.codes.filter((c) => !codes.includes(c)));
      conditions.push(...found.conditions.filter((c) => !conditions.includes(c)));
      norms.push(...cites);
    } else if (cites.length) norms.push(piece);
    else purpose.push(piece);
  }
  // Nothing taken out: the purpose is the cell as written, its own dashes included.
  const taken = codes.length + conditions.length + norms.length > 0;
  return { purpose: (taken && purpose.join('; ')) || cell.trim(), bases: { codes, conditions, unread: [] }, norms: [...new Set(norms)] };
}

/** The cell's pieces, a trailing bracket of references opened into pieces of its own. */
function pieces(cell: string): string[] {
  return cutOutside(cell).flatMap((piece) => {
    // From the first bracket to the last: "lett. c)" inside leaves brackets unbalanced, as registers write them.
    const m = /^([^(]*\S)\s*\((.*)\)$/s.exec(piece);
    if (!m || !(normsIn(m[2]!).length || legalBases(m[2]!).codes.length)) return [piece];
    return [m[1]!, ...cutOutside(m[2]!)];
  });
}

/** Cut at ";", line breaks, " - " and "), " where no bracket is open; a norm's title after a dash is not cut off. */
function cutOutside(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    if (depth > 0) continue;
    const dash = /[-–—]/.test(c) && text[i - 1] === ' ' && text[i + 1] === ' ' && !(normsIn(text.slice(start, i)).length && TITLE.test(text.slice(i + 1).trim()));
    const comma = c === ',' && text[i - 1] === ')' && /\s/.test(text[i + 1] ?? '');
    if (c === ';' || c === '\n' || dash || comma) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}
