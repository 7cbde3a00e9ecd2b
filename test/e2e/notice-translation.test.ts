import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, MINIMAL, locations, registerWith, registro, remove, tempDir } from '../helpers.js';

/**
 * English notices say in English what the records say in Italian: the register translates its own
 * texts once, in vocabolario.yaml (traduzioni.en), and validate points at each text left to translate.
 */
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach(remove));
const track = (dir: string) => (dirs.push(dir), dir);

const exampleVocabulary = readFileSync(join(EXAMPLE, 'vocabolario.yaml'), 'utf8');
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const textOf = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

describe('notice-translation', () => {
  it('is silent on the example register, whose texts are all translated', () => {
    const run = registro(['validate', EXAMPLE]);
    expect(run.stdout).not.toContain('notice-translation');
    expect(run.status).toBe(0);
  });

  it('points at every place a text without translation would show in Italian in the English notice', () => {
    const dir = track(registerWith({ 'vocabolario.yaml': exampleVocabulary.replace('    - it: 5 anni\n      en: 5 years\n', '') }, EXAMPLE));
    const run = registro(['validate', dir]);
    expect(locations(run.stdout, 'notice-translation').map((l) => l.replace(/^.*registro\//, ''))).toEqual([
      'trattamenti/accesso-civico.yaml:27:13 notice-translation',
      'trattamenti/mensa-scolastica.yaml:38:13 notice-translation',
      'trattamenti/trasporto-scolastico.yaml:36:13 notice-translation',
      'trattamenti/trasporto-scolastico.yaml:44:13 notice-translation',
    ]);
    expect(run.stdout).toContain("l'informativa in inglese mostrerebbe questo testo in italiano: «5 anni»; aggiungi la traduzione in vocabolario.yaml, sotto traduzioni.en");
    expect(registro(['validate', dir, '--lang', 'en']).stdout).toContain('the English notice would show this text in Italian: "5 anni"');
  });

  it('points at a text translated twice, differently, and says which translation is used', () => {
    const vocabulary = `${exampleVocabulary}    - it: 5 anni\n      en: five years\n    - it: 10 anni\n      en: 10 years\n`;
    const lines = vocabulary.split('\n');
    const first = lines.indexOf('    - it: 5 anni') + 1;
    const again = lines.lastIndexOf('    - it: 5 anni') + 1;
    const run = registro(['validate', track(registerWith({ 'vocabolario.yaml': vocabulary }, EXAMPLE))]);
    // The same text with the same translation again is harmless: only "5 anni" is reported.
    expect(locations(run.stdout, 'notice-translation').map((l) => l.replace(/^.*registro\//, ''))).toEqual([`vocabolario.yaml:${again}:11 notice-translation`]);
    expect(run.stdout).toContain(`il testo «5 anni» ha già una traduzione alla riga ${first}, diversa da questa: vale la prima`);
  });

  it('does not ask for names, contacts or cited norms, and asks for everything else the notice shows', () => {
    // The minimal register asked to publish in English with no translation at all.
    const dir = track(registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    lingue: [it, en]\n` }));
    const asked = locations(registro(['validate', dir]).stdout, 'notice-translation').map((l) => l.replace(/^.*registro\//, ''));
    // The service's name and consequences, the activity's purpose, duration and start; never the
    // norm, the retention source, the office, the party's or the controller's name.
    expect(asked).toEqual([
      'servizi/mensa.yaml:1:16 notice-translation',
      'servizi/mensa.yaml:9:16 notice-translation',
      'trattamenti/mensa.yaml:3:18 notice-translation',
      'trattamenti/mensa.yaml:14:13 notice-translation',
      'trattamenti/mensa.yaml:15:17 notice-translation',
    ]);
  });

  it("with the site's public register, asks for the texts of every activity it shows, beyond the services'", () => {
    const registroYaml = `${readFileSync(join(EXAMPLE, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    registro_pubblico: true\n`;
    // Two translations left out: the register office's purpose (an activity in no service) and the start of a permanent term.
    const vocabulary = exampleVocabulary
      .replace("    - it: Registrazione, classificazione e fascicolazione dei documenti ricevuti e spediti dall'ente\n      en: Registering, classifying and filing documents received and sent by the municipality\n", '')
      .replace("    - it: dall'iscrizione\n      en: from registration\n", '');
    const dir = track(registerWith({ 'registro.yaml': registroYaml, 'vocabolario.yaml': vocabulary }, EXAMPLE));
    const asked = locations(registro(['validate', dir]).stdout, 'notice-translation').map((l) => l.replace(/^.*registro\//, ''));
    // "permanente" (anagrafe.yaml, line 29) the English page words itself: its start is shown as written.
    expect(asked).toEqual(['trattamenti/anagrafe.yaml:30:17 notice-translation', 'trattamenti/protocollo.yaml:7:18 notice-translation']);
    // Without the public register neither is shown in English.
    expect(locations(registro(['validate', track(registerWith({ 'vocabolario.yaml': vocabulary }, EXAMPLE))]).stdout, 'notice-translation')).toEqual([]);
  });

  it('publishes only in Italian a register that neither translates its texts nor asks for English', () => {
    const dir = track(registerWith());
    const out = track(tempDir());
    const run = registro(['sito', dir, '-o', out]);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'it/index.html'))).toBe(true);
    expect(existsSync(join(out, 'en'))).toBe(false);
    expect(registro(['validate', dir]).stdout).not.toContain('notice-translation');
  });

  it('says so when an English notice is made from a register without translations', () => {
    const dir = track(registerWith());
    const out = track(tempDir());
    const run = registro(['informativa', dir, '--tutti', '-o', out, '-f', 'html', '--lang', 'en']);
    expect(run.stderr).toContain('the register has no English translations (vocabolario.yaml, traduzioni.en): in the English notices the texts written in the records stay in Italian');
    expect(registro(['informativa', EXAMPLE, '--tutti', '-o', out, '-f', 'html', '--lang', 'en']).stderr).not.toContain('no English translations');
  });
});

describe('the English notice and site, translated', () => {
  it('shows the translated purpose, retention and office hours in the PDF, and none of the Italian', () => {
    const out = track(tempDir());
    const run = registro(['informativa', EXAMPLE, '-s', 'mensa-scolastica', '-o', out, '-f', 'pdf', '--lang', 'en']);
    expect(run.status).toBe(0);
    const text = pdfText(join(out, 'mensa-scolastica.pdf'));
    expect(text).toContain('Enrolment in school meals, recording of meals taken and collection of fees');
    expect(text).toContain('5 years from the end of the school year');
    expect(text).toContain('Monday, Wednesday and Friday, 9 am to 12 noon');
    expect(text).not.toMatch(/dalla fine dell'anno scolastico|Iscrizione alla mensa|lunedì/);
  });

  it('builds both languages from the translations, with the Italian pages unchanged', () => {
    const out = track(tempDir());
    expect(registro(['sito', EXAMPLE, '-o', out]).status).toBe(0);
    const english = textOf(readFileSync(join(out, 'en/trasporto-scolastico.html'), 'utf8'));
    const italian = textOf(readFileSync(join(out, 'it/trasporto-scolastico.html'), 'utf8'));
    expect(english).toContain('Without the data the pupil cannot be enrolled in the service; without an ISEE the full fee applies.');
    expect(italian).toContain("Senza i dati l'alunno non può essere iscritto al servizio; senza ISEE si applica la tariffa intera.");
    expect(italian).not.toContain('Without the data');
  });
});
