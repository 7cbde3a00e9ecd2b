import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Lang } from '../i18n/lang.js';
import { TEMPLATES_DIR } from '../util/package-files.js';
import { isInside } from '../util/paths.js';
import { UsageError } from '../util/errors.js';
import { compileTemplate } from '../util/compile-template.js';
import { SITE_COMPILE_OPTIONS } from '../util/template-key.js';
import { displaySafeDeep } from '../text/display-safe.js';
import { registerTextHelpers } from '../text/lines-html.js';

/** One e-mail address, nothing before or after it: no name, no second address, no ?query. */
const MAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"?&=%/]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Shared by every language (their words come from testi/LANG.json), or written once per language. */
type SharedPage = 'layout' | 'scelta' | 'snippet';
type LangPage = 'home' | 'servizio' | 'registro';
export type SitePage = SharedPage | LangPage;
const SHARED: ReadonlySet<string> = new Set(['layout', 'scelta', 'snippet']);

/** The site's words in one language: labels of the layout and the pages, from templates/sito/testi/. */
export type SiteTexts = Record<string, string>;

export interface SiteTemplates {
  render(page: SitePage, lang: Lang, context: object): string;
  texts(lang: Lang): SiteTexts;
  /** A stylesheet of the folder, copied into assets/. */
  css(name: 'sito.css' | 'fonts.css'): string;
}

/**
 * The site's templates, all from templates/sito and only from there (a file that links out of
 * the folder is refused). Compiled strict: a field the page model lacks is an error, never a
 * blank; every value is escaped, and the only raw HTML a page takes is what a template rendered.
 */
export function loadSiteTemplates(): SiteTemplates {
  const root = realpathSync(join(TEMPLATES_DIR, 'sito'));
  const read = (name: string): string => {
    const path = join(root, name);
    if (!existsSync(path)) throw new UsageError('usage.templateMissing', { name: `sito/${name}` });
    if (!isInside(realpathSync(path), root)) throw new UsageError('usage.templateOutside', { path });
    return readFileSync(path, 'utf8');
  };
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  registerTextHelpers(hbs);
  // "{{#if (indirizzo_email x)}}": a mailto: link only for one plain address. "URP: urp@comune.it
  // (lun-ven)" made a link no mail program can send to, and "urp@comune.it?bcc=..." one that
  // copies every request to a hidden recipient; such a value is shown as text.
  hbs.registerHelper('indirizzo_email', (value: unknown) => typeof value === 'string' && MAIL_ADDRESS.test(value));
  hbs.registerPartial('contatti', compileTemplate(hbs, read('contatti.hbs'), SITE_COMPILE_OPTIONS));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const template = (name: string) => {
    let t = compiled.get(name);
    if (!t) {
      t = compileTemplate(hbs, read(`${name}.hbs`), SITE_COMPILE_OPTIONS);
      compiled.set(name, t);
    }
    return t;
  };
  const texts = new Map<Lang, SiteTexts>();
  return {
    render(page, lang, context) {
      try {
        // Pages show what the YAML says, in its order (src/text/display-safe.ts).
        return template(SHARED.has(page) ? page : `${lang}/${page}`)(displaySafeDeep(context));
      } catch (error) {
        throw new UsageError('usage.templateError', { layer: `sito/${page}`, detail: (error as Error).message.split('\n')[0] ?? '' });
      }
    },
    texts(lang) {
      let t = texts.get(lang);
      if (!t) {
        t = JSON.parse(read(`testi/${lang}.json`)) as SiteTexts;
        texts.set(lang, t);
      }
      return t;
    },
    css: (name) => read(name),
  };
}
