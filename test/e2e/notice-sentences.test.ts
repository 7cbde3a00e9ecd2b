import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, MINIMAL, locations, registerWith, registro, remove, tempDir } from '../helpers.js';

/** What a notice says, sentence by sentence, where a literal rendering said too much or too little. */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));
const MENSA = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
const SERVICE = readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8');
const REGISTRO = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8');

function noticeText(files: Record<string, string>, name = 'mensa'): string {
  const dir = registerWith(files);
  const out = tempDir();
  dirs.push(dir, out);
  const r = registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]);
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(out, `${name}.html`), 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

describe('the notice says what the register says, no more', () => {
  it('automated decisions are said to profile only when the activity profiles', () => {
    const decisions =
      'decisioni_automatizzate:\n  presenti: true\n  eccezione: 22.2.b\n  norma: "L.R. 12/2020, art. 4"\n  logica: Un algoritmo ordina le domande per reddito ISEE.\n  conseguenze: La posizione in graduatoria.\n' +
      'dpia:\n  necessaria: true\n  riferimento: DPIA n. 3/2026\n  data: 2026-05-01\n';
    const plain = noticeText({ 'trattamenti/mensa.yaml': MENSA + decisions });
    expect(plain).toContain('Alcune decisioni sono prese in modo automatico (art. 22 del Regolamento).');
    const profiling = noticeText({ 'trattamenti/mensa.yaml': MENSA + decisions + 'profilazione: true\n' });
    expect(profiling).toContain('Alcune decisioni sono prese in modo automatico, anche con profilazione (art. 22 del Regolamento).');
  });

  it('a transfer that two activities of the service make alike is said once', () => {
    const abroad = MENSA.replace('trasferimenti: []', 'trasferimenti:\n  - paese: GB\n    destinatario: software-house\n    meccanismo: "45"\n');
    const soggetti = readFileSync(join(MINIMAL, 'soggetti.yaml'), 'utf8').replace('paese: IT', 'paese: GB');
    const second = abroad.replace('denominazione: Refezione scolastica', 'denominazione: Diete speciali');
    const text = noticeText({ 'soggetti.yaml': soggetti, 'trattamenti/mensa.yaml': abroad, 'trattamenti/diete.yaml': second, 'servizi/mensa.yaml': SERVICE.replace('trattamenti: [mensa]', 'trattamenti: [mensa, diete]') });
    expect(text.match(/Verso il Regno Unito/g)).toHaveLength(1);
  });

  it('the short notice gives the e-mail of a controller without PEC', () => {
    const registro = REGISTRO.replace('    pec: protocollo@pec.comune.prova.it\n', '    email: info@bottega.example.it\n');
    const short = noticeText({ 'registro.yaml': registro }, 'mensa-breve');
    expect(short).toMatch(/Il titolare del trattamento è [^.]+\. E-mail: info@bottega\.example\.it\./);
  });
});

describe('the English notice of a joint controllership', () => {
  it('names the arrangement once: its kind, translated, is the sentence\'s own words', () => {
    const out = tempDir();
    dirs.push(out);
    expect(registro(['informativa', EXAMPLE, '--servizio', 'sostegno-economico', '--lang', 'en', '--formato', 'html', '-o', out]).status).toBe(0);
    const text = readFileSync(join(out, 'sostegno-economico.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('set out in the joint controller arrangement: Convenzione');
    expect(text).not.toMatch(/arrangement: joint controllership arrangement/i);
  });
});

describe('whether providing the data is mandatory', () => {
  it('is asked of each activity of a service that does not say it for all', () => {
    const service = SERVICE.replace(/conferimento:\n(?: {2}.*\n)+/, '').replace('trattamenti: [mensa]', 'trattamenti: [mensa, diete]');
    const stated = MENSA + 'conferimento:\n  natura: requisito-necessario\n  conseguenze: Senza i dati non è possibile iscrivere l\'alunno.\n';
    const dir = registerWith({ 'servizi/mensa.yaml': service, 'trattamenti/mensa.yaml': stated, 'trattamenti/diete.yaml': MENSA.replace('denominazione: Refezione scolastica', 'denominazione: Diete speciali') });
    dirs.push(dir);
    const r = registro(['validate', '.'], { cwd: dir });
    expect(locations(r.stdout, 'notice-complete')).toEqual(['servizi/mensa.yaml:2:22 notice-complete']);
    expect(r.stdout).toContain('l\'informativa di "mensa" dice se fornire i dati è obbligatorio per le altre attività, ma non per "diete", come chiede l\'art. 13, par. 2, lett. e)');
  });
});
