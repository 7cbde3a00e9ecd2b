import { afterAll, describe } from 'vitest';
import { COMPANY, cleanup, mensa, testRuleCases, type RuleCase } from '../rule-harness.js';

/**
 * notice-rights in each language the register publishes, with the register's own templates of
 * that language (modelli/en/): what only English gets wrong is said of English, what both share
 * once, of Italian.
 */
afterAll(cleanup);

const BASE = '      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n';
/** A consent-based record: its notice must offer the withdrawal of consent. */
const CONSENT: [string, string] = [BASE, "      - base: 6.1.a\n        revoca: Link in ogni email\n"];
const withOwnTemplates = (langs: string) => `${COMPANY}opzioni:\n  informativa:\n    modelli: modelli\n  sito:\n    lingue: ${langs}\n`;

const cases: RuleCase[] = [
  {
    rule: 'notice-rights',
    name: "the English notice is checked with the register's own English templates",
    fires: {
      'registro.yaml': withOwnTemplates('[it, en]'),
      'modelli/en/partials/diritti.hbs': '<section><h2>Your rights</h2><p>Write to the controller.</p></section>',
      'trattamenti/mensa.yaml': mensa(CONSENT),
    },
    expect: [{ at: 'servizi/mensa.yaml:2:1', severity: 'error', messageId: 'rule.noticeRights', params: { service: 'mensa', notice_lang: 'en', missing: 'accesso, rettifica, cancellazione, limitazione, reclamo, portabilita, revoca', extra: '' } }],
    silent: {
      'registro.yaml': withOwnTemplates('[it, en]'),
      'modelli/en/partials/avviso.hbs': '<p>Read carefully.</p>',
      'trattamenti/mensa.yaml': mensa(CONSENT),
    },
  },
  {
    rule: 'notice-rights',
    name: 'a defect of a template both languages share is said once, of the Italian notice, whatever the order of the languages',
    fires: {
      'registro.yaml': withOwnTemplates('[en, it]'),
      'modelli/partials/diritti.hbs': '<section><h2>Diritti</h2><p>Scrivi al titolare.</p></section>',
      'trattamenti/mensa.yaml': mensa(CONSENT),
    },
    expect: [{ at: 'servizi/mensa.yaml:2:1', severity: 'error', messageId: 'rule.noticeRights', params: { service: 'mensa', missing: 'accesso, rettifica, cancellazione, limitazione, reclamo, portabilita, revoca', extra: '' } }],
    silent: { 'registro.yaml': `${COMPANY}opzioni:\n  sito:\n    lingue: [it, en]\n` },
  },
  {
    rule: 'notice-rights',
    name: 'English templates the register cannot use are said of English alone; the Italian notice is still checked',
    fires: {
      'registro.yaml': withOwnTemplates('[it, en]'),
      'modelli/en/partials/diritti.hbs': '{{log "rights"}}',
      'modelli/it/partials/diritti.hbs': '<section><h2>Diritti</h2><p>Scrivi al titolare.</p></section>',
      'trattamenti/mensa.yaml': mensa(CONSENT),
    },
    expect: [
      { at: 'registro.yaml:16:14', severity: 'error', messageId: 'rule.noticeTemplate', params: { detail: 'il modello usa {{log}}, che scriverebbe sullo schermo in mezzo ai risultati: toglilo', detail_en: 'the template uses {{log}}, which would write to the screen among the results: remove it', notice_lang: 'en' } },
      { at: 'servizi/mensa.yaml:2:1', severity: 'error', messageId: 'rule.noticeRights', params: { service: 'mensa', missing: 'accesso, rettifica, cancellazione, limitazione, reclamo, portabilita, revoca', extra: '' } },
    ],
    silent: { 'registro.yaml': `${COMPANY}opzioni:\n  sito:\n    lingue: [it, en]\n` },
  },
];

describe('the rights in the notice, language by language', () => {
  testRuleCases(cases);
});
