import type { Lang } from '../i18n/lang.js';
import type { NoticeModel } from '../informativa/model.js';
import type { Register } from '../register/model.js';
import { channelsOf, contacts } from '../informativa/model-contacts.js';
import { partyName } from '../table/labels.js';
import { italianNameForms } from '../text/article.js';
import { renderPage, type Site } from './layout.js';
import { hrefFrom, sitePath } from './urls.js';

/** A service on the home page: its notice as written (or as a draft). */
export interface ListedService {
  model: NoticeModel;
  draft: boolean;
}

/**
 * The home page of the privacy section in one language: the controller, the DPO and how to reach
 * them, how to exercise the rights, and the services whose notices the site publishes. The
 * controller's and DPO's facts are worded as in the notices.
 */
/** The controller and the DPO as the notices present them (see buildNotice), for a page about no service in particular. */
function controllerFacts(register: Register, lang: Lang) {
  const registro = register.registro?.data;
  const name = registro?.titolare.denominazione ?? '';
  const forms = lang === 'it' ? italianNameForms(name) : { soggetto: name, di: `of ${name}` };
  const contatti = contacts(registro?.titolare.contatti);
  const rpd = registro?.rpd ? { nome: registro.rpd.nome ?? (registro.rpd.soggetto ? partyName(register, registro.rpd.soggetto) : null), contatti: contacts(registro.rpd.contatti) } : null;
  return { titolare: { denominazione: name, nome: forms.soggetto, del: forms.di, contatti }, rpd, canali: channelsOf(contatti, null, rpd?.contatti ?? null) };
}

export function homePage(site: Site, register: Register, lang: Lang, services: readonly ListedService[], draft: string | null): string {
  const path = sitePath.home(lang);
  const t = site.templates.texts(lang);
  const corpo = site.templates.render('home', lang, {
    t,
    ...controllerFacts(register, lang),
    servizi: services.map((s) => ({
      href: hrefFrom(path, sitePath.short(lang, s.model.servizio.id)),
      denominazione: s.model.servizio.denominazione,
      descrizione: s.model.servizio.descrizione,
      aggiornata: s.model.aggiornata,
      versione: s.model.versione,
      bozza: s.draft,
    })),
    registro: site.register ? hrefFrom(path, sitePath.register(lang)) : null,
  });
  const traduzioni = Object.fromEntries(site.langs.map((l) => [l, sitePath.home(l)]));
  return renderPage(site, { lang, path, titolo: t.sezione ?? '', corpo, percorso: [{ nome: t.home ?? '', path: null }], bozza: draft, traduzioni });
}

/** The root page: one link per language, each in its own language. */
export function chooserPage(site: Site): string {
  const lang = site.langs[0]!;
  const path = sitePath.chooser();
  const corpo = site.templates.render('scelta', lang, {
    titolo: site.templates.texts(lang).scelta,
    lingue: site.langs.map((l) => ({ lang: l, href: hrefFrom(path, sitePath.home(l)), sezione: site.templates.texts(l).sezione, nome: site.templates.texts(l).nome })),
  });
  return renderPage(site, { lang, path, titolo: site.templates.texts(lang).scelta ?? '', corpo, percorso: [], bozza: null, traduzioni: {} });
}
