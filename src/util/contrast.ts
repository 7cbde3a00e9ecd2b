/** Contrast of colours as WCAG 2.1 defines it (relative luminance, sRGB), for "#rrggbb" values. */

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of white text on this colour: 1 (white) to 21 (black). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** "1,51" in Italian, "1.51" in English. */
export function ratioText(ratio: number, lang: 'it' | 'en'): string {
  const text = (Math.floor(ratio * 100) / 100).toFixed(2);
  return lang === 'it' ? text.replace('.', ',') : text;
}
