import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { convert, pdfPages } from './soffice.js';

// A register exported with few columns (--colonne id,denominazione, to hand an office the list of
// its activities) is a narrow table. Its title, one line over the merged cells of the first row,
// was printed cut at the table's edge: "Registro delle attività di trattamen".
describe('the title of a narrow export', () => {
  const out = tempDir();
  let first = '';
  beforeAll(async () => {
    expect(registro(['export', EXAMPLE, '--colonne', 'id,denominazione', '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    first = pdfPages(join(out, 'r.pdf'))[0]!;
  }, 300_000);
  afterAll(() => remove(out));

  it('is printed whole, over as many lines as it needs', () => {
    // The page header (the controller's name) comes first.
    const [header, ...top] = first.split(/\n\s*Titolare\s/)[0]!.trim().split('\n');
    expect(header!.trim()).toBe('Comune di Vallechiara');
    const title = top.join(' ').replace(/\s+/g, ' ').trim();
    expect(title).toBe('Registro delle attività di trattamento del titolare (art. 30, par. 1, GDPR)');
  });
});
