import { absoluteUrl } from './urls.js';

/** A page of the site and the same page in each language, site paths. */
export interface SitemapEntry {
  path: string;
  alternates: Array<{ lang: string; path: string }>;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml (sitemaps.org 0.9) with the language versions of each page (hreflang alternates). */
export function sitemapXml(base: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = e.alternates.length > 1 ? e.alternates.map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(absoluteUrl(base, a.path))}"/>`).join('') : '';
    return `  <url>\n    <loc>${escapeXml(absoluteUrl(base, e.path))}</loc>${links}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
