import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';

/**
 * `registro sito` publishes as `registro informativa` does: a service with open errors in what
 * it shows is left out (with --bozza, written and marked), every value is escaped, bad options
 * get one positioned sentence and exit 2. No browser here (--browser names none): the pages are
 * written without the PDFs, and the command says so.
 */
const work = tempDir('registro-sito-pub-');
const NO_BROWSER = ['--browser', join(work, 'nessun-browser')];
afterAll(() => remove(work));

const site = (register: string, name: string, ...args: string[]) => {
  const out = join(work, name);
  return { out, run: registro(['sito', register, '-o', out, ...NO_BROWSER, ...args]) };
};
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/')).sort();

describe('registro sito: publish rules and sealing', () => {
  it('without a browser and a base URL: pages without PDFs, no sitemap, relative snippet, each said once', () => {
    const { out, run } = site(MINIMAL, 'minimo');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('registro: nessun browser trovato (Chrome, Chromium o Edge): il sito si genera senza i PDF da scaricare');
    expect(run.stderr).toContain('registro: senza --base-url (né opzioni.sito.url) il sito usa solo collegamenti relativi e non ha sitemap.xml');
    const written = files(out);
    expect(written).toEqual(expect.arrayContaining(['index.html', 'it/index.html', 'it/mensa-breve.html', 'it/mensa.html', 'collegamento-privacy.txt']));
    expect(written.some((f) => f.endsWith('.pdf'))).toBe(false);
    expect(written).not.toContain('sitemap.xml');
    // Without the public register option there is no register page and no link to it.
    expect(written).not.toContain('it/registro.html');
    expect(readFileSync(join(out, 'it/index.html'), 'utf8')).not.toContain('registro.html');
    expect(readFileSync(join(out, 'it/mensa-breve.html'), 'utf8')).not.toContain('.pdf');
    expect(readFileSync(join(out, 'collegamento-privacy.txt'), 'utf8')).toContain('<a href="it/index.html" data-element="privacy-policy-link">Informativa privacy</a>');
  });

  it('a value from YAML is text, never markup, on the home and on the notice pages', () => {
    const register = registerWith({ 'servizi/mensa.yaml': readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8').replace('denominazione: Mensa scolastica', 'denominazione: "Mensa <img src=x onerror=alert(1)> & co"') });
    const { out, run } = site(register, 'ostile');
    expect(run.status).toBe(0);
    for (const page of ['it/index.html', 'it/mensa-breve.html', 'it/mensa.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html, page).not.toContain('<img src=x');
      expect(html, page).toContain('Mensa &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; co');
    }
    remove(register);
  });

  it('a service with open errors is not published: no pages, not on the home, exit 1; --bozza writes it marked', () => {
    const register = registerWith({ 'servizi/mensa.yaml': readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8').replace('trattamenti: [mensa]', 'trattamenti: [mensa, inesistente]') });
    const { out, run } = site(register, 'errori');
    expect(run.status).toBe(1);
    // Said once, not once per language.
    expect(run.stderr.match(/registro: informativa di "mensa" non generata/g)).toHaveLength(1);
    expect(run.stderr.match(/servizi\/mensa\.yaml:2:\d+ {2}errore/g)).toHaveLength(1);
    expect(existsSync(join(out, 'it/mensa-breve.html'))).toBe(false);
    const home = readFileSync(join(out, 'it/index.html'), 'utf8');
    expect(home).toContain('Nessuna informativa pubblicata.');
    expect(home).not.toContain('mensa-breve.html');

    const draft = site(register, 'bozza', '--bozza');
    expect(draft.run.status).toBe(0);
    const page = readFileSync(join(draft.out, 'it/mensa-breve.html'), 'utf8');
    expect(page).toMatch(/<p class="registro-bozza" role="note">BOZZA, non pubblicare: un errore aperto nel registro<\/p>/);
    expect(page).toContain('<title>BOZZA - Privacy in breve: Mensa scolastica - Comune di Prova</title>');
    expect(readFileSync(join(draft.out, 'it/index.html'), 'utf8')).toContain('<strong>Bozza.</strong>');
    remove(register);
  });

  it('a rebuild removes the pages of a service that left the register, and keeps stable addresses for the rest', () => {
    const register = registerWith();
    const { out } = site(register, 'ricostruito');
    expect(existsSync(join(out, 'it/mensa-breve.html'))).toBe(true);
    const yaml = join(register, 'servizi/mensa.yaml');
    writeFileSync(join(register, 'servizi/mensa-estiva.yaml'), readFileSync(yaml, 'utf8'));
    remove(yaml);
    const again = site(register, 'ricostruito');
    expect(again.run.stderr).toMatch(/rimosso .*it\/mensa-breve\.html: il servizio non esiste più nel registro/);
    expect(existsSync(join(out, 'it/mensa-breve.html'))).toBe(false);
    expect(existsSync(join(out, 'it/mensa-estiva-breve.html'))).toBe(true);
    remove(register);
  });

  it('in the folder of registro build, neither removes the files of the other', () => {
    const out = join(work, 'condivisa');
    expect(registro(['build', MINIMAL, '-o', out, '--format', 'html']).status).toBe(0);
    expect(site(MINIMAL, 'condivisa').run.status).toBe(0);
    expect(registro(['build', MINIMAL, '-o', out, '--format', 'html']).status).toBe(0);
    expect(existsSync(join(out, 'registro.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'it/mensa-breve.html'))).toBe(true);
    expect(existsSync(join(out, 'informative/mensa-breve.html'))).toBe(true);
  });

  it('the colour and the logo of registro.yaml theme the site; a colour too light for white text is positioned and refused', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const themed = registerWith({ 'stemma.svg': svg, 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    colore: "#1a4d2e"\n    logo: stemma.svg\n    lingue: [it]\n` });
    const { out, run } = site(themed, 'tema');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'assets/tema.css'), 'utf8')).toContain('--registro-primario:#1a4d2e;');
    expect(readFileSync(join(out, 'assets/logo.svg'), 'utf8')).toBe(svg);
    const home = readFileSync(join(out, 'it/index.html'), 'utf8');
    expect(home).toContain('<img class="registro-logo" src="../assets/logo.svg" alt="">');
    // One language: no language links, no English pages; the folder's index still answers, with the one link.
    expect(home).not.toContain('registro-lingue');
    expect(existsSync(join(out, 'en'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="it/index.html" hreflang="it">Privacy e protezione dei dati personali</a>');

    // A colour too light: validate warns at its position, and the site is not built.
    const pale = registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    colore: "#ffcc00"\n` });
    const refused = site(pale, 'pallido');
    expect(refused.run.status).toBe(1);
    expect(refused.run.stderr).toMatch(/registro\.yaml:16:13 {2}avviso {2}il colore #ffcc00 ha con il testo bianco dell'intestazione un contrasto di 1,51:1, sotto il minimo di 4,5:1 \(WCAG 2\.1, criterio 1\.4\.3; L\. 4\/2004\)/);
    expect(refused.run.stderr).toMatch(/registro: sito non generato: il colore o il logo di opzioni\.sito \(sopra\) non si possono usare\n$/);
    expect(existsSync(refused.out)).toBe(false);
    const validate = registro(['validate', pale, '--lang', 'en']);
    expect(validate.stdout).toMatch(/registro\.yaml:16:13 {2}warning {2}the colour #ffcc00 has a contrast of 1\.51:1 with the header's white text/);
    remove(themed);
    remove(pale);
  });

  it('without opzioni.sito.logo, the logo of the notice templates (--template) heads the site, inlined', () => {
    const templates = join(work, 'modelli');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    const { out, run } = site(MINIMAL, 'logo-modelli', '--template', templates);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'it/index.html'), 'utf8')).toMatch(/<img class="registro-logo" src="data:image\/svg\+xml;base64,(?:[A-Za-z0-9+/]|&#x3D;)+" alt="">/);
  });

  it('a base URL that is not a web address stops with one sentence (English with --lang en); a logo outside the register is positioned and refused', () => {
    const bad = site(MINIMAL, 'url', '--base-url', 'www.comune.it/privacy');
    expect(bad.run.status).toBe(2);
    expect(bad.run.stderr).toBe('registro: --base-url "www.comune.it/privacy" non è un indirizzo web: scrivilo per intero, ad esempio https://www.comune.esempio.it/privacy/\n');
    const en = site(MINIMAL, 'url-en', '--base-url', 'ftp://comune.it/', '--lang', 'en');
    expect(en.run.stderr).toBe('registro: --base-url "ftp://comune.it/" is not a web address: write it in full, for example https://www.comune.esempio.it/privacy/\n');
    // A logo that is a link out of the register's folder: positioned, never read.
    const outside = registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    logo: stemma.png\n` });
    writeFileSync(join(work, 'segreto.png'), 'not a logo');
    symlinkSync(join(work, 'segreto.png'), join(outside, 'stemma.png'));
    const logo = site(outside, 'logo');
    expect(logo.run.status).toBe(1);
    // The loader refuses the link itself, at its position, before any rule.
    expect(logo.run.stderr).toMatch(/stemma\.png:1:1 {2}errore {2}collegamento simbolico che punta fuori dal registro: non viene letto {2}layout/);
    expect(existsSync(logo.out)).toBe(false);
    remove(outside);
    // A logo that is not there: the rule points at the value.
    const missing = registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    logo: stemma.gif\n` });
    const absent = site(missing, 'logo-assente');
    expect(absent.run.status).toBe(1);
    expect(absent.run.stderr).toMatch(/registro\.yaml:16:11 {2}avviso {2}il logo "stemma\.gif" non esiste nella cartella del registro o non è un'immagine \.png, \.jpg o \.svg {2}site-theme/);
    remove(missing);
  });
});
