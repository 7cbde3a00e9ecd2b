import { posix } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from '../util/errors.js';

/**
 * The site's stable addresses, relative to its root, forward slashes. They depend only on the
 * language and the service id (the file name in servizi/), so a link from the comune's website
 * or from a printed short notice keeps working between rebuilds.
 */
export const sitePath = {
  chooser: () => 'index.html',
  home: (lang: Lang) => `${lang}/index.html`,
  register: (lang: Lang) => `${lang}/registro.html`,
  /** The short notice: the service's page, the first layer. */
  short: (lang: Lang, id: string) => `${lang}/${id}-breve.html`,
  /** The full notice, one click away; the name `registro informativa` gives it too. */
  full: (lang: Lang, id: string) => `${lang}/${id}.html`,
  pdf: (lang: Lang, id: string, short: boolean) => `${lang}/${id}${short ? '-breve' : ''}.pdf`,
  asset: (name: string) => `assets/${name}`,
};

/** The link from one page of the site to another: relative, so the folder works on any host and from disk. */
export function hrefFrom(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return rel === '' ? posix.basename(to) : rel;
}

/** A base URL given by --base-url or opzioni.sito.url: http(s), ending with a slash. */
export function normalizeBaseUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError('usage.badBaseUrl', { value });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) throw new UsageError('usage.badBaseUrl', { value });
  // A staging address with its password would be printed in every page, the sitemap and the notices.
  if (url.username || url.password) throw new UsageError('usage.baseUrlCredentials', {});
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function absoluteUrl(base: string, path: string): string {
  return new URL(path, base).href;
}
