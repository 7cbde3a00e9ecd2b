/**
 * A duration of the law data ("5 anni", "72 ore", "1 mese"), which the rules also parse, in
 * English words for --lang en. A text of another shape is returned as it is.
 */
const UNITS: Readonly<Record<string, [string, string]>> = {
  ora: ['hour', 'hours'],
  ore: ['hour', 'hours'],
  giorno: ['day', 'days'],
  giorni: ['day', 'days'],
  settimana: ['week', 'weeks'],
  settimane: ['week', 'weeks'],
  mese: ['month', 'months'],
  mesi: ['month', 'months'],
  anno: ['year', 'years'],
  anni: ['year', 'years'],
};

export function englishDuration(text: string | number | undefined): string {
  const value = String(text ?? '');
  const m = /^(\d+)\s+([a-z]+)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || !unit) return value;
  return `${m[1]} ${Number(m[1]) === 1 ? unit[0] : unit[1]}`;
}
