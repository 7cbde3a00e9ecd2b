/**
 * What in an SVG logo could act once the logo is published: `registro sito` copies it into
 * assets/, and an SVG opened from the ente's website at its own address runs its scripts on that
 * site (an <img> would not), follows its links and loads what it references. A stemma needs none
 * of it, so a logo holding any is refused rather than cleaned: the DPO fixes the file they own.
 * The checks are on the text, case-insensitive, and a prefix (svg:script) does not hide a name.
 */
const ACTIVE: ReadonlyArray<[RegExp, string]> = [
  [/<!(?:DOCTYPE|ENTITY)/i, '<!DOCTYPE'],
  [/<(?:[\w.-]+:)?script\b/i, '<script>'],
  [/<(?:[\w.-]+:)?(?:foreignObject|iframe|object|embed|handler|listener)\b/i, '<foreignObject>'],
  [/<(?:[\w.-]+:)?(?:set|animate\w*)\b[^>]*attributeName\s*=\s*["']?\s*(?:[\w.-]+:)?href/i, '<animate> href'],
  [/[\s"'/](?:[\w.-]+:)?on[a-z]+\s*=/i, 'on...='],
  // A reference is allowed only inside the file (#id) or to embedded image data.
  [/[\s"'/](?:[\w.-]+:)?href\s*=\s*(?!["']?\s*(?:#|data:image\/(?:png|jpeg|gif|webp)[;,]))/i, 'href'],
  [/url\(\s*(?!["']?\s*(?:#|data:image\/(?:png|jpeg|gif|webp)[;,]))/i, 'url(...)'],
  [/@import/i, '@import'],
];

/** The first active construct in an SVG's text, as the message names it; undefined when there is none. */
export function activeSvgContent(text: string): string | undefined {
  return ACTIVE.find(([pattern]) => pattern.test(text))?.[1];
}
