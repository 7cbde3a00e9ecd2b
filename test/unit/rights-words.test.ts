import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n/localize.js';

describe('notice-rights: the plural agrees with the rights listed', () => {
  const params = { service: 'mensa', missing: 'accesso, rettifica, reclamo', extra: '' };

  it('"mancano" for several rights, joined with "e"', () => {
    expect(message('it', 'rule.noticeRights', params)).toBe(
      'l\'informativa di "mensa" non offre i diritti giusti per le sue basi giuridiche: mancano il diritto di accesso (art. 15), il diritto di rettifica (art. 16) e il diritto di proporre reclamo al Garante (art. 77)',
    );
  });

  it('"are missing" in English', () => {
    expect(message('en', 'rule.noticeRights', params)).toBe(
      'the notice of "mensa" does not offer the rights its legal bases give: the right of access (Art. 15), the right to rectification (Art. 16) and the right to lodge a complaint with the Garante (Art. 77) are missing',
    );
  });
});

describe('notice-rights as registro informativa reports it', () => {
  it('a "-" for an empty list is left out like an empty text', () => {
    expect(message('it', 'rule.noticeRights', { service: 'mensa', missing: '-', extra: 'portabilita' })).toBe(
      'l\'informativa di "mensa" non offre i diritti giusti per le sue basi giuridiche: in più offre il diritto alla portabilità dei dati (art. 20)',
    );
  });
});
