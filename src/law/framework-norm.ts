import basi from './data/basi-giuridiche.json' with { type: 'json' };

/** A citation of the GDPR alone, and one of the Codice's general articles alone (basi-giuridiche.json). */
const ONLY_GDPR = new RegExp(basi.regolamento, 'i');
const ONLY_CODICE = new RegExp(basi.codice_generale, 'i');
/** A letter of art. 2-sexies c. 2 or 2-octies c. 3: the matter of the processing, named (codice_materie). */
const NAMED_MATTER = new RegExp(basi.codice_materie, 'i');
/** The same citations inside a text, and a reference to the law that names none (basi-giuridiche.json). */
const FRAMEWORK_CITATIONS = new RegExp(`${basi.regolamento_citazione}|${basi.codice_citazione}`, 'gi');
const UNNAMED_LAW = new RegExp(basi.norma_generica, 'i');
/** What joins citations: punctuation, "e", "nonché", "e s.m.i.". */
const JOINERS = /(?:[\s,;.()]|\bed?\b|\bnonch[eé]\b|\bs\.?\s*m\.?\s*i\.?|\bss\.?\s*mm\.?\s*ii\.?)+/gi;

/** Whether one citation names only the GDPR or the Codice's general articles (2-ter ... 2-octies). */
function isFramework(part: string): boolean {
  if (NAMED_MATTER.test(part)) return false;
  if (ONLY_GDPR.test(part) || ONLY_CODICE.test(part) || UNNAMED_LAW.test(part)) return true;
  // "art. 6, par. 1, lett. e) GDPR, art. 2-ter Codice privacy": citations of the framework joined
  // by commas or "e", with nothing left once they are taken out.
  const rest = part.replace(FRAMEWORK_CITATIONS, ' ');
  return rest !== part && rest.replace(JOINERS, '') === '';
}

/**
 * Whether a norm cites nothing but the framework: every part (split at ";") is the GDPR itself,
 * a general article of the Codice, both joined, or "the law in force" unnamed: they require a
 * law and do not lay one down (Art. 6(3), Codice 2-ter c. 1, 2-sexies c. 1, 2-octies c. 1 and
 * 3). A letter of 2-sexies c. 2 or 2-octies c. 3 names the matter, as registers cite it, and is enough. Runs of spaces are made one first:
 * the patterns would take seconds over a long run of them.
 */
export function citesOnlyFramework(norm: string): boolean {
  const parts = norm.replace(/\s+/g, ' ').split(';').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.every(isFramework);
}
