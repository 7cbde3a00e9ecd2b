import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE, registro } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

/**
 * The English register reads as the English notices do: the records' own texts in the
 * translations of vocabolario.yaml (`traduzioni`), the rest as written.
 */
const csvOf = (args: string[]) => registro(['export', '.', '--lang', 'en', '-f', 'csv', '-o', '-', ...args], { cwd: EXAMPLE });

describe('registro export --lang en', () => {
  it('writes the translated purposes and names, and leaves untranslated texts as written', () => {
    const run = csvOf(['--colonne', 'id,denominazione,finalita,referente']);
    expect(run.status).toBe(0);
    // Rows end with CRLF, as Excel writes them; a line break inside a cell is LF.
    expect(run.stdout.split('\r\n').find((row) => row.startsWith('mensa-scolastica;'))).toBe(
      'mensa-scolastica;School meals and special diets;"Enrolment in school meals, recording of meals taken and collection of fees\nPreparing special diets for allergies, intolerances or religious reasons";Responsabile dei Servizi alla Persona',
    );
  });

  it('keeps --area in the words the register uses', () => {
    const run = csvOf(['--colonne', 'id,denominazione', '--area', 'Servizi Sociali']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\r\n').slice(1)).toEqual(['assistenza-domiciliare;Home care for older people and people with disabilities', 'contributi-economici;Financial support to people and families in hardship']);
  });
});

describe('the changes sheet of the English workbook', () => {
  it('names the activities and the services to republish as the other sheets do', async () => {
    const repo = new GitRepo();
    try {
      repo.commit('registro', '2026-06-01T10:00:00+02:00');
      repo.edit('trattamenti/accesso-civico.yaml', (d) => d.destinatari.push({ categoria: 'altre-pa' }));
      repo.commit('destinatari', '2026-11-01T10:00:00+01:00');
      const file = join(repo.top, 'register.xlsx');
      expect(registro(['export', '.', '--lang', 'en', '-o', file], { cwd: repo.reg }).status).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const rows: string[][] = [];
      wb.getWorksheet('Changes')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      const change = rows.find((r) => r[1]?.endsWith('(accesso-civico)'))!;
      expect(change[1]).toBe('Access to documents, simple civic access and generalised civic access (accesso-civico)');
      expect(change[4]).toBe('republish the notices of the services involved: Access to documents and civic access');
    } finally {
      repo.cleanup();
    }
  });
});
