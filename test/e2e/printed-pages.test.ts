import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove, tempDir } from '../helpers.js';
import { convert, pdfPages } from './soffice.js';

// The DPO prints the workbook and hands the Garante a stack of A3 sheets. A sheet taken out of the
// stack named neither the controller nor the day of the register: its footer had the &D code,
// the day of printing in the printing computer's format (12/03/2026 for 3 December on an English
// system). A record two pages wide had its halves in the two halves of the stack. And the
// controller's contacts, one line over the whole width, were cut at the first page's edge.
const name = '3M & Figli — Comune di Vallechiara';
const registroYaml = readFileSync(join(EXAMPLE, 'registro.yaml'), 'utf8').replace('denominazione: Comune di Vallechiara', `denominazione: "${name}"`);

const lines = (page: string) => page.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

describe.each([
  ['it', 'Pagina', 'di', 'Generato il 03/12/2026'],
  ['en', 'Page', 'of', 'Generated 03/12/2026'],
])('each printed page of the workbook (%s)', (lang, page, of, generated) => {
  const out = tempDir();
  const dir = registerWith({ 'registro.yaml': registroYaml }, EXAMPLE);
  let pages: string[] = [];
  beforeAll(async () => {
    expect(registro(['export', dir, '--lang', lang, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    pages = pdfPages(join(out, 'r.pdf'));
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('names the controller at its top, whatever its name starts with or holds', () => {
    expect(pages.length).toBeGreaterThan(4);
    for (const p of pages) expect(lines(p)[0]).toBe(name);
  });

  it('ends with its number and the day the register was generated, written out', () => {
    pages.forEach((p, i) => {
      const last = lines(p).pop()!;
      expect(last).toContain(`${page} ${i + 1} ${of} ${pages.length}`);
      expect(last.endsWith(generated)).toBe(true);
    });
    expect(pages.join('\n')).not.toContain('12/03/2026');
  });

  it("keeps the heading's values within the first page, none cut at its edge", () => {
    const first = pages[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('— 0761 555100 — https://www.comune.vallechiara.vt.it');
    expect(first).toContain('— rpd@comune.vallechiara.vt.it — 0761 555199');
  });

  it('follows a record over the pages across before going down', () => {
    const withLast = pages.flatMap((p, i) => (/^\s*videosorveglianza\b/m.test(p) ? [i] : []));
    expect(withLast.length).toBeGreaterThanOrEqual(2);
    withLast.slice(1).forEach((page, i) => expect(page - withLast[i]!).toBe(1));
  });
});
