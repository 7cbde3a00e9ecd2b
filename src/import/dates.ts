import mesi from './data/mesi.json' with { type: 'json' };

/** Month name, full or abbreviated (data/mesi.json) -> its number. */
const MONTHS = new Map(mesi.mesi.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as an Italian register writes it, as YYYY-MM-DD: 24/05/2018, 24.5.18, 2018-05-24,
 * "24 maggio 2018", or an Excel serial number (43244) left by a csv export; an English one too,
 * where it cannot be read day first (12/31/2024, "December 31, 2024"). Undefined when the
 * text is not one date (it is then kept verbatim, and reported).
 */
export function parseDate(text: string): string | undefined {
  // "1° gennaio 2020", "1º gennaio": the ordinal of the first of the month, as Italian writes it.
  // "15/03/2024 10:30": a date and time as a csv export writes it; the time is no part of the date.
  const t = text.trim().toLowerCase().replace(/^(\d{1,2})\s*[°º]/, '$1').replace(/^([\d/.-]{6,10})\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/, '$1');
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    // Day first, as Italy writes it; month first only where day first cannot be (12/31/2024, a US register).
    const year = fullYear(Number(m[3]), m[3]!.length);
    return iso(year, Number(m[2]), Number(m[1])) ?? (t.includes('/') ? iso(year, Number(m[1]), Number(m[2])) : undefined);
  }
  // "24 maggio 2018", and Excel's own "15-mar-24", "15 mar. 2024".
  m = /^(\d{1,2})(?:\s+|\s*[-/.]\s*)([a-z]+)\.?(?:\s+|\s*[-/.]\s*)(\d{4}|\d{2})$/.exec(t);
  if (m) return inWords(fullYear(Number(m[3]), m[3]!.length), m[2]!, Number(m[1]));
  // "December 31, 2024": the English order.
  m = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) return inWords(Number(m[3]), m[1]!, Number(m[2]));
  m = /^(\d{5})(?:\.\d+)?$/.exec(t);
  if (m && Number(m[1]) > 20000 && Number(m[1]) < 80000) return new Date(EXCEL_EPOCH + Number(m[1]) * 86_400_000).toISOString().slice(0, 10);
  return undefined;
}

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** Whether a numeric date can only be read month first (12/31/2024): a US register. */
export function readMonthFirst(text: string): boolean {
  const m = SLASHED.exec(text.trim());
  return m !== null && Number(m[2]) > 12 && Number(m[1]) <= 12;
}

/**
 * A date of a column that some cell shows to be written month first: every numeric date of it
 * is read so (01/02/2024 is 2 January there), the rest as parseDate reads it.
 */
export function parseDateMonthFirst(text: string): string | undefined {
  const m = SLASHED.exec(text.trim());
  return m ? iso(fullYear(Number(m[3]), m[3]!.length), Number(m[1]), Number(m[2])) : parseDate(text);
}

/**
 * "marzo 2021", "03/2021", "March 2021": a month without its day, as a first of the month to
 * be checked (the register's dates need a day). Undefined for anything else.
 */
export function parseMonthYear(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  // "marzo 2021", "mar-24" (Excel's "mmm-aa"), "sett. 2023".
  let m = /^([a-z]+)\.?(?:\s+(?:del\s+)?|\s*[-/]\s*)(\d{4}|\d{2})$/.exec(t);
  if (m) return inWords(fullYear(Number(m[2]), m[2]!.length), m[1]!, 1);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? iso(Number(m[2]), Number(m[1]), 1) : undefined;
}

/** "dal 2018", "a partire da marzo 2021", "since 2019": when the activity started, as a register writes it. */
const SINCE = /^(?:(?:a\s+partire\s+)?(?:dal(?:l['’])?|da|dai\s+primi\s+del|dall['’]anno|anno)|since|from)\s+/i;
/** The years a register's date can be in: none predates the 1996 privacy law by much. */
const YEARS = { min: 1990, max: 2100 };

/**
 * A date written without its day, or after "dal": "marzo 2021", "2019", "dal 2018", "dal
 * 15/03/2021". The first day of what it names, and what was missing, for the report: such a
 * date is a reading to check, never a date the register stated.
 */
export function parsePartialDate(text: string): { iso: string; missing: 'giorno' | 'mese' | 'nulla' } | undefined {
  const t = text.trim().replace(SINCE, '');
  const month = parseMonthYear(t);
  if (month) return { iso: month, missing: 'giorno' };
  const year = /^(\d{4})$/.exec(t);
  if (year && Number(year[1]) >= YEARS.min && Number(year[1]) <= YEARS.max) return { iso: `${year[1]}-01-01`, missing: 'mese' };
  const full = t !== text.trim() ? parseDate(t) : undefined;
  return full ? { iso: full, missing: 'nulla' } : undefined;
}

/** A date with its month in words, Italian or English. */
function inWords(year: number, monthName: string, day: number): string | undefined {
  const month = MONTHS.get(monthName);
  return month !== undefined ? iso(year, month, day) : undefined;
}

/** Two-digit years: 18 is 2018, 98 is 1998 (no register predates the 1996 privacy law). */
function fullYear(y: number, digits: number): number {
  if (digits === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}
