import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';

// The e-mail of a contact is free text, and offices write it as they would on a letterhead:
// "URP: urp@comune.prova.it (lun-ven)". The site made it a mailto: link that no mail program can
// send to; and an address with "?bcc=" made every citizen's request copied to a hidden recipient.
const registroYaml = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')
  .replace('    pec: protocollo@pec.comune.prova.it', '    pec: protocollo@pec.comune.prova.it\n    email: "URP: urp@comune.prova.it (lun-ven)"')
  .replace('    email: rpd@comune.prova.it', '    email: rpd@comune.prova.it?bcc=raccolta@esempio.invalid')
  // Both languages of the site are checked.
  .concat('opzioni:\n  sito:\n    lingue: [it, en]\n');

describe('mailto: links of the site', () => {
  const out = tempDir();
  const dir = registerWith({ 'registro.yaml': registroYaml });
  const pages: Record<string, string> = {};
  beforeAll(() => {
    expect(registro(['sito', dir, '-o', out]).status).toBe(0);
    for (const lang of ['it', 'en']) for (const f of readdirSync(join(out, lang))) if (f.endsWith('.html')) pages[`${lang}/${f}`] = readFileSync(join(out, lang, f), 'utf8');
  }, 120_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('link only a plain address; any other value is shown as text, whole', () => {
    const links = Object.values(pages).flatMap((html) => [...html.matchAll(/href="mailto:([^"]*)"/g)].map((m) => m[1]!));
    expect([...new Set(links)].sort()).toEqual(['protocollo@pec.comune.prova.it']);
    for (const lang of ['it', 'en']) {
      const home = pages[`${lang}/index.html`]!;
      expect(home).toContain('<dd>URP: urp@comune.prova.it (lun-ven)</dd>');
      expect(home).toContain('<dd>rpd@comune.prova.it?bcc&#x3D;raccolta@esempio.invalid</dd>');
    }
  });
});
