import { describe, expect, it } from 'vitest';
import { reuseKey } from '../../src/informativa/page-reuse.js';

const page = (head: string) => `<!doctype html><html lang="it"><head>${head}<title>T</title></head><body><p>Testo.</p></body></html>`;
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:">`;

describe('a page is reused only for notices with the same <meta> tags', () => {
  it('same tags, same key; another policy, another key', () => {
    expect(reuseKey(page(`<meta charset="utf-8">${CSP}`))).toBe(reuseKey(page(`<meta charset="utf-8">${CSP}`)));
    expect(reuseKey(page(CSP))).not.toBe(reuseKey(page(CSP.replace('img-src data:', "img-src 'none'"))));
    expect(reuseKey(page(CSP))).not.toBe(reuseKey(page('')));
    expect(reuseKey(page(CSP.toUpperCase()))).toBeDefined();
  });

  it('a `>` inside a quoted policy belongs to the tag', () => {
    const a = reuseKey(page(`<meta http-equiv="Content-Security-Policy" content="a>b; img-src 'none'">`));
    const b = reuseKey(page(`<meta http-equiv="Content-Security-Policy" content="a>b; img-src data:">`));
    expect(a).not.toBe(b);
  });

  it.each([
    ['a refresh', '<meta http-equiv="refresh" content="1; url=http://127.0.0.1:9/">'],
    ['a refresh written in capitals', '<META HTTP-EQUIV=REFRESH CONTENT=0>'],
    ['a refresh behind a character reference', '<meta http-equiv="&#114;efresh" content="0">'],
    ['a policy and a refresh in one tag', '<meta http-equiv="Content-Security-Policy" http-equiv="refresh" content="0">'],
    ['a cookie', '<meta http-equiv="set-cookie" content="a=b">'],
    ['a tag never closed', '<meta http-equiv="Content-Security-Policy" content="x'],
  ])('%s: printed on a page of its own', (_name, meta) => {
    expect(reuseKey(page(meta))).toBeUndefined();
  });
});
