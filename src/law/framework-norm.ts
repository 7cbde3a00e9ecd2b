import basi from './data/basi-giuridiche.json' with { type: 'json' };

/** A citation of the GDPR alone, and one of the Codice's general articles alone (basi-giuridiche.json). */
const ONLY_GDPR = new RegExp(basi.regolamento, 'i');
const ONLY_CODICE = new RegExp(basi.codice_generale, 'i');
/** A letter of art. 2-sexies c. 2 or 2-octies c. 3: the matter of the processing, named (codice_materie). */
const NAMED_MATTER = new RegExp(basi.codice_materie, 'i');

/** Whether one citation names only the GDPR or the Codice's general articles (2-ter ... 2-octies). */
function isFramework(part: string): boolean {
  if (NAMED_MATTER.test(part)) return false;
  return ONLY_GDPR.test(part) || ONLY_CODICE.test(part);
}

/**
 * Whether a norm cites nothing but the framework: every part (split at ";") is the GDPR itself or
 * a general article of the Codice, which require a law and do not lay one down (Art. 6(3),
 * Codice 2-ter c. 1, 2-sexies c. 1, 2-octies c. 1 and 3). A letter of 2-sexies c. 2 or 2-octies
 * c. 3 names the matter, as registers cite it, and is enough. Runs of spaces are made one first:
 * the patterns would take seconds over a long run of them.
 */
export function citesOnlyFramework(norm: string): boolean {
  const parts = norm.replace(/\s+/g, ' ').split(';').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.every(isFramework);
}
