import { contrastWithWhite, ratioText } from '../util/contrast.js';
import { MIN_CONTRAST } from '../site/theme.js';
import { logoProblem } from '../site/logo.js';
import type { Finding, Rule } from './types.js';

/**
 * The theme of the website's privacy section (opzioni.sito): the controller's colour carries
 * white text, so it must reach the contrast WCAG 2.1 AA asks (L. 4/2004 binds public bodies to
 * it); the logo must be an image inside the register's folder. `registro sito` refuses to build
 * over either.
 */
export const siteTheme: Rule = {
  id: 'site-theme',
  severity: 'warning',
  reference: 'L. 4/2004, art. 11; WCAG 2.1, criterio 1.4.3',
  title: { it: 'Colore e logo del sito della privacy', en: 'Colour and logo of the privacy website' },
  *check({ register }): Iterable<Finding> {
    const registro = register.registro;
    const site = registro?.data.opzioni?.sito;
    if (!registro || !site) return;
    if (site.colore && /^#[0-9a-fA-F]{6}$/.test(site.colore)) {
      const ratio = contrastWithWhite(site.colore.toLowerCase());
      if (ratio < MIN_CONTRAST) {
        yield { file: registro.file, pointer: '/opzioni/sito/colore', at: 'value', messageId: 'rule.siteColour', params: { value: site.colore, ratio: ratioText(ratio, 'it'), ratio_en: ratioText(ratio, 'en') } };
      }
    }
    if (site.logo) {
      const problem = logoProblem(register.root, site.logo);
      const messageId = ({ missing: 'rule.siteLogoMissing', outside: 'rule.siteLogoOutside', active: 'rule.siteLogoActive' } as const)[problem?.kind ?? 'missing'];
      if (problem) yield { file: registro.file, pointer: '/opzioni/sito/logo', at: 'value', messageId, params: { path: site.logo, what: problem.kind === 'active' ? problem.what : '' } };
    }
  },
};
