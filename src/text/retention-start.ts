/**
 * "10 anni dalla cessazione del rapporto", "dalla cessazione del rapporto per 5 anni": a duration
 * and the event it runs from, as registers write them in one phrase. The event keeps its
 * preposition ("dalla cessazione ..."), as the example register writes `decorrenza`. Italian and
 * English, the languages of a register.
 */
const AMOUNT = String.raw`(?:(?:\d+(?:[.,]\d+)?|\bun[oa']?)\s*(?:anni|anno|mesi|mese|settimane|settimana|giorni|giorno|ore|ora|years?|months?|weeks?|days?|hours?)\b)`;
const FROM = String.raw`(?:dal|dallo|dalla|dall['’]|dai|dagli|dalle|a\s+decorrere\s+da\w*|a\s+partire\s+da\w*|from|after)\b`;
const DURATION_FIRST = new RegExp(String.raw`^(.*?${AMOUNT}|permanente|illimitat[ao])\s*,?\s+(${FROM}.*)$`, 'isu');
const START_FIRST = new RegExp(String.raw`^(${FROM}.+?)\s*,?\s+(?:per|for)\s+(?:i\s+successivi\s+|ulteriori\s+|altri\s+|further\s+)?(${AMOUNT})\s*$`, 'isu');

/** The duration and the event it starts from, when one phrase says both; undefined otherwise. */
export function splitDurationStart(text: string): { durata: string; decorrenza: string } | undefined {
  const trimmed = text.trim();
  const first = DURATION_FIRST.exec(trimmed);
  if (first && first[2]!.trim()) return { durata: first[1]!.trim(), decorrenza: first[2]!.trim() };
  const start = START_FIRST.exec(trimmed);
  if (start) return { durata: start[2]!.trim(), decorrenza: start[1]!.trim() };
  return undefined;
}
