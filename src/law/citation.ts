import type { Lang } from '../i18n/lang.js';

/**
 * An article code of the Regulation (6.1.e, 9.2.g, 46.2.c, 49.1.2, 45) in the citation style of
 * each language: Italian legal style "art. 6, par. 1, lett. e)", English "Article 6(1)(e)".
 * The name of the Regulation is added by the text that cites it.
 */
export function citeArticle(code: string, lang: Lang): string {
  const [article, paragraph, point] = code.split('.');
  if (!article) return code;
  // 49.1.2: the second subparagraph of art. 49(1), the compelling legitimate interests.
  const subparagraph = point !== undefined && /^\d+$/.test(point);
  if (lang === 'it') {
    const parts = [`art. ${article}`];
    if (paragraph) parts.push(`par. ${paragraph}`);
    if (point) parts.push(subparagraph ? (point === '2' ? 'secondo comma' : `comma ${point}`) : `lett. ${point})`);
    return parts.join(', ');
  }
  let text = `Article ${article}`;
  if (paragraph) text += `(${paragraph})`;
  if (point) text += subparagraph ? (point === '2' ? ', second subparagraph' : `, subparagraph ${point}`) : `(${point})`;
  return text;
}

/**
 * The code cited with the Regulation, as a notice writes it: "art. 6, par. 1, lett. e), del
 * Regolamento" (a comma closes a letter), "art. 45 del Regolamento", "Article 6(1)(e) GDPR".
 */
export function citeInRegulation(code: string, lang: Lang): string {
  const article = citeArticle(code, lang);
  if (lang === 'en') return `${article} GDPR`;
  return `${article}${article.endsWith(')') || article.endsWith('comma') ? ',' : ''} del Regolamento`;
}
