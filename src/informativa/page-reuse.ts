/**
 * Whether a browser page that printed one notice may print another. The page is rewritten in
 * place (document.open), which keeps what the earlier document's <meta> set: its security policy
 * (an `img-src 'none'` would hide the next notice's logo) and a refresh timer. So a page is
 * reused only for notices with exactly the same <meta> tags, and never after one that sets
 * anything but a policy through http-equiv (refresh, cookies...).
 *
 * The key is the text of every <meta> tag, as written; undefined means "print on a page of its
 * own". Tags are read generously (any quote opens a quoted run): when unsure, the key only gets
 * longer or the page is not reused.
 */
export function reuseKey(html: string): string | undefined {
  const lower = html.toLowerCase();
  const metas: string[] = [];
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 1)) {
    const end = tagEnd(lower, at);
    if (end === -1) return undefined;
    const tag = lower.slice(at, end + 1);
    const equivs = tag.split('http-equiv').length - 1;
    if (equivs > 1 || (equivs === 1 && !POLICY.test(tag))) return undefined;
    metas.push(html.slice(at, end + 1));
    at = end;
  }
  return metas.join('\n');
}

/** http-equiv naming the Content-Security-Policy, quoted or not (the tag is lower case here). */
const POLICY = /http-equiv\s*=\s*(["']?)\s*content-security-policy\s*\1(?=[\s/>])/;

/** The `>` that closes the tag opened at `start`, skipping quoted runs; -1 if none. */
function tagEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '>') return i;
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i === -1) return -1;
    }
  }
  return -1;
}
