import type { Site } from './layout.js';
import { absoluteUrl, sitePath } from './urls.js';

/**
 * The link an existing website puts in its footer to reach the privacy section, one per
 * language, with the attribute the national checker of comuni websites reads
 * (data-element="privacy-policy-link"). Absolute with a base URL; else relative to the folder
 * the site is published in.
 */
export function snippetText(site: Site): string {
  return site.templates.render('snippet', site.langs[0]!, {
    lingue: site.langs.map((lang) => {
      const t = site.templates.texts(lang);
      return { nota: t.nota_snippet, href: site.base ? absoluteUrl(site.base, sitePath.home(lang)) : sitePath.home(lang), testo: t.privacy };
    }),
  });
}
