import { UsageError } from '../util/errors.js';

/** Bootstrap Italia's own primary colour, used when registro.yaml names none. */
export const DEFAULT_COLOUR = '#0066cc';

/** White text on the header must stay readable: WCAG 2.1 SC 1.4.3 asks 4.5:1 for normal text. */
const MIN_CONTRAST = 4.5;

/**
 * The theme of the site: the controller's colour behind the header and, darker, the footer.
 * A colour too light for white text is refused, naming the contrast it reaches.
 */
export function themeCss(colour: string | undefined): string {
  const primary = (colour ?? DEFAULT_COLOUR).toLowerCase();
  const ratio = contrastWithWhite(primary);
  if (ratio < MIN_CONTRAST) throw new UsageError('usage.siteColour', { value: primary, ratio: ratio.toFixed(2).replace('.', ',') });
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

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

function darker(hex: string, factor: number): string {
  return `#${channels(hex).map((c) => Math.round(c * factor).toString(16).padStart(2, '0')).join('')}`;
}
