import { registerUpdated } from '../register/last-update.js';
import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import { inLanguage } from '../register/translations.js';
import { longDate } from '../informativa/notice-version.js';
import { italianNameForms } from '../text/article.js';
import { renderPage, type Site } from './layout.js';
import { sitePath } from './urls.js';
import { publicActivity } from './public-activity.js';
import type { TrattamentoFile } from '../types/schema.js';

export function registerPage(site: Site, source: Register, lang: Lang, activities: readonly Doc<TrattamentoFile>[], draft: string | null): string {
  // In another language, the records' own texts as the register translates them (vocabolario.yaml, `traduzioni`).
  const register = inLanguage(source, lang);
  const byFile = new Map(register.trattamenti.map((t) => [t.file, t]));
  const shown = activities.map((a) => byFile.get(a.file) ?? a);
  const t = site.templates.texts(lang);
  const updated = registerUpdated(register);
  const name = register.registro?.data.titolare.denominazione ?? '';
  const corpo = site.templates.render('registro', lang, {
    titolare: { del: lang === 'it' ? italianNameForms(name).di : `of ${name}` },
    aggiornato: updated ? longDate(String(updated), lang) : null,
    trattamenti: shown.map((a) => publicActivity(register, a, lang)),
  });
  const traduzioni = Object.fromEntries(site.langs.map((l) => [l, sitePath.register(l)]));
  const percorso = [{ nome: t.home ?? '', path: sitePath.home(lang) }, { nome: t.registro ?? '', path: null }];
  return renderPage(site, { lang, path: sitePath.register(lang), titolo: t.registro ?? '', corpo, percorso, bozza: draft, traduzioni });
}
