import accessibility from '../law/data/accessibilita.json' with { type: 'json' };
import type { Lang } from '../i18n/lang.js';
import { UsageError } from '../util/errors.js';
import { contrastWithWhite, ratioText } from '../util/contrast.js';

/** Bootstrap Italia's own primary colour, used when registro.yaml names none. */
export const DEFAULT_COLOUR = '#0066cc';

/** White text on the header must stay readable (WCAG 2.1 SC 1.4.3, src/law/data/accessibilita.json). */
export const MIN_CONTRAST: number = accessibility.contrasto_minimo;

/**
 * The theme of the site: the controller's colour behind the header and, darker, the footer.
 * A colour too light for white text is refused, naming the contrast it reaches (the rule
 * site-theme reports it first, with its position in registro.yaml).
 */
export function themeCss(colour: string | undefined, lang: Lang): string {
  const primary = (colour ?? DEFAULT_COLOUR).toLowerCase();
  const ratio = contrastWithWhite(primary);
  if (ratio < MIN_CONTRAST) throw new UsageError('usage.siteColour', { value: primary, ratio: ratioText(ratio, lang) });
  const dark = darker(primary, 0.75);
  return [
    `:root{--registro-primario:${primary};--registro-scuro:${dark};--bs-primary:${primary};}`,
    `.it-header-slim-wrapper,.it-footer-small-prints{background:${dark};}`,
    `.it-header-center-wrapper{background:${primary};}`,
    `.it-footer-main{background:${dark};}`,
    // Links on white take the colour: it passed 4.5:1 against white above.
    `a{color:${primary};}`,
    '',
  ].join('\n');
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function darker(hex: string, factor: number): string {
  return `#${channels(hex).map((c) => Math.round(c * factor).toString(16).padStart(2, '0')).join('')}`;
}
