import { describe, expect, it } from 'vitest';
import { englishDuration } from '../../src/i18n/duration-en.js';
import { message } from '../../src/i18n/localize.js';
import limits from '../../src/law/data/limiti-conservazione.json' with { type: 'json' };

describe('durations of the law data in English', () => {
  it('translates the unit and agrees with the number', () => {
    expect(englishDuration('5 anni')).toBe('5 years');
    expect(englishDuration('72 ore')).toBe('72 hours');
    expect(englishDuration('1 mese')).toBe('1 month');
    expect(englishDuration('fino a revoca')).toBe('fino a revoca');
  });

  it('every retention limit reads in English, with its source', () => {
    for (const limit of limits.limiti) {
      expect(englishDuration(limit.limite), limit.id).toMatch(/^\d+ (hours?|days?|weeks?|months?|years?)$/);
      expect(limit.fonte_en, limit.id).toMatch(/\S/);
    }
  });

  it('the publication period too', () => {
    expect(message('en', 'rule.publicationPeriodLong', { text: 'permanente', limit: '5 anni' })).toBe(
      'published for "permanente": after 5 years the data must be taken off the website (Legislative Decree 33/2013 Art. 8(3))',
    );
  });
});
