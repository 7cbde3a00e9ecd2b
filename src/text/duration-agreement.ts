/**
 * A duration as the DPO typed it, with the unit agreeing with its number: "1 anni" reads
 * "1 anno", "5 mese" reads "5 mesi". Registers are written by hand and copied from
 * spreadsheets; a notice signed by the controller must not print "1 anni". Only a number
 * (or "un", "uno", "una") directly followed by a known unit is touched.
 */
const UNITS: ReadonlyArray<[one: string, many: string]> = [
  ['anno', 'anni'],
  ['mese', 'mesi'],
  ['settimana', 'settimane'],
  ['giorno', 'giorni'],
  ['ora', 'ore'],
  ['minuto', 'minuti'],
];
const FORMS = new Map<string, [string, string]>(UNITS.flatMap(([one, many]) => [[one, [one, many]], [many, [one, many]]] as Array<[string, [string, string]]>));
const ONE = new Set(['1', 'un', 'uno', 'una']);

export function agreeingDuration(text: string): string {
  return text.replace(/(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?|un|uno|una)(\s+)(\p{L}+)(?!\p{L})/giu, (whole, number: string, space: string, unit: string) => {
    const forms = FORMS.get(unit.toLowerCase());
    if (!forms) return whole;
    const one = ONE.has(number.toLowerCase());
    // "un'ora" never reaches here; "uno"/"una" only ever take the singular.
    const wanted = one ? forms[0] : forms[1];
    if (unit.toLowerCase() === wanted) return whole;
    const cased = unit[0] === unit[0]!.toUpperCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
    return `${number}${space}${cased}`;
  });
}

/** A duration that is no term but "permanente" (or "illimitata"): every output words it in its own language. */
export function isPermanentTerm(duration: string): boolean {
  return /^\s*(permanente|permanent[e]?|illimitat[ao])\s*$/i.test(duration);
}
