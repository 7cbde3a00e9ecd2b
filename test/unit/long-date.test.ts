import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/informativa/notice-version.js';

/** ICU's own long date, the wording the notices had before the months were written out. */
function icuDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

describe('longDate', () => {
  it('writes every day of a leap year as ICU does, in Italian and in English', () => {
    for (let t = Date.UTC(2028, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(longDate(iso, 'it')).toBe(icuDate(iso, 'it-IT').replace(/^1 /, '1° '));
      expect(longDate(iso, 'en')).toBe(icuDate(iso, 'en-GB'));
    }
  });

  it('writes the first of the month as an ordinal in Italian only', () => {
    expect(longDate('2026-12-01', 'it')).toBe('1° dicembre 2026');
    expect(longDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('shows a date that is not in the calendar as written, never as another month', () => {
    expect(longDate('2025-13-01', 'it')).toBe('2025-13-01');
    expect(longDate('2025-00-10', 'en')).toBe('2025-00-10');
    expect(longDate('2025-02-00', 'it')).toBe('2025-02-00');
    expect(longDate('2026-02-29', 'it')).toBe('2026-02-29');
    expect(longDate('2026-04-31', 'en')).toBe('2026-04-31');
    expect(longDate('2028-02-29', 'it')).toBe('29 febbraio 2028');
  });
});
