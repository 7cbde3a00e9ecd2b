import type { Lang } from '../i18n/lang.js';
import { placeholderIn, placeholderInProse } from '../text/placeholder.js';
import { textOfHtml } from '../readability/text-of-html.js';
import type { NoticeModel } from './model.js';

/**
 * The last check before a notice is written: no value it shows and no sentence of its template
 * may be a placeholder. It reads what is about to be published, whatever template produced it.
 */
export function placeholderInNotice(model: NoticeModel, html: string): string | undefined {
  for (const value of stringsOf(model)) {
    const found = placeholderIn(value);
    if (found) return found;
  }
  return placeholderInProse(textOfHtml(html.replace(/<head[\s\S]*?<\/head>/i, '')));
}

function* stringsOf(value: unknown): Iterable<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'logo') yield* stringsOf(item);
  }
}

const DRAFT = {
  it: (errors: number) => `BOZZA, non pubblicare: ${errors === 1 ? 'un errore aperto' : `${errors} errori aperti`} nel registro`,
  en: (errors: number) => `DRAFT, do not publish: ${errors === 1 ? 'one open error' : `${errors} open errors`} in the register`,
};

/**
 * Marks a draft on every page: a band fixed at the top repeats on each printed page, and the
 * title says it too. Added after rendering, so that no template can leave it out.
 */
export function markDraft(html: string, lang: Lang, errors: number): string {
  const word = lang === 'it' ? 'BOZZA' : 'DRAFT';
  // The band opens the page; the watermark is fixed, so Chromium prints it on every page.
  // The watermark's word is drawn by CSS: decoration, not text, so it is neither read aloud nor held to text contrast (WCAG 1.4.3).
  const style = `<style>.registro-bozza{margin:0 0 1em;padding:.4em;border:2px solid #8a5a00;background:#fff3cd;color:#3d2800;font-weight:bold;text-align:center}.registro-filigrana{position:fixed;top:40%;left:0;right:0;text-align:center;font:bold 96pt sans-serif;color:rgba(138,90,0,.16);pointer-events:none;z-index:10}.registro-filigrana::before{content:"${word}"}</style>`;
  return html
    .replace(/<\/head>/i, `${style}</head>`)
    .replace(/<title>/i, `<title>${word} - `)
    .replace(/<body([^>]*)>/i, `<body$1><p class="registro-bozza" role="note">${DRAFT[lang](errors)}</p><div class="registro-filigrana" aria-hidden="true"></div>`);
}
