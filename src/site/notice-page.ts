import { parse, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from '../i18n/lang.js';
import type { Layer } from '../informativa/templates.js';
import type { NoticeModel } from '../informativa/model.js';
import { renderPage, type Site } from './layout.js';
import { hrefFrom, sitePath } from './urls.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The parts of a rendered notice the site page takes: its title, its content, its draft band. */
export interface NoticeParts {
  title: string;
  main: string;
  draft: string | null;
}

/**
 * Reads back a notice as the notice templates rendered it (the one render path of the notices,
 * the same a PDF is printed from): the site shows the content of its <main>, with the notice's
 * own headings and sentences, inside the site's layout.
 */
export function noticeParts(html: string): NoticeParts {
  const document = parse(html);
  const title = find(document, (e) => e.tagName === 'title');
  const main = find(document, (e) => e.tagName === 'main');
  const band = find(document, (e) => e.tagName === 'p' && classOf(e).includes('registro-bozza'));
  return {
    title: title ? textOf(title).trim() : '',
    main: main ? serialize(main) : '',
    draft: band ? textOf(band).trim() : null,
  };
}

/** The site page of one layer of a service's notice: the short one first, the full one a click away, the PDFs beside. */
export function noticePage(site: Site, html: string, layer: Layer, model: NoticeModel, pdf: boolean): string {
  const lang: Lang = model.lang;
  const id = model.servizio.id;
  const short = layer === 'breve';
  const path = short ? sitePath.short(lang, id) : sitePath.full(lang, id);
  const t = site.templates.texts(lang);
  const parts = noticeParts(html);
  const from = (to: string) => hrefFrom(path, to);
  const pdfs = pdf
    ? [
        { nome: t.pdf_breve ?? '', href: from(sitePath.pdf(lang, id, true)) },
        { nome: t.pdf_completa ?? '', href: from(sitePath.pdf(lang, id, false)) },
      ]
    : [];
  const corpo = site.templates.render('servizio', lang, {
    contenuto: parts.main,
    completa: short ? from(sitePath.full(lang, id)) : null,
    breve: short ? null : from(sitePath.short(lang, id)),
    pdf: pdfs,
    home: from(sitePath.home(lang)),
    del: model.titolare.del,
  });
  const percorso = [{ nome: t.home ?? '', path: sitePath.home(lang) }, { nome: model.servizio.denominazione, path: short ? null : sitePath.short(lang, id) }];
  if (!short) percorso.push({ nome: t.completa ?? '', path: null });
  const traduzioni = Object.fromEntries(site.langs.map((l) => [l, short ? sitePath.short(l, id) : sitePath.full(l, id)]));
  return renderPage(site, { lang, path, titolo: parts.title, corpo, percorso, bozza: parts.draft, traduzioni });
}

function find(node: Node, test: (e: Element) => boolean): Element | undefined {
  if ('tagName' in node && test(node)) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function classOf(e: Element): string[] {
  return (e.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
}
