import { parse } from 'parse5';

/**
 * What a notice's HTML may not contain, whatever its template says: elements that open a
 * connection or leave the page without a request the browser can intercept (preconnect and
 * prefetch hints, frames, plugins, refresh, base, forms, scripts), and links with a script
 * scheme. The notice is a printed and published document: it needs none of them.
 */
const DROPPED_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'base', 'form', 'noscript']);
/** <link> is kept only when it points at nothing to fetch (a data: icon or stylesheet); hints that reach out are dropped. */
const KEPT_LINK_RELS = /^(?:icon|stylesheet|license|author|alternate|canonical)$/i;
/** The built-in templates' policy, given to a page that states none: the published HTML loads nothing either. */
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'">`;
const SCRIPT_SCHEME = /^\s*(?:javascript|vbscript|livescript|data\s*:\s*text\/html)\s*:/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'ping', 'srcset', 'background', 'poster', 'data']);

interface Node {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: {
    startOffset: number;
    endOffset: number;
    startTag?: { endOffset: number };
    attrs?: Record<string, { startOffset: number; endOffset: number }>;
  } | null;
}

/** A cut of the source: [start, end) removed. */
type Cut = [number, number];

/**
 * The HTML with the dropped elements and attributes cut out of the source text, everything else
 * byte for byte as rendered (parse5 only finds the offsets; it does not rewrite the page).
 */
export function sanitizeNoticeHtml(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  const cuts: Cut[] = [];
  collect(document, cuts);
  const policyAt = hasPolicy(document) ? undefined : find(document, 'head')?.sourceCodeLocation?.startTag?.endOffset;
  if (cuts.length === 0 && policyAt === undefined) return html;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  const upTo = (offset: number) => {
    if (policyAt !== undefined && policyAt >= at && policyAt <= offset) out += html.slice(at, policyAt) + POLICY, (at = policyAt);
    out += html.slice(at, offset);
  };
  for (const [start, end] of cuts) {
    if (start < at) continue; // inside an element already cut
    upTo(start);
    at = end;
  }
  upTo(html.length);
  return out;
}

function find(node: Node, name: string): Node | undefined {
  if (node.nodeName === name) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

function hasPolicy(document: Node): boolean {
  const head = find(document, 'head');
  return (head?.childNodes ?? []).some((n) => n.nodeName === 'meta' && n.attrs?.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
}

function collect(node: Node, cuts: Cut[]): void {
  const where = node.sourceCodeLocation;
  if (where && dropped(node)) {
    cuts.push([where.startOffset, where.endOffset]);
    return;
  }
  for (const attr of node.attrs ?? []) {
    const span = where?.attrs?.[attr.name];
    if (span && isDangerousAttribute(attr.name, attr.value)) cuts.push([span.startOffset, span.endOffset]);
  }
  for (const child of node.childNodes ?? []) collect(child, cuts);
  if (node.content) collect(node.content, cuts);
}

function dropped(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  if (DROPPED_ELEMENTS.has(name)) return true;
  const attr = (n: string) => node.attrs?.find((a) => a.name === n)?.value;
  if (name === 'link') {
    const rels = (attr('rel') ?? '').split(/\s+/).filter(Boolean);
    return rels.length === 0 || !rels.every((rel) => KEPT_LINK_RELS.test(rel)) || !/^\s*data:/i.test(attr('href') ?? '');
  }
  // Only the Content-Security-Policy may be stated by the page; refresh and the rest go.
  if (name === 'meta') {
    const equiv = attr('http-equiv');
    return equiv !== undefined && equiv.toLowerCase() !== 'content-security-policy';
  }
  return false;
}

function isDangerousAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  // Event handlers never run (JavaScript is off), but a published HTML page would run them.
  if (n.startsWith('on')) return true;
  return URL_ATTRIBUTES.has(n) && SCRIPT_SCHEME.test(value.replace(/[\u0000-\u001f]/g, ''));
}
