import { afterAll, describe, expect, it } from 'vitest';
import { validateRegister } from '../../src/validate/validate-register.js';
import { message } from '../../src/i18n/localize.js';
import { MINIMAL, registerWith, remove } from '../helpers.js';
import { mensa } from '../rule-harness.js';

/**
 * retention-per-category passes term ids; the catalog names built-in terms from src/vocab/data
 * and the register's own terms by the labels its vocabolario.yaml gives them.
 */
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach(remove));

const VOCABOLARIO = [
  'dati:',
  '  - id: tessera-mensa',
  '    it: Dati della tessera mensa',
  '    en: School canteen card data',
  '    classe: comune',
  '    gruppo: contabili',
  '  - id: foto-badge',
  '    it: Foto del badge',
  '    classe: comune',
  '    gruppo: immagini',
  '',
].join('\n');

async function retentionMessages(dataLine: string, lang: 'it' | 'en'): Promise<string[]> {
  const dir = registerWith({ 'vocabolario.yaml': VOCABOLARIO, 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', dataLine]) }, MINIMAL);
  dirs.push(dir);
  const { diagnostics } = await validateRegister(dir, dir, '2026-12-03');
  return diagnostics.filter((d) => d.ruleId === 'retention-per-category').map((d) => message(lang, d.messageId, d.params));
}

describe('retention-per-category names the data in the language asked', () => {
  it('built-in terms by their labels from the vocabulary data', async () => {
    expect(await retentionMessages('dati: [identificativi, economici, immagini]', 'en')).toEqual([
      'one retention period for data of different kinds ("Economic and income data (ISEE)"; "Images and video"): give periods per category with "categorie" (Art. 30(1)(f))',
    ]);
  });

  it("the register's own terms: their English label, or the Italian one when vocabolario.yaml gives none", async () => {
    expect(await retentionMessages('dati: [identificativi, tessera-mensa, foto-badge]', 'en')).toEqual([
      'one retention period for data of different kinds ("School canteen card data"; "Foto del badge"): give periods per category with "categorie" (Art. 30(1)(f))',
    ]);
    expect(await retentionMessages('dati: [identificativi, tessera-mensa, economici, foto-badge]', 'it')).toEqual([
      'un solo termine di conservazione per dati di natura diversa ("Dati della tessera mensa", "Dati economici e reddituali (ISEE)"; "Foto del badge"): indica termini per categoria con "categorie", come chiede l\'art. 30, par. 1, lett. f)',
    ]);
  });
});
