import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, ROOT, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';
import { measure } from '../../src/readability/indices.js';
import { textOfHtml } from '../../src/readability/text-of-html.js';
import { textOfMarkdown } from '../../src/readability/text-of-markdown.js';
import { splitSentences } from '../../src/readability/sentences.js';

const work = tempDir('registro-leggibilita-');
afterAll(() => remove(work));
const CARRARA = join(ROOT, 'test/fixtures/informative');
const original = join(CARRARA, 'informativa-carrara-originale.md');
const simple = join(CARRARA, 'informativa-carrara-semplificata.md');

interface JsonFile { file: string; kind: string; lang: string; index: string; indexName: string; value: number; words: number; sentences: number; longest: Array<{ words: number; text: string }> }
const json = (args: string[]) => {
  const r = registro(['leggibilita', '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).files as JsonFile[];
};

const ENGLISH = `Privacy notice for the school bus service.

We collect your name, your address and the name of your child. We use them to plan the bus routes and to send you the timetable. You can ask to see your data at any time. You can also ask us to correct it.

We keep your data for five years after the end of the school year. Then we delete it.`;

describe('registro leggibilita', () => {
  it('ranks the plain-language Carrara notice above its original, with the Gulpease index', () => {
    const [a, b] = json([original, simple]);
    expect(a).toMatchObject({ kind: 'markdown', lang: 'it', index: 'gulpease', indexName: 'Gulpease' });
    expect(b!.value).toBeGreaterThan(a!.value);
    expect(b!.words / b!.sentences).toBeLessThan(a!.words / a!.sentences);
    // The longest sentences first, five of them, each with its word count.
    expect(a!.longest).toHaveLength(5);
    expect(a!.longest.map((s) => s.words)).toEqual([...a!.longest.map((s) => s.words)].sort((x, y) => y - x));
    expect(a!.longest[0]!.text).toMatch(/^Per "dato personale" si intende/);
  });

  it('prints the index, its reading bands and the sentences to shorten, in Italian', () => {
    const r = registro(['leggibilita', original]);
    expect(r.status).toBe(0);
    const [value] = /indice Gulpease: (\d+) su 100, /.exec(r.stdout)!.slice(1);
    expect(Number(value)).toBeLessThan(60);
    expect(r.stdout).toContain('lingua: italiano (riconosciuta dal testo)');
    expect(r.stdout).toContain('fasce: da 80 facile anche per chi ha la licenza elementare; da 60 difficile per chi ha la licenza elementare; da 40 difficile per chi ha la licenza media');
    expect(r.stdout).toContain('frasi più lunghe, da accorciare:\n    1. (');
    expect(r.stdout).toMatch(/\n {4}5\. \(\d+ parole\) /);
  });

  it('scores English with Flesch reading ease, not Gulpease, and says so', () => {
    const file = join(work, 'notice-en.md');
    writeFileSync(file, ENGLISH);
    const [en] = json([file]);
    expect(en).toMatchObject({ lang: 'en', index: 'flesch', indexName: 'Flesch reading ease' });
    expect(en!.value).toBeGreaterThanOrEqual(70);
    const text = registro(['readability', file, '--lang', 'en']).stdout;
    expect(text).toContain('language: English (detected from the text)');
    expect(text).toMatch(/index Flesch reading ease: \d+ out of 100, /);
    expect(text).not.toMatch(/Gulpease|parole|lingua/);
    // --indice forces the index (and the language) whatever the text looks like.
    expect(json([file, '--indice', 'gulpease'])[0]).toMatchObject({ index: 'gulpease', lang: 'it' });
  });

  it('reads HTML and plain text; a heading is not glued to its paragraph', () => {
    const html = join(work, 'notice.html');
    writeFileSync(html, '<!doctype html><html><head><title>Titolo lunghissimo da non contare</title><style>p{color:red}</style></head><body><h1>Informativa</h1><p>Il Comune tratta i tuoi dati. Li usa per la mensa.</p><dl><dt>PEC</dt><dd>comune@pec.it</dd></dl></body></html>');
    const txt = join(work, 'notice.txt');
    writeFileSync(txt, 'Informativa\n\nIl Comune tratta i tuoi dati. Li usa per la mensa.\n');
    const [h, t] = json([html, txt]);
    expect(h).toMatchObject({ kind: 'html', words: 12, sentences: 3 });
    expect(t).toMatchObject({ kind: 'text', words: 12, sentences: 3 });
    expect(h!.value).toBe(t!.value);
  });

  it('in a PDF, a heading ends before the paragraph under it', () => {
    if (!findBrowser()) throw new Error('no browser: PDF readability needs Chromium to print the notice');
    const out = join(work, 'pdf-titoli');
    expect(registro(['informativa', join(ROOT, 'registers/comune-di-vallechiara'), '-s', 'trasporto-scolastico', '-o', out, '-f', 'pdf,html']).status).toBe(0);
    const r = registro(['leggibilita', join(out, 'trasporto-scolastico.pdf')]);
    expect(r.stdout).not.toMatch(/Per quanto tempo conserviamo i dati \S/);
    expect(r.stdout).not.toMatch(/Chi tratta i tuoi dati Il titolare/);
    const [pdf, html] = json([join(out, 'trasporto-scolastico.pdf'), join(out, 'trasporto-scolastico.html')]);
    expect(Math.abs(pdf!.value - html!.value)).toBeLessThanOrEqual(3);
  });

  it('reads a PDF through pdftotext: the notice scores as its HTML does', () => {
    if (!findBrowser()) throw new Error('no browser: PDF readability needs Chromium to print the notice');
    const out = join(work, 'pdf');
    expect(registro(['informativa', MINIMAL, '--tutti', '-o', out, '-f', 'pdf,html']).status).toBe(0);
    const [pdf, html] = json([join(out, 'mensa.pdf'), join(out, 'mensa.html')]);
    expect(pdf!.kind).toBe('pdf');
    expect(pdf!.words).toBeGreaterThan(100);
    expect(Math.abs(pdf!.value - html!.value)).toBeLessThanOrEqual(6);
  });

  it('errors: a missing file, a binary file, a folder, a bad option; the other files are still scored', () => {
    const binary = join(work, 'immagine.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const folder = join(work, 'cartella');
    mkdirSync(folder, { recursive: true });
    const r = registro(['leggibilita', 'non-esiste.md', binary, folder, simple]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'registro: il percorso "non-esiste.md" non esiste\n' +
        `registro: il file "${binary}" contiene dati binari: non è un testo (Markdown, HTML, PDF o testo semplice)\n` +
        `registro: "${folder}" non è un file: indica file Markdown, HTML, PDF o di testo\n`,
    );
    expect(r.stdout).toContain('informativa-carrara-semplificata.md\n  lingua: italiano');
    expect(registro(['leggibilita', simple, '--format', 'xml']).stderr).toBe('registro: formato "xml" sconosciuto; formati: text, json\n');
    expect(registro(['leggibilita', simple, '--indice', 'fog']).status).toBe(2);
    expect(registro(['leggibilita']).status).toBe(2);
  });

  it('a text saved as Windows-1252 (as offices do) is read, not refused', () => {
    const file = join(work, 'latin1.txt');
    writeFileSync(file, Buffer.from('Il Comune è qui. Perché lo fa?\n', 'latin1'));
    const r = registro(['leggibilita', file, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ kind: 'text', words: 7, sentences: 2 });
    expect(JSON.parse(r.stdout).files[0].longest[0].text).toBe('Il Comune è qui.');
  });

  it('errors in English with --lang en', () => {
    expect(registro(['readability', 'missing.md', '--lang', 'en']).stderr).toBe('registro: the path "missing.md" does not exist\n');
  });

  it('a PDF without pdftotext installed: one sentence saying how to install it', () => {
    const pdf = join(work, 'vuoto.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    const r = registro(['leggibilita', pdf], { env: { PATH: join(work, 'nessun-programma') } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`registro: per leggere il PDF "${pdf}" serve pdftotext (su Debian e Ubuntu: sudo apt-get install poppler-utils)\n`);
  });

  it("informativa reports each notice's readability with the index of the notice's language", () => {
    const it = registro(['informativa', MINIMAL, '--tutti', '-o', join(work, 'it'), '-f', 'html']);
    expect(it.stdout).toMatch(/ \(Gulpease \d+\)\n$/);
    const en = registro(['informativa', MINIMAL, '--tutti', '-o', join(work, 'en'), '-f', 'html', '--lang', 'en']);
    expect(en.stdout).toMatch(/ \(Flesch reading ease \d+\)\n$/);
    expect(en.stdout).not.toContain('Gulpease');
  });

  it('exit codes: 0 scored, 1 below --minimo', () => {
    expect(registro(['leggibilita', simple, '--minimo', '30']).status).toBe(0);
    expect(registro(['leggibilita', original, simple, '--minimo', '60']).status).toBe(1);
  });
});

describe('readability counting is linear (issue 13: 100,000 dots took 47 s)', () => {
  const fast = (what: string, run: () => unknown) => {
    const start = performance.now();
    run();
    expect(performance.now() - start, what).toBeLessThan(500);
  };

  it('scores runs of dots, spaces and markup in well under a second', () => {
    const dots = '.'.repeat(100_000);
    fast('dots', () => measure(dots, 'gulpease'));
    fast('dots then a word', () => measure(`${dots}x`, 'gulpease'));
    fast('dots and spaces', () => measure('. '.repeat(100_000) + 'x', 'flesch'));
    fast('abbreviations', () => measure('art. '.repeat(50_000), 'gulpease'));
    fast('unclosed tags', () => textOfHtml('<style'.repeat(50_000) + '<p'.repeat(50_000)));
    fast('unclosed skipped blocks', () => textOfHtml('<style>'.repeat(50_000)));
    fast('blank lines', () => textOfMarkdown('\n \n'.repeat(100_000) + ' '.repeat(100_000)));
    fast('links', () => textOfMarkdown('[a]('.repeat(100_000)));
  });

  it('a file of 100,000 dots through the command', () => {
    const file = join(work, 'punti.txt');
    writeFileSync(file, '.'.repeat(100_000));
    const start = performance.now();
    const r = registro(['leggibilita', file, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('sentences end at a capital letter after . ! ?, not at abbreviations', () => {
    expect(splitSentences('La norma è il D.Lgs. 196/2003, art. 2-sexies, lett. b. Vale per tutti.').map((s) => s.words)).toEqual([9, 3]);
    expect(splitSentences('Chi? «Tu». Dove! (Qui.)').map((s) => s.text)).toEqual(['Chi?', '«Tu».', 'Dove!', '(Qui.)']);
    expect(measure('Il gatto dorme. Il cane abbaia.', 'gulpease')).toMatchObject({ words: 6, sentences: 2, value: 100 });
  });
});
