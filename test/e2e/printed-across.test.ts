import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { convert, pdfPages, pdfWords, type PrintedWord } from './soffice.js';

// The complete set of columns is printed over several pages across. Fitted to two pages wide,
// LibreOffice broke the columns where it liked: "Interessati e dati personali (art." ended page 1
// and "30.1.c)" began page 2, over columns without their label; page 2 repeated the labels of
// the heading ("Titolare", "Registro istituito il") in its first columns with no value beside
// them; and the cells were printed at about 5 points.
const ids = readdirSync(join(EXAMPLE, 'trattamenti')).map((f) => f.replace(/\.yaml$/, ''));
const flat = (page: string) => page.replace(/\s+/g, ' ');
const groupLabels = [
  'Finalità e basi giuridiche (art. 30.1.b)', 'Interessati e dati personali (art. 30.1.c)', 'Destinatari (art. 30.1.d)',
  'Trasferimenti (art. 30.1.e)', 'Conservazione (art. 30.1.f)', 'Sicurezza (art. 30.1.g)', "Valutazione d'impatto (art. 35)",
];

describe('the complete register printed over pages across', () => {
  const out = tempDir();
  let pages: string[] = [];
  let printed = '';
  let words: PrintedWord[][] = [];
  beforeAll(async () => {
    expect(registro(['export', EXAMPLE, '--insieme', 'completo', '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    const all = pdfPages(join(out, 'r.pdf'));
    printed = flat(all.join('\n'));
    const controller = all.flatMap((p, i) => (p.includes('Registro del titolare') && p.includes('accesso-civico') ? [i] : []));
    pages = controller.map((i) => all[i]!);
    words = controller.map((i) => pdfWords(join(out, 'r.pdf'))[i]!);
  }, 300_000);
  afterAll(() => remove(out));

  it('prints every group label whole, on each page that holds part of it', () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const label of groupLabels) {
      const tail = label.slice(label.lastIndexOf(' ') + 1); // "30.1.c)", "35)"
      const whole = pages.filter((p) => flat(p).includes(label)).length;
      expect(whole, label).toBeGreaterThan(0);
      // What is left of the page without the whole label (nor a heading's "(artt. 8, 21, 22 e 35)") holds no piece of it.
      const rest = (p: string) => flat(p).split(label).join('').replace(/\(artt\.[^)]*\)/g, '');
      pages.forEach((p, i) => expect(rest(p).includes(` ${tail}`), `${label}, page ${i + 1}`).toBe(false));
    }
  });

  it('gives every page across the heading values beside their labels', () => {
    for (const p of pages) {
      expect(flat(p)).toContain('Titolare Comune di Vallechiara — Piazza della Repubblica 1');
      expect(flat(p)).toContain('Registro istituito il 24/05/2018');
      expect(flat(p)).toMatch(/Responsabile protezione dati \(RPD\) Studio Privacy Tuscia S\.r\.l\./);
    }
  });

  it('prints the cells at a size that can be read (at least 6 points) and each record on consecutive pages', () => {
    for (const page of words) {
      const cells = page.filter((w) => ids.includes(w.text));
      expect(cells.length).toBeGreaterThan(0);
      // A word's box is about 1.3 times its font size.
      for (const w of cells) expect(w.height / 1.3, w.text).toBeGreaterThanOrEqual(6);
    }
    const across = pages.map((p, i) => (/^\s*accesso-civico\b/m.test(p) ? i : -1)).filter((i) => i >= 0);
    expect(across.length).toBeLessThanOrEqual(4);
    expect(across).toEqual(across.map((_, k) => across[0]! + k));
  });

  // A DPIA's date, a processor's appointing act, a sub-processor authorisation: dates written
  // inside a cell's sentence were printed 2026-06-30, beside date cells printed 24/05/2018.
  it("prints the dates inside a cell's text as the date cells show theirs, on every sheet", () => {
    expect(printed).toContain('Servizi sociali — 30/06/2026');
    expect(printed).toMatch(/Convenzione rep\. n\. 12\/2022 — 31\/01\/2022/);
    expect(printed).toContain('allegato C) — 12/04/2023');
    expect(printed.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
  });
});
