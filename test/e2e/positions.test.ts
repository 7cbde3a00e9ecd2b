import { afterEach, describe, expect, it } from 'vitest';
import { registerWith, registro, locations, remove } from '../helpers.js';

/** Exact line:col of each kind of problem a DPO meets, through the real CLI. */
describe('validate: positions of shape and syntax errors', () => {
  const dirs: string[] = [];
  const check = (files: Record<string, string | Buffer>) => {
    const dir = registerWith(files);
    dirs.push(dir);
    return registro(['validate', '.'], { cwd: dir });
  };
  afterEach(() => dirs.splice(0).forEach(remove));

  it('points at the value of a wrong type, with the SI/NO hint', () => {
    const run = check({
      'trattamenti/mensa.yaml': 'denominazione: Mensa\nlarga_scala: SI\ncreato: 2020-01-01\naggiornato: 2020-01-01\n',
    });
    expect(run.status).toBe(1);
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:2:14 schema']);
    expect(run.stdout).toContain('atteso true o false, trovato il testo "SI": scrivi true');
  });

  it('points at an unknown key and suggests the right one', () => {
    const run = check({
      'trattamenti/mensa.yaml': 'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\nfinalità:\n  - descrizione: x\n',
    });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:4:1 schema']);
    expect(run.stdout).toContain('chiave "finalità" non prevista: forse intendevi "finalita"?');
  });

  it('points each of two keys that look alike at its own line: True is "true", "True" is "True"', () => {
    const run = check({
      'trattamenti/mensa.yaml': 'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\nTrue: primo\n"True": secondo\n',
    });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:4:1 schema', 'trattamenti/mensa.yaml:5:1 schema']);
    expect(run.stdout).toContain('chiave "true" non prevista');
    expect(run.stdout).toContain('chiave "True" non prevista');
  });

  it('points a missing required key at its parent key', () => {
    const run = check({
      'trattamenti/mensa.yaml':
        'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\nfinalita:\n  - descrizione: Iscrizione\n    basi_giuridiche:\n      - norma: "L. 1/2000"\n',
    });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:7:9 schema']);
    expect(run.stdout).toContain('manca la chiave obbligatoria "base"');
  });

  it('points a missing key of the whole file at line 1', () => {
    const run = check({ 'registro.yaml': 'rpd:\n  nome: Mario Rossi\n' });
    expect(locations(run.stdout)).toEqual(['registro.yaml:1:1 schema']);
    expect(run.stdout).toContain('manca la chiave obbligatoria "titolare"');
  });

  it('suggests the nearest legal-basis code for a bad enum value', () => {
    const run = check({
      'trattamenti/mensa.yaml':
        'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\nfinalita:\n  - descrizione: Iscrizione\n    basi_giuridiche:\n      - base: art. 6 lett. e\n        norma: L. 1/2000\n',
    });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:7:15 schema']);
    expect(run.stdout).toContain('valore "art. 6 lett. e" non ammesso: forse intendevi "6.1.e"?');
  });

  it('refuses a country ISO does not assign, with the code meant, and never lists 250 codes', () => {
    const transfer = (paese: string) => `  - paese: ${paese}\n    meccanismo: "46.2.c"\n    garanzie: Clausole tipo 2021/914\n`;
    const run = check({
      'trattamenti/mensa.yaml': `denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\ntrasferimenti:\n${transfer('UK')}${transfer('Stati Uniti')}${transfer('ZZ')}${transfer('us')}`,
    });
    expect(locations(run.stdout, 'schema')).toEqual(['trattamenti/mensa.yaml:5:12 schema', 'trattamenti/mensa.yaml:8:12 schema', 'trattamenti/mensa.yaml:11:12 schema', 'trattamenti/mensa.yaml:14:12 schema']);
    expect(run.stdout).toContain('paese "UK" non valido: serve il codice ISO 3166-1 a due lettere maiuscole; forse intendevi "GB" (Regno Unito)?');
    expect(run.stdout).toContain('paese "Stati Uniti" non valido: serve il codice ISO 3166-1 a due lettere maiuscole; forse intendevi "US" (Stati Uniti)?');
    expect(run.stdout.split('\n').find((line) => line.includes('"ZZ"'))).toMatch(/paese "ZZ" non valido: serve il codice ISO 3166-1 a due lettere maiuscole +schema$/);
    expect(run.stdout).toContain('paese "us" non valido: serve il codice ISO 3166-1 a due lettere maiuscole; forse intendevi "US" (Stati Uniti)?');
    expect(run.stdout).not.toContain('valori ammessi');
  });

  it('hints to quote a number where text is expected, keeping the leading zero', () => {
    const run = check({ 'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: SH\n    ruolo: responsabile\n    partita_iva: 01234567890\n' });
    expect(locations(run.stdout)).toEqual(['soggetti.yaml:5:18 schema']);
    expect(run.stdout).toContain('racchiudilo tra virgolette ("01234567890")');
  });

  it('reports a duplicate key at the second occurrence', () => {
    const run = check({ 'servizi/mensa.yaml': 'denominazione: Mensa\ntrattamenti: [mensa]\ndenominazione: Refezione\n' });
    expect(locations(run.stdout)).toEqual(['servizi/mensa.yaml:3:1 yaml-duplicate-key']);
    expect(run.stdout).toContain('la chiave "denominazione" è ripetuta');
  });

  it('reports an unclosed bracket at the bracket, not where the parser stops past the end', () => {
    const run = check({ 'servizi/mensa.yaml': 'denominazione: Mensa\ntrattamenti: [mensa\n' });
    expect(run.status).toBe(1);
    const [first] = locations(run.stdout);
    expect(first).toMatch(/^servizi\/mensa\.yaml:2:14 yaml-syntax$/);
    expect(run.stdout).toContain('la parentesi [ aperta qui non è mai chiusa: manca ]');
  });

  it('reports an unknown reference at its value, with a suggestion', () => {
    const run = check({ 'servizi/mensa.yaml': 'denominazione: Mensa\ntrattamenti:\n  - mensa\n  - mensaa-scolastica\n  - mens\n' });
    expect(locations(run.stdout, 'activity-declared')).toEqual(['servizi/mensa.yaml:4:5 activity-declared', 'servizi/mensa.yaml:5:5 activity-declared']);
    expect(run.stdout).toContain('la scheda di trattamento "mens" non esiste in trattamenti/: forse intendevi "mensa"?');
  });

  it('reports an undeclared party at the reference', () => {
    const text = 'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\ndestinatari:\n  - soggetto: software-hose\n';
    const run = check({ 'trattamenti/mensa.yaml': text });
    expect(locations(run.stdout, 'party-declared')).toEqual(['trattamenti/mensa.yaml:5:15 party-declared']);
    expect(run.stdout).toContain('forse intendevi "software-house"?');
  });

  it('reports an unknown vocabulary term, matching a label to its id', () => {
    const text = 'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\ndati: [identificativi, Dati relativi alla salute]\n';
    const run = check({ 'trattamenti/mensa.yaml': text });
    expect(locations(run.stdout, 'vocabulary-term')).toEqual(['trattamenti/mensa.yaml:4:24 vocabulary-term']);
    expect(run.stdout).toContain('forse intendevi "salute"?');
  });

  it('accepts a UTF-8 BOM and keeps columns as the editor shows them', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-13-01\n')]);
    const run = check({ 'trattamenti/mensa.yaml': bom });
    expect(locations(run.stdout, 'dates')).toEqual(['trattamenti/mensa.yaml:3:13 dates']);
  });

  it('refuses Windows-1252 bytes at their exact position', () => {
    const latin1 = Buffer.concat([Buffer.from('denominazione: Mensa\nnote: Attivit'), Buffer.from([0xe0]), Buffer.from(' varie\n')]);
    const run = check({ 'trattamenti/mensa.yaml': latin1 });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:2:14 encoding']);
    expect(run.stdout).toContain('byte 0xE0 non valido in UTF-8');
  });

  it('refuses UTF-16 and binary files', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('denominazione: x\n', 'utf16le')]);
    const run = check({ 'trattamenti/a.yaml': utf16, 'trattamenti/b.yaml': Buffer.from([0x64, 0x3a, 0x00, 0x01]) });
    expect(run.stdout).toContain('trattamenti/a.yaml:1:1  errore  il file è codificato in UTF-16');
    expect(run.stdout).toContain('trattamenti/b.yaml:1:3  errore  il file contiene dati binari');
  });

  it('refuses anchors and aliases without expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const run = check({ 'trattamenti/bomba.yaml': bomb + '\n' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('trattamenti/bomba.yaml:1:4  errore  ancora "&a" non ammessa');
    expect(run.stdout).toContain('yaml-alias');
  });

  it('keeps YAML 1.2 semantics: NO and dates stay strings', () => {
    const text = 'denominazione: NO\ncreato: 2020-01-01\naggiornato: 2020-01-02\nnote: yes\n';
    const run = check({ 'trattamenti/mensa.yaml': text });
    expect(locations(run.stdout, 'schema', 'yaml-syntax', 'dates')).toEqual([]);
  });
});
