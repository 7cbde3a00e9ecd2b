/**
 * Durations as registers write them ("7 giorni", "72 ore", "sei mesi", "1 anno e 6 mesi"),
 * in days, so that a retention can be compared with a limit fixed by law. Months count 30
 * days and years 365: the limits in src/law/data are written the same way, so "5 anni"
 * meets a limit of "5 anni" exactly.
 */
const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(or[ae]|hours?|h)$/, 1 / 24],
  [/^(giorn[oi]|gg|days?)$/, 1],
  [/^(settiman[ae]|weeks?)$/, 7],
  [/^(mes[ei]|months?)$/, 30],
  [/^(ann[oi]|years?)$/, 365],
];

const NUMBER_WORDS: Record<string, number> = {
  un: 1, uno: 1, una: 1, a: 1, one: 1, due: 2, two: 2, tre: 3, three: 3, quattro: 4, four: 4, cinque: 5, five: 5,
  sei: 6, six: 6, sette: 7, seven: 7, otto: 8, eight: 8, nove: 9, nine: 9, dieci: 10, ten: 10, dodici: 12,
  twelve: 12, quindici: 15, diciotto: 18, venti: 20, ventiquattro: 24, trenta: 30, sessanta: 60, novanta: 90,
};

function unitOf(word: string): number | undefined {
  return UNITS.find(([re]) => re.test(word))?.[1];
}

/** Days of a duration text, or undefined when it names no number with a unit. */
export function durationDays(text: string): number | undefined {
  const tokens = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, ' ') // "10 (dieci) anni": the words repeat the number
    // "30gg", "48h", "5anni": the number and its unit written together, as notes and sheets abbreviate.
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9,.]+/)
    .map((t) => t.replace(/[.,]$/, ''))
    .filter(Boolean);
  let days = 0;
  let found = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const raw = tokens[i]!;
    const value = /^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : Object.hasOwn(NUMBER_WORDS, raw) ? NUMBER_WORDS[raw] : undefined;
    const unit = unitOf(tokens[i + 1]!);
    if (value === undefined || unit === undefined) continue;
    days += value * unit;
    found = true;
    i++;
  }
  if (!found) {
    // "un anno" is caught above; a bare unit ("settimana", "mese") means one of it.
    const bare = tokens.length === 1 ? unitOf(tokens[0]!) : undefined;
    return bare;
  }
  return days;
}

/**
 * Kept without end: "permanente", "illimitata", "senza limiti di tempo"; "a tempo indeterminato"
 * only when no duration follows ("contratto a tempo indeterminato: 10 anni" is 10 years).
 */
export function isPermanent(text: string): boolean {
  if (/permanent|illimitat|indefinit|senza (?:alcun )?limit[ei](?: di tempo| temporal[ei])?|per sempre|\bforever\b/i.test(text)) return true;
  return /tempo indeterminato/i.test(text) && durationDays(text) === undefined;
}
