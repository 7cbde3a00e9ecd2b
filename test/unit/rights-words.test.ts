import { describe, expect, it, vi } from 'vitest';
import { message } from '../../src/i18n/localize.js';
import { idsOf } from '../../src/i18n/list.js';
import { reportNotices } from '../../src/commands/notice-report.js';
import type { NoticeResult } from '../../src/informativa/render-notices.js';

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
  /** What reportNotices writes on stderr for one notice whose rights differ from its bases. */
  function reported(rights: { missing: string[]; extra: string[] }, lang: 'it' | 'en'): string {
    const result = { id: 'mensa', files: [], readability: { name: 'Gulpease', value: 60 }, rights } as unknown as NoticeResult;
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(reportNotices({ results: [result], refused: [] }, lang)).toBe(false);
    } finally {
      spy.mockRestore();
      out.mockRestore();
    }
    return written.join('');
  }

  it('an empty list says nothing: only the rights offered beyond the bases', () => {
    expect(reported({ missing: [], extra: ['portabilita'] }, 'it')).toBe(
      'registro: l\'informativa di "mensa" non offre i diritti giusti per le sue basi giuridiche: in più offre il diritto alla portabilità dei dati (art. 20)\n',
    );
  });

  it('only the rights missing, in English', () => {
    expect(reported({ missing: ['revoca', 'opposizione'], extra: [] }, 'en')).toBe(
      'registro: the notice of "mensa" does not offer the rights its legal bases give: the right to withdraw consent (Art. 7(3)) and the right to object (Art. 21) are missing\n',
    );
  });

  it('"-" is an id like any other, no longer a word for "none"', () => {
    expect(idsOf('-')).toEqual(['-']);
    expect(idsOf('')).toEqual([]);
  });
});
