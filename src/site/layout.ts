import type { Lang } from '../i18n/lang.js';
import type { SiteTemplates } from './templates.js';
import { absoluteUrl, hrefFrom, sitePath } from './urls.js';

/** What every page of one site shares. */
export interface Site {
  templates: SiteTemplates;
  /** The languages of the site, the first one the default. */
  langs: readonly Lang[];
  /** The published address of the site's root, ending with a slash; null for a site linked only relatively. */
  base: string | null;
  /** The controller's name, as registro.yaml gives it. */
  ente: string;
  /** The logo's file name under assets/, or the data: URI of the notice templates' logo. */
  logo: string | null;
  /** Whether the public register page is part of the site. */
  register: boolean;
}

/** One page: where it lives, its title and body, its breadcrumb, and the same page in the other languages. */
export interface Frame {
  lang: Lang;
  path: string;
  titolo: string;
  /** HTML rendered by a site or notice template: every value in it already escaped. */
  corpo: string;
  percorso: Array<{ nome: string; path: string | null }>;
  bozza: string | null;
  traduzioni: Partial<Record<Lang, string>>;
}

/** The page in the Bootstrap Italia layout: header with the controller and the languages, breadcrumb, footer with the privacy link. */
export function renderPage(site: Site, frame: Frame): string {
  const from = (to: string) => hrefFrom(frame.path, to);
  const others = site.langs.map((lang) => ({ lang, path: frame.traduzioni[lang] ?? sitePath.home(lang) }));
  return site.templates.render('layout', frame.lang, {
    lang: frame.lang,
    t: site.templates.texts(frame.lang),
    titolo: frame.titolo,
    ente: site.ente,
    canonico: site.base ? absoluteUrl(site.base, frame.path) : null,
    alternative: site.base && site.langs.length > 1 ? others.map((o) => ({ lang: o.lang, href: absoluteUrl(site.base!, o.path) })) : [],
    risorse: from(sitePath.asset('x')).slice(0, -1),
    lingue: site.langs.length > 1 ? others.map((o) => ({ lang: o.lang, href: from(o.path), nome: site.templates.texts(o.lang).nome, corrente: o.lang === frame.lang })) : [],
    home: from(sitePath.home(frame.lang)),
    logo: site.logo === null ? null : site.logo.startsWith('data:') ? site.logo : from(sitePath.asset(site.logo)),
    percorso: frame.percorso.map((p) => ({ nome: p.nome, href: p.path === null ? null : from(p.path) })),
    bozza: frame.bozza,
    corpo: frame.corpo,
    privacy: from(sitePath.home(frame.lang)),
    registro: site.register ? from(sitePath.register(frame.lang)) : null,
  });
}
