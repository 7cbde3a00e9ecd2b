import titolare from './data/titolare.json' with { type: 'json' };
import { escapeRegExp as escape, plainText as plain } from '../text/plain.js';

const LABEL = new RegExp(`^\\s*(?:${titolare.etichette.map(escape).join('|')})\\s*[:=]\\s*(.+)$`, 'i');
const END = new RegExp(`\\s*(?:[,;(]|\\s[-–|]\\s)\\s*(?:${titolare.fine.map(escape).join('|')})(?![a-z]).*$`, 'i');
const TITLE = new RegExp(`^\\s*(?:${titolare.titoli.map(escape).join('|')})\\s*(?:[:\\-–|]|\\s(?:del|della|dell'|di|of)\\s)\\s*(.+)$`, 'i');
const BODY = new RegExp(`^\\s*(?:${titolare.enti.map(escape).join('|')})(?![a-z])`, 'i');
/** "... del titolare": a role, not the controller's name. */
const ROLES = new Set(titolare.non_nomi);
const PUBLIC = new RegExp(`^(?:${titolare.pubblici.map(escape).join('|')})(?![a-z])`, 'i');

/**
 * The controller named in the title block above the heading (or in the heading itself, as the
 * Vercelli register does): "Titolare del trattamento: Ferramenta Rossi S.r.l., via Roma 1", or a
 * cell opening with a public body's name ("ISTITUTO COMPRENSIVO "G. MAZZINI" - REGISTRO ...").
 * The address and what follows a " - " are not part of the name.
 */
export function controllerName(cells: readonly string[]): string | undefined {
  for (const cell of cells) {
    const line = cell.split('\n')[0]!.normalize('NFC').trim();
    // The title is matched without accents ("attività"), the name kept as written: same length.
    const labelled = LABEL.exec(line) ?? TITLE.exec(plain(line));
    const named = labelled ? line.slice(line.length - labelled[1]!.length) : BODY.test(plain(line)) ? line : undefined;
    const name = named?.replace(END, '').split(/\s+[-–|]\s+/)[0]?.trim();
    if (name && !ROLES.has(plain(name).replace(/\s+/g, ' '))) return name;
  }
  return undefined;
}

/** Whether the name is a public body's: an ente pubblico has other duties (art. 37, par. 1, lett. a). */
export function isPublicBody(name: string): boolean {
  return PUBLIC.test(plain(name));
}
